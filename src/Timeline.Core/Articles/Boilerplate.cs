namespace Timeline.Core.Articles;

/// <summary>
/// Page furniture that is not article text: whole lines such as "No comments:", "3 comments:", "Comments (0)",
/// "Post a Comment", "Share this", "Subscribe", "Read more", "Tags: …", a press release's "For further information,
/// please contact: …", and the synthetic-test marker "[Synthetic test article: …]".
/// </summary>
/// <remarks>
/// Only whole lines are dropped, compared without case and without trailing ":" / "…", so a real sentence
/// that merely contains these words is never lost. Link lines ("Read more: …", "Related: …") are dropped only
/// when short (<see cref="MaxLinkLineWords"/> words) and without sentence punctuation at the end.
/// </remarks>
internal static class Boilerplate
{
    internal const int MaxLinkLineWords = 15;

    /// <summary>Longest line that can be furniture (other than the bracketed synthetic marker).</summary>
    private const int MaxLineChars = 160;

    internal static readonly IReadOnlySet<string> Lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "no comments", "post a comment", "leave a comment", "comments", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "share on x", "tweet", "email", "print",
        "subscribe", "subscribe now", "subscribe to our newsletter", "sign up", "newsletter", "follow us",
        "read more", "continue reading", "click here", "related", "related articles", "related stories",
        "advertisement", "skip to content", "listen to this article", "newer post", "older post", "home",
        "subscribe to: post comments (atom)", "loading", "back to top", "you may also like", "most read",
        "share this post", "share this page",
    };

    private static readonly string[] LinkPrefixes =
    [
        "read more:", "also read:", "related:", "read also:", "see also:", "watch:", "tags:", "labels:", "filed under:",
        "topics:", "for further information", "for more information", "media contact:", "press contact:",
    ];

    private const string SyntheticMarker = "[Synthetic test article";

    /// <summary>True when the whole line is page furniture.</summary>
    public static bool IsBoilerplate(string line)
    {
        var text = line.Trim();
        // Page furniture is short; the test keeps the per-line cost of long body lines at one comparison.
        if (text.Length > MaxLineChars && text[0] != '[')
            return false;
        if (text.StartsWith(SyntheticMarker, StringComparison.OrdinalIgnoreCase))
            return true;
        var bare = text.TrimEnd(':', '…', '.', ' ', '»', '›', '>');
        if (Lines.Contains(bare) || Lines.Contains(WithoutCount(bare)))
            return true;
        foreach (var prefix in LinkPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return SourceLine.WordCount(text) <= MaxLinkLineWords && !SourceLine.EndsSentence(text);
        }
        return false;
    }

    /// <summary>"3 comments" and "Comments (0)" without their count: "comments".</summary>
    private static string WithoutCount(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > 0 && text[^1] == ')' && text.LastIndexOf('(') is var open and > 0
            && int.TryParse(text[(open + 1)..^1], out _))
            text = text[..open].TrimEnd();
        var space = text.IndexOf(' ');
        if (space > 0 && int.TryParse(text[..space], out _))
            text = text[(space + 1)..];
        return text.ToString();
    }
}
