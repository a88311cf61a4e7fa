namespace Timeline.Core.Places;

/// <summary>What a gazetteer place is. Order is not meaningful; <see cref="PlaceRank"/> ranks them.</summary>
public enum PlaceKind
{
    Country,
    Admin1,
    Admin2,
    City,
    Town,
    Village,
    Camp,
    Crossing,
    Mountain,
    River,
    Region,
    Border,
    Landmark,
}
