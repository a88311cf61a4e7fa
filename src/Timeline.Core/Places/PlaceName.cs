namespace Timeline.Core.Places;

/// <summary>What a name of a place is, for matching and weighing.</summary>
public enum NameKind
{
    /// <summary>The preferred name.</summary>
    Primary,
    /// <summary>An alternate spelling, transliteration or other-language name.</summary>
    Alias,
    /// <summary>An adjective or people-name that points at a place ("Iraqi", "Turkish"): weak evidence of the place.</summary>
    Demonym,
    /// <summary>A short code or abbreviation ("KRI", "NES"); matched case-sensitively.</summary>
    Abbreviation,
}

/// <summary>One name of a place, as written (not folded).</summary>
public sealed record PlaceName(string Text, string PlaceId, NameKind Kind);
