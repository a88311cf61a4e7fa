namespace Timeline.Core.Places;

/// <summary>
/// A span of text that matches one or more gazetteer names.
/// </summary>
/// <param name="Start">Offset of the match in the text given to the matcher.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="Text">The matched text as written.</param>
/// <param name="Candidates">Every place the folded name can denote (at least one).</param>
/// <param name="NameKind">The strongest kind of name that matched (a demonym match is weak evidence).</param>
/// <param name="Qualifier">A feature word that was part of the match ("Governorate", "province", "camp", "district"), or null.</param>
public sealed record ToponymMatch(
    int Start,
    int End,
    string Text,
    IReadOnlyList<Place> Candidates,
    NameKind NameKind,
    string? Qualifier);

/// <summary>One candidate place for a mention, with its score and why.</summary>
public sealed record GeocodeCandidate(Place Place, double Score, string Why);

/// <summary>
/// The place chosen for one mention.
/// </summary>
/// <param name="Match">The mention.</param>
/// <param name="Place">The chosen place.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Reason">How it was decided, readable ("only candidate", "context: Idlib in same article", "population").</param>
/// <param name="Alternatives">All candidates with scores, best first (the chosen one included).</param>
public sealed record GeocodedMention(
    ToponymMatch Match,
    Place Place,
    double Confidence,
    string Reason,
    IReadOnlyList<GeocodeCandidate> Alternatives)
{
    /// <summary>True when the mention is an adjective/people-name ("Iraqi", "Turkish-backed"), not a toponym.</summary>
    public bool IsDemonym => Match.NameKind == NameKind.Demonym;
}
