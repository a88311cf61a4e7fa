using Timeline.Data.Queries;

namespace Timeline.Data.Entities;

/// <summary>How long a period of <see cref="AreaCountRecord"/> is; <see cref="Total"/> is all time (period 0001-01-01).</summary>
public enum CountGrain { Total, Decade, Year, Month, Day }

/// <summary>
/// The map's summary: for one area (or point place) at a level and one period (a year, a month or a day), how many of
/// the events inside it start in that period and how many end in it. An event overlaps <c>[from, to]</c> when it starts
/// on or before <c>to</c> and does not end before <c>from</c>, so the count of a range is
/// <c>starts(≤ to) − ends(&lt; from)</c>: two sums of at most decades + 9 years + 11 months + 31 days of rows per area,
/// whatever the size of the store; with no dates, one <see cref="CountGrain.Total"/> row per area. Written by the importer in the article's transaction; the query service reads it for filters of
/// dates only and falls back to the events for any other filter.
/// </summary>
public sealed class AreaCountRecord
{
    public PlaceLevel Level { get; set; }
    public CountGrain Grain { get; set; }

    /// <summary>First day of the period (a decade starts in a year ending in 0).</summary>
    public DateOnly Period { get; set; }

    /// <summary>Place id of the area (country, admin-1, admin-2) or point place.</summary>
    public required string Area { get; set; }

    public int Starts { get; set; }
    public int Ends { get; set; }
}
