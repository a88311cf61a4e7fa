namespace Timeline.Data.Entities;

/// <summary>
/// The histogram's summary: how many events have exactly this date interval, for all sources (<see cref="Source"/>
/// empty) and per source. A few rows per day of news instead of one per event; the histogram of any date range and
/// source set sums the rows that overlap the range.
/// </summary>
public sealed class DateCountRecord
{
    /// <summary>The article source, or empty for the count over all articles (including those without a source).</summary>
    public required string Source { get; set; }

    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public int Events { get; set; }
}
