using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Api;

/// <summary>The real app (WebApplicationFactory) on a SQLite file filled with the test world.</summary>
public sealed class EventsApiTests : IDisposable
{
    private readonly TimelineApp _app = TimelineApp.Synthetic();

    [Fact]
    public async Task Health_AppStarted_ReturnsOk()
    {
        var response = await _app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Events_PlaceFilter_ReturnsPlaceAndDescendantsInDateOrder()
    {
        var page = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events?place=SY-HA");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["2025-01-01", "2025-02-24"], items.Select(e => e.GetProperty("start").GetString()));
        Assert.Equal("Al-Hol camp", items[1].GetProperty("places")[0].GetProperty("name").GetString());
        Assert.All(items, e => Assert.Equal(JsonValueKind.String, e.GetProperty("precision").ValueKind));
        Assert.Equal("camp", items[1].GetProperty("places")[0].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("/api/events?from=garbage", "from")]
    [InlineData("/api/events?place=XX-NOPE", "place")]
    [InlineData("/api/events?limit=501", "limit")]
    public async Task Events_BadParameter_Returns400NamingIt(string url, string parameter)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Dashboard_BadUrlValue_ShowsNoticeNotError()
    {
        var response = await _app.CreateClient().GetAsync("/?from=garbage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;garbage&#x27; is not a date", html);
        Assert.Contains("Hundreds of families left", html);
    }

    [Fact]
    public async Task MapData_Admin1Layer_IsServedUnderData()
    {
        var response = await _app.CreateClient().GetAsync("/data/admin1.geojson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _app.Dispose();
}
