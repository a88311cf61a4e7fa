namespace Timeline.Core.Time;

/// <summary>Finds and resolves temporal expressions in English news text.</summary>
public sealed class TemporalTagger
{
    /// <summary>
    /// Tags <paramref name="text"/> (usually one sentence). <paramref name="reference"/> is the publication date;
    /// <paramref name="anchor"/> is the date of the discourse so far (for "the following day", "10 years later").
    /// </summary>
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly reference, TimeMention? anchor = null) =>
        throw new NotImplementedException();
}
