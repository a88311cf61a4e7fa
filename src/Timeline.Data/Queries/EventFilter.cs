namespace Timeline.Data.Queries;

/// <summary>
/// The one filter model shared by the dashboard, its URL and the HTTP API. Every part is optional; an empty filter
/// matches every event.
/// </summary>
/// <param name="From">First day of the range (inclusive). An event matches when its date interval overlaps the range.</param>
/// <param name="To">Last day of the range (inclusive).</param>
/// <param name="PlaceId">A gazetteer place id; matches the place and all its descendants.</param>
/// <param name="Text">Words that must all occur in the sentence or a place name (case-insensitive).</param>
public sealed record EventFilter(DateOnly? From = null, DateOnly? To = null, string? PlaceId = null, string? Text = null)
{
    public static EventFilter None { get; } = new();

    /// <summary>True when no part of the filter is set.</summary>
    public bool IsEmpty => From is null && To is null && PlaceId is null && string.IsNullOrWhiteSpace(Text);
}
