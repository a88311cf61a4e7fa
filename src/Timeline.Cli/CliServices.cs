using Timeline.Core.Places;
using Timeline.Core.Pipeline;

namespace Timeline.Cli;

/// <summary>Loads what the verbs share, once per process.</summary>
internal static class CliServices
{
    /// <summary>The gazetteer from the bundled <c>wwwroot-data</c> plus boundaries imported into the data folder.</summary>
    public static Gazetteer LoadGazetteer(string dataPath) =>
        GazetteerLoader.Load(GazetteerLoader.DefaultBundleDirectory, dataPath);

    public static ExtractionPipeline Pipeline(string dataPath) => new(LoadGazetteer(dataPath));
}
