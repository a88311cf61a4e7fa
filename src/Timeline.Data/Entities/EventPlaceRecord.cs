using Timeline.Core.Places;

namespace Timeline.Data.Entities;

/// <summary>A place of an event: the mention (body offsets) and the gazetteer place it was resolved to.</summary>
public sealed class EventPlaceRecord
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public EventRecord? Event { get; set; }

    /// <summary>Gazetteer id (<c>SY-HA</c>, <c>gn:448149</c>, a curated slug).</summary>
    public required string PlaceId { get; set; }
    public required string PlaceName { get; set; }
    public PlaceKind Kind { get; set; }
    public string? CountryCode { get; set; }
    public string? Admin1Id { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    public required string Mention { get; set; }
    public int MentionStart { get; set; }
    public int MentionEnd { get; set; }
    public double Confidence { get; set; }
    public required string Reason { get; set; }
}
