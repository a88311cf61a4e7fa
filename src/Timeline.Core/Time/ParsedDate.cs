namespace Timeline.Core.Time;

/// <summary>A resolved phrase before it becomes a <see cref="TimeMention"/>: token extent plus value.</summary>
internal struct ParsedDate
{
    public int First;
    public int Last;
    public DateInterval Interval;
    public DatePrecision Precision;
    /// <summary>For ranges: the precision of each end, so "2004/2018" and "2024-10-02/2024-10-22" print right.</summary>
    public DatePrecision StartPrecision;
    public DatePrecision EndPrecision;
    public bool Explicit;
    public TimeMentionKind Kind;
    public string Rule;
    /// <summary>Set when the value is not derived from the interval (durations, boundaries).</summary>
    public string? Edtf;

    public static ParsedDate Of(int first, int last, DateInterval interval, DatePrecision precision, bool isExplicit, string rule) => new()
    {
        First = first, Last = last, Interval = interval, Precision = precision, StartPrecision = precision,
        EndPrecision = precision, Explicit = isExplicit, Kind = TimeMentionKind.Date, Rule = rule,
    };

    public static ParsedDate Day(int first, int last, DateOnly day, bool isExplicit, string rule) =>
        Of(first, last, DateInterval.Day(day), DatePrecision.Day, isExplicit, rule);

    public readonly bool Found => Rule is not null;

    /// <summary>Rule of a phrase that is a date in form but names no day ("February 30", "the fifth Sunday of September").</summary>
    public const string InvalidRule = "invalid";

    /// <summary>A well-formed phrase with no valid value: it is consumed (so "February 30" does not fall back to "February") but never returned.</summary>
    public static ParsedDate Invalid(int first, int last) => new()
    {
        First = first, Last = last, Precision = DatePrecision.Range, Rule = InvalidRule,
    };

    public readonly bool IsInvalid => ReferenceEquals(Rule, InvalidRule);
}
