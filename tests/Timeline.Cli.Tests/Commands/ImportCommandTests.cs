using Timeline.Core.Tests;

namespace Timeline.Cli.Tests.Commands;

[Collection(nameof(ConsoleCollection))]
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "timeline-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Import_SeedsTwice_SecondRunReportsUnchanged()
    {
        var seeds = TestPaths.SharedFile("seeds");
        var count = Directory.GetFiles(seeds, "*.txt").Length;

        var first = CliRunner.Run("import", seeds, "--data", _data);
        var second = CliRunner.Run("import", seeds, "--data", _data);

        Assert.True(first.Exit == 0, first.Error);
        Assert.StartsWith($"{count} new, 0 unchanged", first.Out);
        Assert.StartsWith($"0 new, {count} unchanged", second.Out);
        Assert.Contains("MB/s", first.Out);
        Assert.True(File.Exists(Path.Combine(_data, "timeline.db")));
    }

    [Fact]
    public void Import_FolderWithBadFile_ExitsNonZeroNamesItAndImportsTheOthers()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_data, "in")).FullName;
        foreach (var seed in Directory.GetFiles(TestPaths.SharedFile("seeds"), "*.txt"))
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(folder, "broken.txt"), "");

        var (exit, output, error) = CliRunner.Run("import", folder, "--db", Path.Combine(_data, "x.db"));

        Assert.Equal(1, exit);
        Assert.Contains("broken.txt", error);
        Assert.StartsWith("2 new, 0 unchanged, 0 duplicate, 1 failed", output);
    }

    [Fact]
    public void Import_MissingPath_IsAFailureNamingIt()
    {
        var (exit, output, error) = CliRunner.Run("import", Path.Combine(_data, "nope.txt"), "--data", _data);

        Assert.Equal(1, exit);
        Assert.Contains("nope.txt", error);
        Assert.Contains("1 failed", output);
    }
}
