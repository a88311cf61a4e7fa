namespace Timeline.Data.Queries;

/// <summary>
/// The one filter model shared by the dashboard, its URL and the HTTP API. Every part is optional; an empty filter
/// matches every event. Parsed from and formatted to a query string by <c>Timeline.Web.Dashboard.DashboardUrl</c>.
/// </summary>
/// <param name="From">First day of the range (inclusive). An event matches when its date interval overlaps the range.</param>
/// <param name="To">Last day of the range (inclusive).</param>
/// <param name="Places">Gazetteer place ids; an event matches when one of its places is one of them or lies within one
/// (descendant in the hierarchy, or a point inside its polygon). Empty: any place.</param>
/// <param name="Text">Words that must all occur in the sentence or a place name (case-insensitive).</param>
/// <param name="Sources">Article sources (exact); an event matches when its article has one of them. Empty: any source.</param>
public sealed record EventFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Places = null,
    string? Text = null,
    IReadOnlyList<string>? Sources = null)
{
    public static EventFilter None { get; } = new();

    /// <summary>The place ids, never null.</summary>
    public IReadOnlyList<string> Places { get; init; } = Places ?? [];

    /// <summary>The sources, never null.</summary>
    public IReadOnlyList<string> Sources { get; init; } = Sources ?? [];

    /// <summary>The first selected place, the one the dashboard outlines and names in its title.</summary>
    public string? PlaceId => Places.Count > 0 ? Places[0] : null;

    /// <summary>True when no part of the filter is set.</summary>
    public bool IsEmpty => From is null && To is null && Places.Count == 0 && string.IsNullOrWhiteSpace(Text) && Sources.Count == 0;

    /// <summary>A filter for one place (the dashboard's click on a region or marker).</summary>
    public EventFilter WithPlace(string? placeId) => this with { Places = placeId is null ? [] : [placeId] };

    public bool Equals(EventFilter? other) =>
        other is not null && From == other.From && To == other.To && Text == other.Text
        && Places.SequenceEqual(other.Places, StringComparer.Ordinal) && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal);

    public override int GetHashCode() =>
        HashCode.Combine(From, To, Text, string.Join('\n', Places), string.Join('\n', Sources));
}
