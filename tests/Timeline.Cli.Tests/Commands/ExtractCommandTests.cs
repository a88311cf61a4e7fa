using System.Text.Json;
using Timeline.Core.Tests;

namespace Timeline.Cli.Tests.Commands;

[Collection(nameof(ConsoleCollection))]
public sealed class ExtractCommandTests
{
    [Fact]
    public void Extract_JsonOnSeeds_OneObjectPerArticleWithEvidence()
    {
        var seeds = TestPaths.SharedFile("seeds");

        var (exit, output, error) = CliRunner.Run("extract", seeds, "--json");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Length, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("published").GetString());
            var body = File.ReadAllText(Path.Combine(seeds, root.GetProperty("file").GetString()!));
            var events = root.GetProperty("events").EnumerateArray().ToList();
            Assert.NotEmpty(events);
            foreach (var e in events)
            {
                foreach (var key in new[] { "sentence", "start", "end", "date", "date_start", "date_end", "precision", "basis", "date_text", "places" })
                    Assert.True(e.TryGetProperty(key, out _), $"missing {key}");
                foreach (var p in e.GetProperty("places").EnumerateArray())
                {
                    foreach (var key in new[] { "mention", "start", "end", "id", "name", "kind", "country", "admin1", "lat", "lon", "confidence", "reason" })
                        Assert.True(p.TryGetProperty(key, out _), $"missing place {key}");
                    Assert.Contains(p.GetProperty("mention").GetString()!, e.GetProperty("sentence").GetString());
                }
            }
            Assert.All(events, e => Assert.Contains(e.GetProperty("sentence").GetString()!.Split(' ')[0], body));
        }
    }

    [Fact]
    public void Extract_UndatedArticle_FailsNamingTheFileUnlessPublishedGiven()
    {
        var undated = Directory.GetFiles(TestPaths.SharedFile("eval", "dev"), "*nodate*.txt").Single();

        var (exit, _, error) = CliRunner.Run("extract", undated);
        var (exitWithDate, output, _) = CliRunner.Run("extract", undated, "--published", "2024-05-01");

        Assert.Equal(1, exit);
        Assert.Contains(Path.GetFileName(undated), error);
        Assert.Equal(0, exitWithDate);
        Assert.Contains("published 2024-05-01", output);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("2024-13-01")]
    [InlineData("01/02/2024")]
    public void Extract_MalformedPublished_NamesTheOption(string value)
    {
        var (exit, _, error) = CliRunner.Run("extract", TestPaths.SharedFile("seeds"), "--published", value);

        Assert.Equal(2, exit);
        Assert.Contains("--published", error);
        Assert.Contains(value, error);
        Assert.DoesNotContain("   at ", error);
    }
}
