using System.Text.Json;
using Timeline.Core.Pipeline;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;
using Timeline.Web.Import;
using Timeline.Web.Tests.Import;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Dashboard;

/// <summary>The shared views over the test world's store: one answer for every circuit, a new one after an import.</summary>
public sealed class DashboardViewsTests : IDisposable
{
    private readonly TestStore _world = new("views");
    private readonly DashboardViews _views;

    public DashboardViewsTests() => _views = new DashboardViews(_world.Queries, _world.Queries.StoreVersion);

    private static readonly EventFilter Hasakah = EventFilter.None.WithPlace(TestWorld.Hasakah);

    [Fact]
    public void Answers_SameFilterTwice_SameInstancesShared()
    {
        var version = _views.Version();

        Assert.Same(_views.MapCounts(version, EventFilter.None), _views.MapCounts(version, EventFilter.None));
        Assert.Same(_views.Events(version, EventFilter.None, null, 40), _views.Events(version, EventFilter.None, null, 40));
        Assert.Same(_views.Histogram(version, EventFilter.None), _views.Histogram(version, EventFilter.None));
        // The map keeps its context: the counts of a place's view are those of the view without the place.
        Assert.Same(_views.MapCounts(version, EventFilter.None), _views.MapCounts(version, Hasakah));
    }

    [Fact]
    public void Pages_TwoTimelinesOfOneFilter_ShareTheirEvents()
    {
        var version = _views.Version();
        var first = TimelinePages.For(_views, version, EventFilter.None);
        var second = TimelinePages.For(_views, version, EventFilter.None);

        Assert.Equal(4, first.Total);
        Assert.Same(first.Items(0, 4)[2].Event, second.Items(0, 4)[2].Event);
    }

    [Fact]
    public async Task Answers_ImportAddsArticle_NewVersionWithNewCounts()
    {
        var before = _views.Version();
        var counts = _views.MapCounts(before, EventFilter.None);
        var total = _views.Count(before, EventFilter.None);

        var upload = new ArticleUpload(_world.Store, new Lazy<ExtractionPipeline>(() => new ExtractionPipeline(TestWorld.Gazetteer())));
        await upload.ImportAsync([ArticleUploadTests.Text("camp.txt", ArticleUploadTests.Dated)], null);
        var after = _views.Version();

        Assert.True(after > before);
        Assert.True(_views.Count(after, EventFilter.None) > total);
        Assert.NotSame(counts, _views.MapCounts(after, EventFilter.None));
        Assert.Contains(_views.MapCounts(after, EventFilter.None).Points, p => p.Id == TestWorld.AlHol && p.Count == 2);
    }

    [Fact]
    public void MapCountsJson_CamelCaseLayersAsTheMapReadsThem()
    {
        var counts = _views.MapCounts(_views.Version(), EventFilter.None);

        using var json = JsonDocument.Parse(counts.Json);

        var root = json.RootElement;
        Assert.Equal(counts.MaxCount, root.GetProperty("maxCount").GetInt32());
        Assert.Equal(counts.Points.Select(p => p.Id), root.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(counts.Regions.Count, root.GetProperty("regions").GetArrayLength());
    }

    [Fact]
    public void MapCountsUrl_FilterWithoutPlaceAndVersion()
    {
        var filter = Hasakah with { Text = "camp" };

        Assert.Equal("/map/counts.json?q=camp&v=7", DashboardViews.MapCountsUrl(7, filter));
        Assert.Equal("/map/counts.json?v=7", DashboardViews.MapCountsUrl(7, EventFilter.None));
    }

    public void Dispose()
    {
        _world.Dispose();
    }
}
