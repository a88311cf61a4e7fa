using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Timeline.Core.Places;
using Timeline.Core.Tests;
using Timeline.Core.Time;
using Timeline.Data.Entities;
using Timeline.Data.Hierarchy;
using Timeline.Data.Import;
using Timeline.Data.Queries;

namespace Timeline.Data.Tests.Queries;

/// <summary>The summary tables give exactly the counts of the events, for every filter they answer.</summary>
public sealed class SummaryCountsTests : IDisposable
{
    private static readonly DateOnly First = new(2010, 1, 1);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Counts_GeneratedStoreOfEveryPrecision_SummaryEqualsEvents()
    {
        var store = Generated(articles: 400, seed: 7);
        var filters = new List<EventFilter> { EventFilter.None };
        var random = new Random(11);
        for (var i = 0; i < 40; i++)
        {
            var from = First.AddDays(random.Next(-400, 4000));
            var to = from.AddDays(random.Next(0, i % 2 == 0 ? 40 : 900));
            filters.Add(new EventFilter(From: from, To: to));
            filters.Add(new EventFilter(From: i % 3 == 0 ? from : null, To: i % 3 == 1 ? to : null));
            filters.Add(new EventFilter(From: from, To: to, Sources: i % 2 == 0 ? ["Source A"] : ["Source B", "Source A", "Source B"]));
        }
        filters.Add(new EventFilter(Sources: ["Source C"]));
        filters.Add(new EventFilter(From: new DateOnly(2012, 12, 31), To: new DateOnly(2013, 1, 1)));
        filters.Add(new EventFilter(From: new DateOnly(2013, 1, 1), To: new DateOnly(2013, 1, 1)));

        AssertSameCounts(store, filters);
    }

    [Fact]
    public void Counts_Seeds_SummaryEqualsEvents()
    {
        var store = new TimelineStore(_temp.File("seeds.db"));
        store.Migrate();
        var importer = new ArticleImporter(TestPipeline.Instance, store.CreateContext) { BatchSize = 2 };
        var seeds = ArticleFiles.Expand([TestPaths.SharedFile("seeds")], []);
        importer.Import(seeds);
        importer.Import(seeds); // unchanged: counts nothing twice

        AssertSameCounts(store,
        [
            EventFilter.None,
            new EventFilter(From: new DateOnly(2024, 12, 1)),
            new EventFilter(To: new DateOnly(2024, 12, 31)),
            new EventFilter(From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 1, 31)),
            new EventFilter(From: new DateOnly(2014, 1, 1), To: new DateOnly(2014, 12, 31)),
            new EventFilter(From: new DateOnly(2024, 12, 20), To: new DateOnly(2025, 2, 24)),
        ]);
    }

    [Fact]
    public void PlaceCounts_SeedsSummary_FindsHasakahEvents()
    {
        var store = new TimelineStore(_temp.File("seeds.db"));
        store.Migrate();
        new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import(ArticleFiles.Expand([TestPaths.SharedFile("seeds")], []));
        var queries = new EventQueryService(store.CreateContext, TestPipeline.Instance.Gazetteer);

        var hasakah = queries.PlaceCounts(EventFilter.None, PlaceLevel.Admin1).Single(c => c.PlaceId == "SY-HA");

        Assert.Equal(queries.Count(new EventFilter(Places: ["SY-HA"])), hasakah.Events);
        Assert.True(hasakah.Events > 0);
    }

    [Fact]
    public void Backfill_StoredEvents_GivesTheImportersSummaries()
    {
        var store = new TimelineStore(_temp.File("seeds.db"));
        store.Migrate();
        new ArticleImporter(TestPipeline.Instance, store.CreateContext) { BatchSize = 3 }
            .Import(ArticleFiles.Expand([TestPaths.SharedFile("seeds"), TestPaths.SharedFile("eval", "dev")], []), new DateOnly(2025, 2, 25));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DatabaseFile};Pooling=False");
        connection.Open();
        var written = Summaries(connection);

        // What the migration does for a database imported before the summaries existed.
        Execute(connection, "DELETE FROM area_counts; DELETE FROM date_counts;");
        Execute(connection, Timeline.Data.Summaries.SummaryTables.Backfill);

        Assert.Equal(written, Summaries(connection));
        Assert.Contains("Admin1|Total", written, StringComparison.Ordinal);
    }

    private static string Summaries(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Level || '|' || Grain || '|' || Period || '|' || Area || '|' || Starts || '|' || Ends FROM area_counts " +
            "UNION ALL SELECT Source || '|' || Start || '|' || \"End\" || '|' || Events FROM date_counts ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return string.Join('\n', rows);
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Histogram_OneArea_HeldDaysEqualEvents()
    {
        var store = Generated(articles: 400, seed: 7);
        var gazetteer = TestPipeline.Instance.Gazetteer;
        var held = new EventQueryService(store.CreateContext, gazetteer);
        foreach (var level in Enum.GetValues<PlaceLevel>())
            held.AreaCounts.Build(level);
        var exact = new EventQueryService(store.CreateContext, gazetteer) { UseSummaries = false };
        var areas = 0;
        foreach (var id in new[] { "SY", "IQ", "SY-HA", "IQ-NI", "SY-DI", "IQ-BG", "SY-AL", "TR", "LB" }
                     .Concat(held.PlaceCounts(EventFilter.None, PlaceLevel.Admin2).Take(20).Select(c => c.PlaceId)))
        {
            foreach (var filter in new[] { new EventFilter(Places: [id]), new EventFilter(From: First.AddYears(2), Places: [id]) })
            {
                foreach (var bucket in Enum.GetValues<HistogramBucket>())
                    Assert.Equal(exact.Histogram(filter, bucket), held.Histogram(filter, bucket));
            }
            areas += exact.Count(new EventFilter(Places: [id])) > 0 ? 1 : 0;
        }
        Assert.True(areas > 10, "the areas have events");
    }

    [Fact]
    public void Counts_HeldCountsOfAnOlderVersion_CountsTheNewEvents()
    {
        var store = Generated(articles: 100, seed: 3);
        var gazetteer = TestPipeline.Instance.Gazetteer;
        var held = new EventQueryService(store.CreateContext, gazetteer);
        foreach (var level in Enum.GetValues<PlaceLevel>())
            held.AreaCounts.Build(level);
        held.AreaCounts.BuildRegionMentions();
        var before = held.PlaceCounts(EventFilter.None, PlaceLevel.Admin1).Sum(c => c.Events);

        Write(store, new Random(4), 100, 100);

        var exact = new EventQueryService(store.CreateContext, gazetteer) { UseSummaries = false };
        var range = new EventFilter(From: First, To: First.AddYears(3));
        foreach (var level in Enum.GetValues<PlaceLevel>())
        {
            Assert.Equal(exact.PlaceCounts(range, level), held.PlaceCounts(range, level));
            held.AreaCounts.Build(level);
            Assert.Equal(exact.PlaceCounts(range, level), new EventQueryService(store.CreateContext, gazetteer, held.AreaCounts).PlaceCounts(range, level));
        }
        Assert.Equal(RegionMentions(store, range), held.RegionMentionCounts(range).Select(c => (c.PlaceId, c.Events)).Order().ToList());
        var area = new EventFilter(Places: ["SY-HA"]);
        Assert.Equal(exact.Histogram(area, HistogramBucket.Day), held.Histogram(area, HistogramBucket.Day));
        Assert.True(held.PlaceCounts(EventFilter.None, PlaceLevel.Admin1).Sum(c => c.Events) > before, "the new events are counted");
    }

    /// <summary>
    /// Histogram and map counts of every level from the summaries (tables, and the in-memory counts once built) equal
    /// those counted from the events; named-region mention counts equal those of the matching events' rows.
    /// </summary>
    private static void AssertSameCounts(TimelineStore store, IEnumerable<EventFilter> filters)
    {
        var gazetteer = TestPipeline.Instance.Gazetteer;
        var summary = new EventQueryService(store.CreateContext, gazetteer);
        var held = new EventQueryService(store.CreateContext, gazetteer);
        foreach (var level in Enum.GetValues<PlaceLevel>())
            held.AreaCounts.Build(level);
        held.AreaCounts.BuildRegionMentions();
        var exact = new EventQueryService(store.CreateContext, gazetteer) { UseSummaries = false };
        var nonEmpty = 0;
        var mentions = 0;
        foreach (var filter in filters)
        {
            foreach (var bucket in Enum.GetValues<HistogramBucket>())
                Assert.Equal(exact.Histogram(filter, bucket), summary.Histogram(filter, bucket));
            foreach (var level in Enum.GetValues<PlaceLevel>())
            {
                var expected = exact.PlaceCounts(filter, level);
                Assert.Equal(expected, summary.PlaceCounts(filter, level));
                Assert.Equal(expected, held.PlaceCounts(filter, level));
                nonEmpty += expected.Count > 0 ? 1 : 0;
            }
            var regions = RegionMentions(store, filter);
            Assert.Equal(regions, summary.RegionMentionCounts(filter).Select(c => (c.PlaceId, c.Events)).Order().ToList());
            Assert.Equal(regions, held.RegionMentionCounts(filter).Select(c => (c.PlaceId, c.Events)).Order().ToList());
            mentions += regions.Count;
        }
        Assert.True(nonEmpty > 0, "the filters find events");
        Assert.True(mentions > 0, "the filters find named-region mentions");
    }

    /// <summary>Events per named region they mention, among the filter's events, counted here from all the rows.</summary>
    private static List<(string PlaceId, int Events)> RegionMentions(TimelineStore store, EventFilter filter)
    {
        using var db = store.CreateContext();
        var matching = EventFilters.Keys(db, filter).Select(k => k.Id).ToHashSet();
        return db.EventPlaces.AsNoTracking().Where(p => p.Kind == PlaceKind.Region).AsEnumerable()
            .Where(p => matching.Contains(p.EventId))
            .GroupBy(p => p.PlaceId, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.EventId).Distinct().Count()))
            .Order().ToList();
    }

    /// <summary>
    /// Articles over six years with events of every precision (days, weeks, months, seasons, years, decades, ranges of
    /// years, some starting before the first article), places drawn from the real gazetteer, three sources and none,
    /// written in several transactions through the importer's writer.
    /// </summary>
    private TimelineStore Generated(int articles, int seed)
    {
        var store = new TimelineStore(_temp.File("generated.db"));
        store.Migrate();
        Write(store, new Random(seed), 0, articles);
        return store;
    }

    /// <summary>Generated articles <paramref name="first"/>… (<paramref name="count"/> of them), 50 a transaction.</summary>
    private static void Write(TimelineStore store, Random random, int first, int count)
    {
        var gazetteer = TestPipeline.Instance.Gazetteer;
        var pool = gazetteer.Places
            .Where(p => p.CountryCode is "SY" or "IQ" && p.Kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Camp or PlaceKind.Admin1
                or PlaceKind.Admin2 or PlaceKind.Country or PlaceKind.Region)
            .OrderBy(p => p.Id, StringComparer.Ordinal).Take(300).ToArray();
        var ancestry = new AncestryCache(gazetteer);
        using var db = store.CreateContext();
        db.Database.OpenConnection();
        for (var batch = first; batch < first + count; batch += 50)
        {
            using var transaction = db.Database.BeginTransaction();
            using var writer = new ArticleWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), gazetteer, ancestry);
            for (var a = batch; a < Math.Min(first + count, batch + 50); a++)
                writer.Write(Article(random, a, pool));
            writer.Complete();
            transaction.Commit();
            writer.Committed();
        }
    }

    private static ArticleRecord Article(Random random, int index, Place[] pool)
    {
        var published = First.AddDays(random.Next(6 * 365));
        var article = new ArticleRecord
        {
            ContentHash = index.ToString("x64", System.Globalization.CultureInfo.InvariantCulture),
            FileName = $"generated-{index}.txt", Published = published, Body = "",
            Source = (index % 4) switch { 0 => null, 1 => "Source A", 2 => "Source B", _ => "Source C" },
        };
        for (var i = 0; i < 1 + random.Next(6); i++)
        {
            var (start, end, precision) = Interval(random, published);
            var e = new EventRecord
            {
                Ordinal = i, Sentence = "generated", DateStart = start, DateEnd = end, Precision = precision,
                Basis = DateBasis.Explicit, Edtf = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var p in Enumerable.Range(0, random.Next(4)).Select(_ => pool[random.Next(pool.Length)]))
            {
                // The same place twice in one event is counted once.
                e.Places.Add(new EventPlaceRecord
                {
                    PlaceId = p.Id, PlaceName = p.Name, Kind = p.Kind, CountryCode = p.CountryCode, Admin1Id = p.Admin1Id,
                    Latitude = p.Latitude, Longitude = p.Longitude, Mention = p.Name, Reason = "generated",
                });
            }
            article.Events.Add(e);
        }
        return article;
    }

    private static (DateOnly Start, DateOnly End, DatePrecision Precision) Interval(Random random, DateOnly published)
    {
        var day = published.AddDays(-random.Next(30));
        return random.Next(7) switch
        {
            0 or 1 => (day, day, DatePrecision.Day),
            2 => (day.AddDays(-(int)day.DayOfWeek), day.AddDays(6 - (int)day.DayOfWeek), DatePrecision.Week),
            3 => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), DatePrecision.Month),
            4 => (new DateOnly(day.Year, 12, 1), new DateOnly(day.Year + 1, 2, 28), DatePrecision.Season),
            5 => (new DateOnly(day.Year - random.Next(3), 1, 1), new DateOnly(day.Year, 12, 31), DatePrecision.Year),
            _ => (new DateOnly(2000 + random.Next(10), 1, 1), new DateOnly(2004 + random.Next(20), 12, 31), DatePrecision.Decade),
        };
    }
}
