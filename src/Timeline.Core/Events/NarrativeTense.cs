using System.Text.RegularExpressions;

namespace Timeline.Core.Events;

/// <summary>
/// A deliberately small tense test for English news sentences: past narrative ("were massacred", "escorted", "had
/// fled") versus present states ("are imprisoned", "continue to live", "remains closed").
/// </summary>
internal static partial class NarrativeTense
{
    public static bool IsPast(string sentence)
    {
        var past = PastMarkers().Count(sentence);
        var present = PresentMarkers().Count(sentence);
        return past > 0 && past >= present;
    }

    [GeneratedRegex(@"\b(?:was|were|had|did|went|took|fled|left|came|made|began|fought|killed|seized|said|told|led|held|sent|met|brought|drove|fell|struck|shot|hit|won|lost|kept|[a-z]{3,}ed)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastMarkers();

    [GeneratedRegex(@"\b(?:is|are|am|remains?|continues?|continue|has|have|still|now|currently|says|say)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PresentMarkers();
}
