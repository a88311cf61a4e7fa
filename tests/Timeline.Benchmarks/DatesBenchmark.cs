using System.Text;
using Timeline.Core.Time;

namespace Timeline.Benchmarks;

/// <summary>
/// Tagger throughput on generated news-like sentences: <c>dates [MB]</c> (default 20 MB). Prints MB/s on one core,
/// sentences/s, mentions found and bytes allocated per MB of text.
/// </summary>
public static class DatesBenchmark
{
    private static readonly string[] Subjects = ["Turkish drones", "The council", "Iraqi forces", "A monitoring group", "Residents of Hasakeh", "The ministry"];
    private static readonly string[] Verbs = ["struck a checkpoint near the town", "said it had reopened the crossing", "reported heavy shelling",
        "announced a curfew across the district", "met tribal leaders in the provincial capital", "evacuated 2,500 families from the camp"];
    private static readonly string[] Dates = ["on Monday", "yesterday", "last month", "earlier this week", "on 7 August", "in December",
        "in 2014", "between 2004 and 2018", "on Sunday night", "in mid-2019", "on Dec. 26, 2024", "since 2011", "two days later", "", "", "", ""];
    private static readonly string[] Tails = ["after 14 years of war.", "shortly after 9 p.m.", "according to local media.", "at 14:05 GMT.",
        "as more than 10,000 people fled.", "and officials may extend it.", "."];

    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 && int.TryParse(args[0], out var mb) ? mb : 20;
        var sentences = Generate(megabytes * 1_000_000);
        var bytes = sentences.Sum(s => (long)Encoding.UTF8.GetByteCount(s) + 1);
        var tagger = new TemporalTagger();
        var reference = new DateOnly(2025, 2, 25);

        // Warm up over the whole corpus so that the figures exclude JIT (tier-0 to tier-1) and the lexicon build.
        foreach (var s in sentences)
            tagger.Tag(s, reference);
        Thread.Sleep(200);

        var found = 0L;
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (elapsed, allocated) = Measure.Time(() =>
        {
            foreach (var s in sentences)
                found += tagger.Tag(s, reference).Count;
        });
        // CPU time as well as wall time: on a shared machine the wall clock includes time spent waiting for a core.
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var mbs = bytes / 1e6;
        Measure.Report("dates: text", $"{mbs:F1} MB in {sentences.Count:N0} sentences");
        Measure.Report("dates: elapsed", $"{elapsed.TotalSeconds:F2} s (one thread)");
        Measure.Report("dates: throughput", $"{mbs / elapsed.TotalSeconds:F1} MB/s per core (wall clock)");
        Measure.Report("dates: throughput per CPU second", $"{mbs / cpu.TotalSeconds:F1} MB/s ({cpu.TotalSeconds:F2} s CPU)");
        Measure.Report("dates: sentences/s", $"{sentences.Count / elapsed.TotalSeconds:N0}");
        Measure.Report("dates: mentions", $"{found:N0}");
        Measure.Report("dates: allocated", $"{allocated / mbs / 1e6:F2} MB per MB of text ({allocated / (double)Math.Max(found, 1):F0} B per mention)");
        return 0;
    }

    private static List<string> Generate(long targetChars)
    {
        var random = new Random(42);
        var list = new List<string>();
        var sb = new StringBuilder();
        long total = 0;
        while (total < targetChars)
        {
            sb.Clear();
            sb.Append(Subjects[random.Next(Subjects.Length)]).Append(' ').Append(Verbs[random.Next(Verbs.Length)]);
            var date = Dates[random.Next(Dates.Length)];
            if (date.Length > 0)
                sb.Append(' ').Append(date);
            sb.Append(' ').Append(Tails[random.Next(Tails.Length)]);
            sb.Append(" The statement, which was not independently verified, described the situation in the surrounding villages as difficult.");
            var s = sb.ToString();
            list.Add(s);
            total += s.Length + 1;
        }
        return list;
    }
}
