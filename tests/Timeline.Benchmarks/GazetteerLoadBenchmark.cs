using System.Diagnostics;
using Timeline.Core.Places;

namespace Timeline.Benchmarks;

/// <summary>
/// <c>gazetteer-load [BUNDLE_DIR]</c>: cold load of the bundle. Without <c>--in-process</c> it starts itself in a fresh
/// process per run (so the JIT, file cache aside, is cold), three runs; goals: ≤ 1.5 s and ≤ 300 MB.
/// </summary>
public static class GazetteerLoadBenchmark
{
    public static int Run(string[] args)
    {
        var bundle = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(ExtractionBenchmark.RepositoryRoot(), "wwwroot-data");
        bundle = Path.GetFullPath(bundle);
        if (args.Contains("--in-process"))
            return LoadOnce(bundle);

        for (var run = 1; run <= 3; run++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            // Under "dotnet Timeline.Benchmarks.dll" the host is dotnet and the first argument is the assembly.
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
                start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
            start.ArgumentList.Add("gazetteer-load");
            start.ArgumentList.Add(bundle);
            start.ArgumentList.Add("--in-process");
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            Console.Write($"run {run}\n{output}");
            if (child.ExitCode != 0)
                return child.ExitCode;
        }
        return 0;
    }

    private static int LoadOnce(string bundle)
    {
        var watch = Stopwatch.StartNew();
        var gazetteer = GazetteerLoader.Load(bundle);
        watch.Stop();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        Measure.Report("  cold load", $"{watch.Elapsed.TotalMilliseconds:F0} ms (goal <= 1500 ms)");
        Measure.Report("  places / names", $"{gazetteer.Places.Count} / {gazetteer.Names.Count}");
        Measure.Report("  managed memory after load", $"{managed / 1e6:F0} MB");
        Measure.Report("  working set", $"{self.WorkingSet64 / 1e6:F0} MB (goal <= 300 MB)");
        GC.KeepAlive(gazetteer);
        return 0;
    }
}
