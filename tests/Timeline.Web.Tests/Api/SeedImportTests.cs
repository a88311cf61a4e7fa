using System.Net.Http.Json;
using System.Text.Json;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Api;

/// <summary>
/// The real app as <c>dotnet run</c> starts it: bundled gazetteer, empty data folder, seeds imported on start.
/// Needs the real extractor and gazetteer bundle (branches gaz-data, gaz-match, time, text merged).
/// </summary>
public sealed class SeedImportTests : IDisposable
{
    private readonly TimelineApp _app = TimelineApp.Real();

    [Fact]
    public async Task Events_EmptyStoreAtStart_ReturnsImportedSeedEvents()
    {
        var page = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events?limit=500");

        Assert.True(page.GetProperty("total").GetInt32() > 0, "the seeds were imported into the empty store");
        var sentences = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()).ToList();
        Assert.Contains(sentences, s => s!.Contains("Damascus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_RealApp_ReturnsOk()
    {
        var response = await _app.CreateClient().GetAsync("/health");

        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _app.Dispose();
}
