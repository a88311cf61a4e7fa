// TEMPORARY seam until branch gaz-data (Timeline.Core.Places.GazetteerLoader) is merged: delete this file then.
namespace Timeline.Core.Places;

internal static class GazetteerLoader
{
    public static string DefaultBundleDirectory => Path.Combine(AppContext.BaseDirectory, "wwwroot-data");

    public static Gazetteer Load(string bundleDir, string? dataDir = null)
    {
        _ = (bundleDir, dataDir);
        return new Gazetteer([]);
    }
}
