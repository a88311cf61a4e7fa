using System.Globalization;

namespace Timeline.Data.Queries;

/// <summary>
/// Keyset position in the timeline: the (start day, id) of the last event of a page. Written <c>2025-01-31_123</c>;
/// the next page starts strictly after it, so pages stay stable while events are added elsewhere.
/// </summary>
public readonly record struct EventCursor(DateOnly Start, int Id)
{
    public override string ToString() =>
        Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "_" + Id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, out EventCursor cursor)
    {
        cursor = default;
        var separator = value?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        if (separator < 0
            || !DateOnly.TryParseExact(value.AsSpan(0, separator), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !int.TryParse(value.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return false;
        cursor = new EventCursor(start, id);
        return true;
    }
}
