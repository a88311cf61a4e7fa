using System.Diagnostics;
using System.Text.Json;
using NetTopologySuite.Features;
using Timeline.Core.Places;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Web.Api;

namespace Timeline.Benchmarks;

/// <summary>
/// <c>queries [--events N] [--articles N] [--db FILE] [--runs N] [--only TEXT]</c>: builds (once; reused while the file exists) a
/// synthetic store of 1,000,000 events over 200,000 articles and 20 years with places from the real gazetteer, then
/// prints p50/p95 of the queries the dashboard and the API make. Goals: timeline page p95 ≤ 20 ms, counts ≤ 50 ms,
/// one region's GeoJSON (first 500) ≤ 100 ms.
/// </summary>
public static class QueriesBenchmark
{
    private static readonly string[] Regions = ["SY-HA", "IQ-NI", "SY-DI", "IQ-BG", "SY-HL", "IQ-AN", "SY-DY", "TR-63"];

    /// <summary>Only the queries whose name contains this text (<c>--only</c>), all when null.</summary>
    private static string? _only;

    public static int Run(string[] args)
    {
        var events = Option(args, "--events", 1_000_000);
        var articles = Option(args, "--articles", events / 5);
        var runs = Option(args, "--runs", 40);
        _only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var file = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault()
            ?? Path.Combine(Path.GetTempPath(), $"timeline-bench-{events}.db");
        var gazetteer = GazetteerLoader.Load(Path.Combine(ExtractionBenchmark.RepositoryRoot(), "wwwroot-data"));

        if (!File.Exists(file))
        {
            var watch = Stopwatch.StartNew();
            SyntheticStore.Build(file, gazetteer, articles, events);
            Measure.Report("build synthetic store", $"{events:N0} events, {articles:N0} articles in {watch.Elapsed.TotalSeconds:F0} s → {file}");
        }
        var unknown = Regions.Where(r => gazetteer.Find(r) is null).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine("regions not in the gazetteer: " + string.Join(", ", unknown));
            return 1;
        }
        var store = new TimelineStore(file);
        store.Migrate();
        // The in-memory counts of the layers the dashboard shows are built at warm-up, as the dashboard's warm-up does,
        // and shared by every service.
        var areaCounts = new AreaCountIndex(store.CreateContext);
        foreach (var (layer, build) in new (string, Action)[]
                 {
                     ("Admin1", () => areaCounts.Build(PlaceLevel.Admin1)), ("Point", () => areaCounts.Build(PlaceLevel.Point)),
                     ("Region", areaCounts.BuildRegionMentions),
                 })
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            build();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Measure.Report($"in-memory {layer} counts (warm-up)",
                $"{areaCounts.Rows[layer]:N0} rows in {elapsed:F0} ms, {(GC.GetTotalMemory(forceFullCollection: true) - heap) / 1e6:F1} MB");
        }
        var queries = new EventQueryService(store.CreateContext, gazetteer, areaCounts);
        // Cold figures: a fresh service per timing, so nothing is answered from the aggregate cache.
        EventQueryService Cold() => new(store.CreateContext, gazetteer, areaCounts);
        var range = (From: new DateOnly(2015, 1, 1), To: new DateOnly(2016, 12, 31));
        var total = queries.Count(EventFilter.None);
        Measure.Report("events / event places", $"{total:N0} / {new FileInfo(file).Length / 1e6:F0} MB file");

        Time("timeline page (100), no filter", runs, _ => queries.Events(EventFilter.None, 100), 20);
        Time("timeline page (100), region", runs, i => queries.Events(Region(i), 100), 20);
        Time("timeline page (100), region+text+range", runs,
            i => queries.Events(Region(i) with { From = range.From, To = range.To, Text = "prison" }, 100), 20);
        Time("next page (after cursor), region", runs, i =>
        {
            var first = queries.Events(Region(i), 100);
            return queries.Events(Region(i), 100, new EventCursor(first[^1].Start, first[^1].Id));
        }, 20);
        Time("total count, region", runs, i => queries.Count(Region(i)), 50);
        // The virtualized timeline (TimelinePages): a jump to the middle seeks by offset over the key index, then reads a page.
        Time("timeline jump to the middle (seek + page of 40), no filter", runs, i =>
            queries.Events(EventFilter.None, 40, queries.CursorBefore(EventFilter.None, total / 2 + i)), 20);
        Time("timeline jump to the middle (seek + page of 40), region", runs, i =>
            queries.Events(Region(i), 40, queries.CursorBefore(Region(i), queries.Count(Region(i)) / 2)), 50);
        Time("position of an event (event= in the URL), region", runs, i =>
            queries.IndexOf(Region(i), queries.Events(Region(i), 1, queries.CursorBefore(Region(i), 1000))[0].Id), 50);
        Time("named-region mention counts, range", runs, _ => Cold().RegionMentionCounts(new EventFilter(range.From, range.To)), 50);
        Time("histogram (month), no filter", runs, _ => Cold().Histogram(EventFilter.None, HistogramBucket.Month), 50);
        Time("histogram (month), region", runs, i => Cold().Histogram(Region(i), HistogramBucket.Month), 50);
        Time("map counts admin1, no filter", runs, _ => Cold().PlaceCounts(EventFilter.None, PlaceLevel.Admin1), 50);
        Time("map counts admin1, range", runs, _ => Cold().PlaceCounts(new EventFilter(range.From, range.To), PlaceLevel.Admin1), 50);
        Time("map counts admin1, range, repeated", runs, _ => queries.PlaceCounts(new EventFilter(range.From, range.To), PlaceLevel.Admin1), 50);
        Time("region GeoJSON (first 500)", runs, i =>
        {
            var features = new FeatureCollection();
            foreach (var e in queries.Events(Region(i), 500))
                features.Add(EventFeatures.Event(e));
            return JsonSerializer.SerializeToUtf8Bytes(features, EventFeatures.SerializerOptions);
        }, 100);
        return 0;
    }

    private static EventFilter Region(int i) => new(Places: [Regions[i % Regions.Length]]);

    /// <summary>
    /// Wall time and the process's CPU time per run: on a machine shared with other work the wall time includes waiting
    /// for a core, the CPU time does not (single-threaded queries; it also counts the runtime's background threads).
    /// </summary>
    private static void Time<T>(string name, int runs, Func<int, T> query, double goalMs)
    {
        if (_only is not null && !name.Contains(_only, StringComparison.Ordinal))
            return;
        for (var i = 0; i < Math.Min(runs, Regions.Length); i++)
            GC.KeepAlive(query(i));
        var times = new List<double>(runs);
        var cpu = new List<double>(runs);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var (elapsed, _) = Measure.Time(() => GC.KeepAlive(query(i)));
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
            times.Add(elapsed.TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        var p95 = Measure.Percentile(times, 95);
        Measure.Report(name, $"p50 {Measure.Percentile(times, 50),7:F1} ms   p95 {p95,7:F1} ms   cpu p50 {Measure.Percentile(cpu, 50),6:F1} p95 {Measure.Percentile(cpu, 95),6:F1} ms   (goal p95 <= {goalMs} ms{(p95 <= goalMs ? "" : ", MISSED")})");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
