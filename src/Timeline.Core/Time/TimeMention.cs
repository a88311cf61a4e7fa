namespace Timeline.Core.Time;

/// <summary>How fine a date is known.</summary>
public enum DatePrecision { Day, Week, Month, Season, Year, Decade, Range }

/// <summary>How a date was decided.</summary>
public enum DateBasis
{
    /// <summary>The year is written in the text ("In 2014", "July 20, 2015").</summary>
    Explicit,
    /// <summary>Needs the publication date or another anchor ("on Monday", "last month", "10 years later").</summary>
    Relative,
    /// <summary>Taken from a dated sentence before it in the same paragraph.</summary>
    Inherited,
    /// <summary>No date expression: the publication date is used.</summary>
    Publication,
}

/// <summary>What kind of temporal expression a mention is. Only <see cref="Date"/> mentions date an event.</summary>
public enum TimeMentionKind
{
    /// <summary>A point or interval in time that can date an event.</summary>
    Date,
    /// <summary>A length of time ("14 years of war", "for 17 years"): not an event date.</summary>
    Duration,
    /// <summary>An open start ("since 2011", "before 2014"): not an event date.</summary>
    Boundary,
}

/// <summary>A closed interval of calendar days, inclusive at both ends.</summary>
public readonly record struct DateInterval(DateOnly Start, DateOnly End)
{
    public static DateInterval Day(DateOnly day) => new(day, day);
    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}

/// <summary>
/// One temporal expression found in a text, with its evidence.
/// </summary>
/// <param name="Start">Character offset of the phrase in the text given to the tagger.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="Text">The raw phrase.</param>
/// <param name="Interval">Resolved interval.</param>
/// <param name="Precision">Precision of the interval.</param>
/// <param name="Basis">Explicit or relative (the tagger never says inherited/publication; the event builder does).</param>
/// <param name="Edtf">EDTF-style value: <c>2024-12-26</c>, <c>2024-12</c>, <c>2014</c>, <c>2004/2018</c>.</param>
/// <param name="Kind">Date, duration or boundary.</param>
/// <param name="Rule">The rule that decided the value, for provenance ("weekday-past", "month-name-past", …).</param>
public sealed record TimeMention(
    int Start,
    int End,
    string Text,
    DateInterval Interval,
    DatePrecision Precision,
    DateBasis Basis,
    string Edtf,
    TimeMentionKind Kind,
    string Rule);
