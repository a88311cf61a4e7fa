using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Api;

/// <summary>
/// The real app on a real SQLite file, the repository's seed articles imported on start by the real importer: the
/// hierarchy and date-precision semantics through the exports.
/// </summary>
public sealed class ExportsApiTests(RealAppFixture fixture) : IClassFixture<RealAppFixture>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    private async Task<List<JsonElement>> Features(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        return collection.GetProperty("features").EnumerateArray().ToList();
    }

    private static IEnumerable<string> PlaceIds(JsonElement feature) =>
        feature.GetProperty("properties").GetProperty("places").EnumerateArray().Select(p => p.GetProperty("id").GetString()!);

    private static string Sentence(JsonElement feature) => feature.GetProperty("properties").GetProperty("sentence").GetString()!;

    [Fact]
    public async Task EventsGeoJson_Hasakah_FindsAlHolEvents()
    {
        var features = await Features("/api/events.geojson?place=SY-HA");

        Assert.Contains(features, f => PlaceIds(f).Contains("al-hol-camp") && Sentence(f).Contains("Al-Hol camp must be emptied"));
        Assert.Contains(features, f => Sentence(f).StartsWith("In recent months, Iraq has been repatriating", StringComparison.Ordinal));
        Assert.DoesNotContain(features, f => Sentence(f).Contains("Sinjar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventsGeoJson_Nineveh_FindsSinjarEventsOf2014()
    {
        var features = await Features("/api/events.geojson?place=IQ-NI");

        var sinjar2014 = features.Where(f => Sentence(f).Contains("Sinjar") && f.GetProperty("properties").GetProperty("date").GetString() == "2014").ToList();
        Assert.Equal(2, sinjar2014.Count);
        Assert.All(sinjar2014, f => Assert.Equal("year", f.GetProperty("properties").GetProperty("precision").GetString()));
    }

    [Fact]
    public async Task EventsGeoJson_January2025_FindsLastMonthOfFebruaryArticleNotDecember()
    {
        var features = await Features("/api/events.geojson?from=2025-01-01&to=2025-01-31");

        Assert.Contains(features, f => Sentence(f).Contains("appointed himself president of Syria last month"));
        Assert.DoesNotContain(features, f => Sentence(f).StartsWith("In December, militants", StringComparison.Ordinal));
        Assert.All(features, f => Assert.True(string.CompareOrdinal(f.GetProperty("properties").GetProperty("end").GetString(), "2025-01-01") >= 0));
    }

    [Fact]
    public async Task EventsGeoJson_RegionPlace_IsRepresentativePointWithPrecision()
    {
        var features = await Features("/api/events.geojson?place=northeast-syria");

        var feature = features.First(f => PlaceIds(f).Contains("northeast-syria"));
        var place = feature.GetProperty("properties").GetProperty("places").EnumerateArray().First(p => p.GetProperty("id").GetString() == "northeast-syria");
        Assert.Equal("region", place.GetProperty("precision").GetString());
        Assert.Contains(feature.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Point", "MultiPoint" });
        Assert.Equal(feature.GetProperty("properties").GetProperty("id").GetInt32(), feature.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task EventsCsv_Hasakah_OneQuotedRowPerEventAndPlace()
    {
        var response = await _client.GetAsync("/api/events.csv?place=SY-HA");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,article_id,date,start,end,precision,basis,source,sentence,place_id", lines[0]);
        Assert.Contains(lines, l => l.Contains("\"On February 11, Qasim al-Araji, Iraq's National Security advisor, affirmed that \"\"Al-Hol camp must be emptied.\"\"\",al-hol-camp,"));
    }

    [Fact]
    public async Task PlacesGeoJson_Admin1_PolygonsWithCounts()
    {
        var features = await Features("/api/places.geojson?level=admin1");

        var hasakah = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == "SY-HA");
        Assert.True(hasakah.GetProperty("properties").GetProperty("count").GetInt32() >= 2);
        Assert.Contains(hasakah.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
    }

    [Fact]
    public async Task Histogram_Month_CountsPerMonthOfStart()
    {
        var bars = await _client.GetFromJsonAsync<JsonElement>("/api/histogram?bucket=month&place=IQ-NI");

        var first = bars.EnumerateArray().First();
        Assert.Equal("2014-01-01", first.GetProperty("start").GetString());
        Assert.Equal(2, first.GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task Events_KeysetPages_ContinueWithoutGapOrOverlap()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/events?limit=10");
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/events?limit=5");
        var second = await _client.GetFromJsonAsync<JsonElement>("/api/events?limit=5&after=" + first.GetProperty("next").GetString());

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetInt32());
        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()), ids);
    }

    [Fact]
    public async Task Events_PlaceAndItsRegion_CountsEachEventOnce()
    {
        var syria = await _client.GetFromJsonAsync<JsonElement>("/api/events?place=SY");
        var both = await _client.GetFromJsonAsync<JsonElement>("/api/events?place=SY-HA&place=SY&limit=500");

        Assert.Equal(syria.GetProperty("total").GetInt32(), both.GetProperty("total").GetInt32());
        var ids = both.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public async Task Article_Known_HasTextEventsAndSpans()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>("/api/articles/1");

        Assert.Contains("Damascus", article.GetProperty("body").GetString());
        Assert.NotEmpty(article.GetProperty("events").EnumerateArray());
        Assert.Contains(article.GetProperty("spans").EnumerateArray(), s => s.GetProperty("value").GetString() == "2024-12-26");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/9999")).StatusCode);
    }

    [Theory]
    [InlineData("/api/events.geojson?from=2025-02-30", "from")]
    [InlineData("/api/events.csv?from=2025-02-01&to=2025-01-01", "to")]
    [InlineData("/api/places.geojson?place=SY-HA&place=XX-NOPE", "place")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events.geojson?limit=10001", "limit")]
    [InlineData("/api/events?after=yesterday", "after")]
    [InlineData("/api/histogram?bucket=year", "bucket")]
    [InlineData("/api/places.geojson?level=1", "level")]
    public async Task Api_BadParameter_Returns400ProblemNamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_OverlongText_Returns400()
    {
        var response = await _client.GetAsync("/api/histogram?q=" + new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>GIS tools read the layers as they are: GDAL's ogrinfo (Debian package <c>gdal-bin</c>, installed by .ci/run).</summary>
    [Theory]
    [InlineData("/api/events.geojson")]
    [InlineData("/api/places.geojson?level=admin1")]
    [InlineData("/api/places.geojson?level=point")]
    public async Task GeoJson_Ogrinfo_ReadsWithoutWarnings(string url)
    {
        var ogrinfo = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(d => Path.Combine(d, "ogrinfo")).FirstOrDefault(File.Exists);
        Assert.True(ogrinfo is not null, "ogrinfo not found on PATH: install GDAL (apt-get install gdal-bin) to run this test");
        var file = Path.Combine(fixture.App.DataFolder, "layer-" + Guid.NewGuid().ToString("N") + ".geojson");
        await File.WriteAllBytesAsync(file, await _client.GetByteArrayAsync(url));

        var start = new System.Diagnostics.ProcessStartInfo(ogrinfo, ["-ro", "-al", "-so", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", errors.Trim());
        Assert.Contains("Feature Count:", output);
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryEndpoint()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/events", "/api/events.geojson", "/api/events.csv", "/api/places.geojson", "/api/histogram", "/api/articles/{id}" })
            Assert.Contains($"\"{path}\"", document);
        Assert.Contains("\"after\"", document);
    }
}

/// <summary>One real app (bundled gazetteer, seeds imported on start) shared by the tests of a class.</summary>
public sealed class RealAppFixture : IDisposable
{
    public TimelineApp App { get; } = TimelineApp.Real();

    public void Dispose() => App.Dispose();
}
