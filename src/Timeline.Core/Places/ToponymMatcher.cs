namespace Timeline.Core.Places;

/// <summary>Finds every gazetteer name in a text in one pass over folded text.</summary>
public sealed class ToponymMatcher(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    public IReadOnlyList<ToponymMatch> Match(string text) => throw new NotImplementedException();
}
