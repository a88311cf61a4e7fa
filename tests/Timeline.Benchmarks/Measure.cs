using System.Diagnostics;

namespace Timeline.Benchmarks;

/// <summary>Small timing helpers: wall time, allocations and percentiles, printed as plain lines.</summary>
public static class Measure
{
    public static (TimeSpan Elapsed, long AllocatedBytes) Time(Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        return (watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    public static double Percentile(IReadOnlyList<double> sortedValues, double p)
    {
        if (sortedValues.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(p / 100.0 * sortedValues.Count) - 1;
        return sortedValues[Math.Clamp(rank, 0, sortedValues.Count - 1)];
    }

    public static void Report(string name, string value) => Console.WriteLine($"{name,-40} {value}");
}
