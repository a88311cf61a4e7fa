using System.Diagnostics;
using System.Globalization;
using System.Text;
using Timeline.Core.Places;

namespace Timeline.Benchmarks;

/// <summary>
/// <c>matching [--mb N] [--bundle DIR] [--articles DIR]</c>: matcher throughput (MB/s on one core) over article
/// text made by shuffling the paragraphs of the dev articles to at least N MB (default 20), and geocode latency
/// per mention (p50/p95) when resolving whole articles.
/// </summary>
public static class MatchingBenchmark
{
    public static int Run(string[] args)
    {
        var root = ExtractionBenchmark.RepositoryRoot();
        var megabytes = IntOption(args, "--mb", 20);
        var bundle = Option(args, "--bundle") ?? Path.Combine(root, "wwwroot-data");
        var articles = Option(args, "--articles") ?? Path.Combine(root, "..", "shared", "eval", "dev");

        var (load, _) = Measure.Time(() => GazetteerLoader.Load(bundle));
        var gazetteer = GazetteerLoader.Load(bundle);
        Measure.Report("bundle load (first, includes JIT)", $"{load.TotalSeconds:0.00} s");
        var (index, _) = Measure.Time(() => new ToponymMatcher(gazetteer).Match("Hasakah"));
        Measure.Report("name index build", $"{index.TotalSeconds:0.00} s");
        var matcher = new ToponymMatcher(gazetteer);
        var geocoder = new Geocoder(gazetteer);

        var texts = Directory.GetFiles(articles, "*.txt").Select(File.ReadAllText).ToList();
        var corpus = Corpus(texts, megabytes * 1_000_000);
        var bytes = corpus.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        // Warm up over the whole corpus once: tiered JIT recompiles the hot loops after many calls, and a short
        // warm-up measures partly unoptimised code.
        foreach (var t in corpus)
            matcher.Match(t);

        var mentions = 0L;
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (elapsed, allocated) = Measure.Time(() =>
        {
            foreach (var t in corpus)
                mentions += matcher.Match(t).Count;
        });
        Measure.Report("corpus", $"{bytes / 1e6:0.0} MB in {corpus.Count:N0} texts, {mentions:N0} mentions");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Measure.Report("matcher throughput (1 core, wall)", $"{bytes / 1e6 / elapsed.TotalSeconds:0.0} MB/s");
        Measure.Report("matcher throughput (per CPU second)", $"{bytes / 1e6 / cpu.TotalSeconds:0.0} MB/s");
        Measure.Report("matcher allocations", $"{allocated / (double)bytes:0.00} bytes per input byte");

        var latencies = new List<double>();
        foreach (var text in texts)
        {
            var found = matcher.Match(text);
            for (var repeat = 0; repeat < 20; repeat++)
            {
                var watch = Stopwatch.StartNew();
                geocoder.Resolve(text, found);
                watch.Stop();
                if (found.Count > 0)
                    latencies.Add(watch.Elapsed.TotalMilliseconds * 1000 / found.Count);
            }
        }
        latencies.Sort();
        Measure.Report("geocode latency per mention p50", $"{Measure.Percentile(latencies, 50):0.0} µs");
        Measure.Report("geocode latency per mention p95", $"{Measure.Percentile(latencies, 95):0.0} µs");
        return 0;
    }

    /// <summary>Article-like texts: paragraphs of the given articles shuffled (fixed seed) into articles of ~3 KB.</summary>
    private static List<string> Corpus(List<string> texts, long targetChars)
    {
        var paragraphs = texts.SelectMany(t => t.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(20250225);
        var result = new List<string>();
        long total = 0;
        var builder = new StringBuilder();
        while (total < targetChars)
        {
            builder.Clear();
            while (builder.Length < 3000)
                builder.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
            result.Add(builder.ToString());
            total += builder.Length;
        }
        return result;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
