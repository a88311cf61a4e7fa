using Timeline.Core.Tests;
using Timeline.Data.Import;
using Timeline.Data.Queries;

namespace Timeline.Data.Tests.Queries;

/// <summary>Remembered aggregates never outlive the store they were computed from.</summary>
public sealed class AggregateCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Histogram_AfterImport_CountsNewEvents()
    {
        var store = new TimelineStore(_temp.File("timeline.db"));
        store.Migrate();
        var importer = new ArticleImporter(TestPipeline.Instance, store.CreateContext);
        var queries = new EventQueryService(store.CreateContext, TestPipeline.Instance.Gazetteer);
        var seeds = ArticleFiles.Expand([TestPaths.SharedFile("seeds")], []);
        importer.Import(seeds.Take(1).ToList());

        var before = queries.Histogram(EventFilter.None, HistogramBucket.Month).Sum(b => b.Events);
        Assert.Same(queries.Histogram(EventFilter.None, HistogramBucket.Month), queries.Histogram(EventFilter.None, HistogramBucket.Month));
        var report = importer.Import(seeds.Skip(1).ToList());
        var after = queries.Histogram(EventFilter.None, HistogramBucket.Month).Sum(b => b.Events);

        Assert.Equal(before + report.Events, after);
        Assert.True(report.Events > 0);
    }
}
