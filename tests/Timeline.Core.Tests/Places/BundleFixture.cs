using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

/// <summary>The committed bundle, loaded once for all tests that read it (loading takes about a second).</summary>
public static class BundleFixture
{
    private static readonly Lazy<Gazetteer> Loaded = new(() => GazetteerLoader.Load(BundleDirectory));

    public static string BundleDirectory => TestPaths.RepoFile("wwwroot-data");

    public static Gazetteer Gazetteer => Loaded.Value;
}
