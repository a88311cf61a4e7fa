using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Core.Places;
using Timeline.Core.Places.Boundaries;

namespace Timeline.Web.Tests.Support;

/// <summary>
/// The real app on a temporary data folder. <see cref="Real"/> uses the bundled gazetteer and imports the repository's
/// seeds on start, as <c>dotnet run</c> does; <see cref="Synthetic"/> uses <see cref="TestWorld"/> instead.
/// </summary>
public sealed class TimelineApp : WebApplicationFactory<Program>
{
    private readonly bool _synthetic;

    private TimelineApp(bool synthetic, int generated = 0, IReadOnlyList<string>? boundaryFiles = null)
    {
        _synthetic = synthetic;
        DataFolder = Directory.CreateTempSubdirectory("timeline-web-").FullName;
        if (synthetic)
        {
            TestWorld.WriteBundle(Path.Combine(DataFolder, "bundle"));
            TestWorld.WriteStore(Path.Combine(DataFolder, "store"), generated);
        }
        if (boundaryFiles is { Count: > 0 })
        {
            // As `timeline gazetteer add-boundaries FILE --data DIR` does before the dashboard starts.
            var gazetteer = GazetteerLoader.Load(GazetteerLoader.DefaultBundleDirectory);
            foreach (var file in boundaryFiles)
                BoundaryImporter.Import(gazetteer, file, DataFolder);
        }
    }

    public string DataFolder { get; }

    public static TimelineApp Real() => new(synthetic: false);

    /// <summary>The real app with district boundaries imported into its data folder first.</summary>
    public static TimelineApp RealWithBoundaries(params string[] boundaryFiles) => new(synthetic: false, boundaryFiles: boundaryFiles);

    public static TimelineApp Synthetic() => new(synthetic: true);

    /// <summary>The test world with <paramref name="generated"/> more events (see <see cref="TestWorld.WriteStore"/>).</summary>
    public static TimelineApp Synthetic(int generated) => new(synthetic: true, generated: generated);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (_synthetic)
        {
            builder.UseSetting("Timeline:DataPath", Path.Combine(DataFolder, "store"));
            builder.UseSetting("Timeline:BundlePath", Path.Combine(DataFolder, "bundle"));
            builder.UseSetting("Timeline:SeedPath", "");
            builder.ConfigureTestServices(services => services.AddSingleton<Gazetteer>(TestWorld.Gazetteer()));
        }
        else
        {
            builder.UseSetting("Timeline:DataPath", DataFolder);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine: the temp folder is cleaned by the OS.
            }
        }
    }
}
