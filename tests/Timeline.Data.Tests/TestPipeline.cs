using Timeline.Core.Places;
using Timeline.Core.Pipeline;
using Timeline.Core.Tests;

namespace Timeline.Data.Tests;

/// <summary>The real pipeline over the real bundled gazetteer, loaded once for all tests.</summary>
public static class TestPipeline
{
    private static readonly Lazy<ExtractionPipeline> Shared = new(() =>
        new ExtractionPipeline(GazetteerLoader.Load(TestPaths.RepoFile("wwwroot-data"))));

    public static ExtractionPipeline Instance => Shared.Value;
}

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "timeline-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
