using Timeline.Core.Places;

namespace Timeline.Data.Entities;

/// <summary>
/// The hierarchy per event: every place an event lies in (its places and their <see cref="PlaceAncestorRecord"/>
/// ancestors), once per event, with the event's start day. The join of <c>event_places</c> and <c>place_ancestors</c>
/// materialized, so that a region filter reads one index range already in timeline order.
/// </summary>
public sealed class EventAncestorRecord
{
    public int EventId { get; set; }
    public required string AncestorId { get; set; }
    public PlaceKind AncestorKind { get; set; }

    /// <summary>Copy of the event's <see cref="EventRecord.DateStart"/> (events are never re-dated in place).</summary>
    public DateOnly DateStart { get; set; }
}
