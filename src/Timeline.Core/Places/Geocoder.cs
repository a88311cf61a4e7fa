namespace Timeline.Core.Places;

/// <summary>Picks one place per mention from context in the text.</summary>
public sealed class Geocoder(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Resolves all mentions of one text (an article body) together, so that they inform each other.</summary>
    public IReadOnlyList<GeocodedMention> Resolve(string text, IReadOnlyList<ToponymMatch> mentions) =>
        throw new NotImplementedException();

    /// <summary>Candidates for a bare name, best first, optionally with context text.</summary>
    public IReadOnlyList<GeocodeCandidate> Candidates(string name, string? context = null) =>
        throw new NotImplementedException();
}
