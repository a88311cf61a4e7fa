using Timeline.Core.Places;

namespace Timeline.Data.Entities;

/// <summary>
/// The precomputed hierarchy: one row per place that occurs in <c>event_places</c> and each place it lies within,
/// itself included (gazetteer ancestors, polygons containing its point, its stored admin-1 and country). A region filter
/// is then one indexed join instead of a walk of the gazetteer.
/// </summary>
public sealed class PlaceAncestorRecord
{
    public required string PlaceId { get; set; }
    public required string AncestorId { get; set; }

    /// <summary>Kind of the ancestor, for counts at a level (admin-1, admin-2).</summary>
    public PlaceKind AncestorKind { get; set; }
}
