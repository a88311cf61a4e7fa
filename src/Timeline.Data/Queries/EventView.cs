using Timeline.Core.Places;
using Timeline.Core.Time;

namespace Timeline.Data.Queries;

/// <summary>One event as the timeline and the API show it, with the evidence needed to explain it.</summary>
/// <param name="Id">Event id.</param>
/// <param name="ArticleId">Article id.</param>
/// <param name="Start">First day of the date interval.</param>
/// <param name="End">Last day of the date interval.</param>
/// <param name="Precision">How fine the date is known.</param>
/// <param name="Basis">How the date was decided.</param>
/// <param name="Edtf">EDTF-style date value.</param>
/// <param name="DateText">The phrase that dated the event, when there was one.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Source">The article's source, when known.</param>
/// <param name="Title">The article's title, when known.</param>
/// <param name="Published">The article's publication date.</param>
/// <param name="Places">The places mentioned, with offsets relative to <paramref name="Sentence"/>.</param>
public sealed record EventView(
    int Id,
    int ArticleId,
    DateOnly Start,
    DateOnly End,
    DatePrecision Precision,
    DateBasis Basis,
    string Edtf,
    string? DateText,
    string Sentence,
    string? Source,
    string? Title,
    DateOnly Published,
    IReadOnlyList<EventPlaceView> Places);

/// <summary>A place of an event; <see cref="Start"/>/<see cref="End"/> are offsets into the event's sentence.</summary>
public sealed record EventPlaceView(
    string PlaceId,
    string Name,
    PlaceKind Kind,
    string? Admin1Id,
    double Latitude,
    double Longitude,
    string Mention,
    int Start,
    int End);

/// <summary>How many events mention a place (directly, or through a place inside it for region counts).</summary>
public sealed record PlaceCount(string PlaceId, string Name, PlaceKind Kind, double Latitude, double Longitude, int Events);
