namespace Timeline.Core.Text;

/// <summary>Splits an article body into sentences with offsets and paragraph numbers.</summary>
public sealed class SentenceSplitter
{
    public IReadOnlyList<Sentence> Split(string body) => throw new NotImplementedException();
}
