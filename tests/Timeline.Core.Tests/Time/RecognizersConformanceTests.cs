using System.Globalization;
using System.Text.Json;
using Timeline.Core.Time;
using Xunit.Abstractions;

namespace Timeline.Core.Tests.Time;

/// <summary>
/// Scores the tagger on the public Microsoft Recognizers-Text English date specs (MIT, read from
/// ../shared/data/recognizers-datetime-en, never copied). Expectation: each case's <c>PastResolution</c>, since news
/// refers back; cases flagged NotSupported/NotSupportedByDesign for dotnet are skipped, as upstream does. A result
/// matches when a mention overlaps its span (extent rules differ) and has the same interval; the suite's end dates are
/// exclusive for calendar units but inclusive for written ranges ("from Oct. 2 to October 22"), so an end equal to
/// the expected end or the day before it is accepted. Seasons resolve to <c>{}</c> there and are compared by Timex.
/// The tagger runs with tense inference off: "I'll go back on Friday" is scored on its past reading.
/// </summary>
public class RecognizersConformanceTests(ITestOutputHelper output)
{
    /// <summary>Raised as the tagger improves; just under the rate reached (see docs/dates.md).</summary>
    private const double MinimumPassRate = 0.90;

    private static readonly TemporalTagger Tagger = new();

    [Fact]
    public void Tag_RecognizersDateSpecs_PassRateAboveThreshold()
    {
        int passed = 0, total = 0;
        foreach (var file in new[] { "DateParser.json", "DatePeriodParser.json" })
        {
            var (filePassed, fileTotal, inferred) = Score(file);
            output.WriteLine($"{file}: {filePassed}/{fileTotal} = {100.0 * filePassed / fileTotal:F1} % (with tense inference on: {100.0 * inferred / fileTotal:F1} %)");
            passed += filePassed;
            total += fileTotal;
        }
        var rate = (double)passed / total;
        output.WriteLine($"total: {passed}/{total} = {100 * rate:F1} %");
        Assert.True(rate >= MinimumPassRate, $"pass rate {rate:P1} below {MinimumPassRate:P1}");
    }

    private (int Passed, int Total, int PassedWithInference) Score(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("data", "recognizers-datetime-en", file)));
        int passed = 0, total = 0, inferred = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (Flagged(c, "NotSupported") || Flagged(c, "NotSupportedByDesign"))
                continue;
            total++;
            var input = c.GetProperty("Input").GetString()!;
            var reference = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var r)
                ? DateOnly.FromDateTime(DateTime.Parse(r.GetString()!, CultureInfo.InvariantCulture))
                : DateOnly.FromDateTime(DateTime.Today);
            var results = c.GetProperty("Results");
            var mentions = Tagger.Tag(input, reference, null, inferTense: false);
            if (Matches(results, mentions))
                passed++;
            else
                output.WriteLine($"  miss [{reference:yyyy-MM-dd}] \"{input}\" → {string.Join("; ", mentions.Select(m => $"{m.Text}={m.Interval.Start:yyyy-MM-dd}..{m.Interval.End:yyyy-MM-dd} {m.Rule}"))}");
            if (Matches(results, Tagger.Tag(input, reference)))
                inferred++;
        }
        return (passed, total, inferred);
    }

    private static bool Flagged(JsonElement c, string field) =>
        c.TryGetProperty(field, out var v) && v.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase);

    private static bool Matches(JsonElement results, IReadOnlyList<TimeMention> mentions)
    {
        if (results.GetArrayLength() == 0)
            return mentions.All(m => m.Kind != TimeMentionKind.Date);
        foreach (var result in results.EnumerateArray())
        {
            var start = result.GetProperty("Start").GetInt32();
            var end = start + result.GetProperty("Length").GetInt32();
            var overlapping = mentions.Where(m => m.Start < end && m.End > start).ToList();
            var value = result.GetProperty("Value");
            var past = value.GetProperty("PastResolution");
            if (past.TryGetProperty("date", out var date))
            {
                var day = Parse(date);
                if (day == new DateOnly(1, 1, 1))
                {
                    if (overlapping.Any(m => m.Kind == TimeMentionKind.Date))
                        return false;
                    continue;
                }
                if (!overlapping.Any(m => m.Interval.Start == day && m.Interval.End == day))
                    return false;
            }
            else if (past.TryGetProperty("startDate", out var s) || past.TryGetProperty("endDate", out _))
            {
                DateOnly? from = past.TryGetProperty("startDate", out s) ? Parse(s) : null;
                DateOnly? to = past.TryGetProperty("endDate", out var e) ? Parse(e) : null;
                if (!overlapping.Any(m => (from is null || m.Interval.Start == from)
                                          && (to is null || m.Interval.End == to || m.Interval.End == to.Value.AddDays(-1))))
                    return false;
            }
            else if (!overlapping.Any(m => SeasonMatches(value.GetProperty("Timex").GetString()!, m)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SeasonMatches(string timex, TimeMention m)
    {
        if (m.Precision != DatePrecision.Season)
            return false;
        var code = timex[^2..] switch { "SP" => "21", "SU" => "22", "FA" => "23", "WI" => "24", _ => "??" };
        return m.Edtf.EndsWith("-" + code, StringComparison.Ordinal) && (timex.Length == 2 || m.Edtf.StartsWith(timex[..4], StringComparison.Ordinal));
    }

    private static DateOnly Parse(JsonElement e) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
