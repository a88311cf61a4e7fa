using System.CommandLine;
using System.Text.Json;
using Timeline.Cli;
using Timeline.Cli.Commands;

namespace Timeline.Cli.Tests.Commands;

/// <summary>The geocode verb end to end against the committed bundle, capturing standard output.</summary>
[Collection("Console")]
public class GeocodeCommandTests
{
    private static readonly string Bundle = Path.Combine(GazetteerCommand.RepositoryRoot(), "wwwroot-data");

    private static (int Exit, string Output) Run(string? stdin, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(GeocodeCommand.Create());
        var output = new StringWriter();
        var (oldOut, oldIn) = (Console.Out, Console.In);
        Console.SetOut(output);
        if (stdin is not null)
            Console.SetIn(new StringReader(stdin));
        try
        {
            return (Cli.Run(root, ["geocode", .. args, "--bundle", Bundle]), output.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetIn(oldIn);
        }
    }

    [Theory]
    [InlineData("Hasakeh", "SY-HA")]
    [InlineData("Hawler", "gn:95446")]
    [InlineData("Al-Hol camp", "al-hol-camp")]
    [InlineData("Deir al-Zour", "SY-DY")]
    public void Geocode_NameJson_PrintsBestCandidateFirst(string name, string id)
    {
        var (exit, output) = Run(null, name, "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var first = doc.RootElement.GetProperty("candidates")[0];
        Assert.Equal(id, first.GetProperty("id").GetString());
        foreach (var field in new[] { "name", "kind", "country", "admin1", "lat", "lon", "score", "why", "has_geometry" })
            Assert.True(first.TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Geocode_Context_PicksIraqiDistrict()
    {
        var (_, output) = Run(null, "Sinjar", "--context", "the Sinjar region of Iraq");
        Assert.StartsWith("gn:9166620", output.Split('\n')[0].Trim()[6..].Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Geocode_FileFromStdin_OneJsonLinePerNameInOrder()
    {
        var (exit, output) = Run("Hasakeh\nNowhereville\nSinjar\tA drone hit Sinjar near Saraqib in Idlib.\n", "--file", "-", "--top", "1");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"SY-HA\"", lines[0]);
        Assert.Contains("no match", lines[1]);
        Assert.Contains("\"gn:164094\"", lines[2]);
    }

    [Fact]
    public void Geocode_NoNameNoFile_IsUserError() => Assert.Equal(2, Run(null).Exit);

    [Fact]
    public void Geocode_MissingFile_IsUserError() => Assert.Equal(2, Run(null, "--file", "/nonexistent/names.txt").Exit);
}
