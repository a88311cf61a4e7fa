using System.Globalization;
using Timeline.Core.Time;
using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>
/// Says honestly how well an event's date is known and where it comes from: "Dec 2024" with "month only", and
/// "'on Monday', relative to publication (25 Feb 2025)". Plain English, invariant culture.
/// </summary>
public static class EventDateText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The date at its precision: <c>26 Dec 2024</c>, <c>Dec 2024</c>, <c>2014</c>, <c>2004–2018</c>.</summary>
    public static string Label(DateOnly start, DateOnly end, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => Day(start),
        DatePrecision.Week => $"week of {Day(start)}",
        DatePrecision.Month => start.ToString("MMM yyyy", Invariant),
        DatePrecision.Season => $"{start.ToString("MMM", Invariant)}–{end.ToString("MMM yyyy", Invariant)}",
        DatePrecision.Year => start.Year.ToString(Invariant),
        DatePrecision.Decade => $"{start.Year}s",
        _ => Range(start, end),
    };

    // Whole years read as "2004–2018", whole months as "Nov 2024 – Feb 2025", anything else day to day.
    private static string Range(DateOnly start, DateOnly end)
    {
        var wholeMonths = start.Day == 1 && end.AddDays(1).Day == 1;
        if (wholeMonths && start.Month == 1 && end.Month == 12)
            return start.Year == end.Year ? start.Year.ToString(Invariant) : $"{start.Year}–{end.Year}";
        if (wholeMonths)
            return $"{start.ToString("MMM yyyy", Invariant)} – {end.ToString("MMM yyyy", Invariant)}";
        return $"{Day(start)} – {Day(end)}";
    }

    /// <summary>What the precision means for the reader, or null for a day (nothing to warn about).</summary>
    public static string? PrecisionNote(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => null,
        DatePrecision.Week => "week only",
        DatePrecision.Month => "month only",
        DatePrecision.Season => "season only",
        DatePrecision.Year => "year only",
        DatePrecision.Decade => "decade only",
        _ => "range",
    };

    /// <summary>How the date was decided, quoting the phrase when there was one.</summary>
    public static string BasisNote(DateBasis basis, string? dateText, DateOnly published) => basis switch
    {
        DateBasis.Explicit => dateText is null ? "stated in the text" : $"'{dateText}', stated in the text",
        DateBasis.Relative => $"{Quote(dateText)}relative to publication ({Day(published)})",
        DateBasis.Inherited => $"{Quote(dateText)}from an earlier sentence of the paragraph",
        _ => $"no date in the sentence: publication date",
    };

    public static string Label(EventView e) => Label(e.Start, e.End, e.Precision);

    public static string BasisNote(EventView e) => BasisNote(e.Basis, e.DateText, e.Published);

    /// <summary>The full line of a card: label, precision note, basis note.</summary>
    public static string Describe(EventView e) =>
        PrecisionNote(e.Precision) is { } note ? $"{Label(e)} — {note}; {BasisNote(e)}" : $"{Label(e)} — {BasisNote(e)}";

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    private static string Quote(string? text) => text is null ? "" : $"'{text}', ";
}
