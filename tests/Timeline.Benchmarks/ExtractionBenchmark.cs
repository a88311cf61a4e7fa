using System.Diagnostics;
using System.Globalization;
using Timeline.Core.Places;
using Timeline.Core.Pipeline;
using Timeline.Data;
using Timeline.Data.Import;

namespace Timeline.Benchmarks;

/// <summary>
/// <c>extraction [--articles N] [--batch N]</c>: pipeline throughput on a generated corpus (single thread: MB/s per core, articles/s,
/// allocations, time per stage), then import of the same corpus into a fresh SQLite store (MB/s).
/// </summary>
public static class ExtractionBenchmark
{
    public static int Run(string[] args)
    {
        var count = Option(args, "--articles") ?? 10_000;
        var batchSize = Option(args, "--batch") ?? ArticleImporter.DefaultBatchSize;
        var root = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "timeline-bench-" + Environment.ProcessId);
        var corpus = Path.Combine(work, "corpus");
        try
        {
            var bytes = CorpusGenerator.Write(corpus, count, CorpusGenerator.SourceParagraphs(root));
            Measure.Report("corpus", $"{count} articles, {bytes / 1e6:0.0} MB");

            Gazetteer gazetteer = null!;
            var (loadTime, _) = Measure.Time(() => gazetteer = GazetteerLoader.Load(Path.Combine(root, "wwwroot-data")));
            Measure.Report("gazetteer load", $"{loadTime.TotalMilliseconds:0} ms");
            var pipeline = new ExtractionPipeline(gazetteer);

            var files = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToList();
            var contents = files.Select(File.ReadAllBytes).ToList();

            // The first pass includes JIT compilation of the whole pipeline (tiered compilation); the second is the
            // steady state a long import or the dashboard runs at. Both are printed.
            var cold = Pass(pipeline, files, contents, bytes, "cold pass (incl. JIT)");
            var warm = Pass(pipeline, files, contents, bytes, "warm pass");
            foreach (var (stage, time) in warm.Totals)
                Measure.Report("  stage " + stage, $"{time.TotalSeconds:0.00} s ({bytes / 1e6 / time.TotalSeconds:0.0} MB/s), {warm.Allocated[stage] / 1e6:0} MB allocated");
            GC.KeepAlive(cold);

            var store = new TimelineStore(Path.Combine(work, "bench.db"));
            store.Migrate();
            var importCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var report = new ArticleImporter(pipeline, store.CreateContext) { BatchSize = batchSize }.Import(files);
            importCpu = Process.GetCurrentProcess().TotalProcessorTime - importCpu;
            Measure.Report("import into SQLite", $"{report.MegabytesPerSecond:0.00} MB/s ({report.New} articles, {report.Events} events, {report.Elapsed.TotalSeconds:0.0} s, {batchSize} articles per transaction)");
            // Reading and extraction run beside the writes: wall time is about the larger of the two on a free 2-core machine.
            Measure.Report("  writing (its own thread)", $"{report.Writing.TotalSeconds:0.0} s wall; import {importCpu.TotalSeconds:0.0} s cpu in all ({bytes / 1e6 / importCpu.TotalSeconds:0.00} MB per cpu-second)");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the last close checkpoints the log into the file
            Measure.Report("database size", $"{new FileInfo(store.DatabaseFile).Length / 1e6:0.0} MB");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static int? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
    }

    private static StageTimings Pass(ExtractionPipeline pipeline, List<string> files, List<byte[]> contents, long bytes, string label)
    {
        var timings = new StageTimings();
        var events = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (elapsed, allocated) = Measure.Time(() =>
        {
            for (var i = 0; i < files.Count; i++)
                events += pipeline.Extract(pipeline.Read(Path.GetFileName(files[i]), contents[i]), timings).Events.Count;
        });
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Measure.Report("extraction, " + label, $"{bytes / 1e6 / elapsed.TotalSeconds:0.00} MB/s per core, {files.Count / elapsed.TotalSeconds:0} articles/s, {events} events");
        Measure.Report("  cpu", $"{cpuUsed.TotalSeconds:0.00} s cpu for {elapsed.TotalSeconds:0.00} s wall");
        Measure.Report("  allocations", $"{allocated / 1e6:0} MB ({(double)allocated / bytes:0.0} bytes per input byte)");
        return timings;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
