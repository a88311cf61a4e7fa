using System.Text.RegularExpressions;

namespace Timeline.Core.Articles;

/// <summary>
/// Recognises the header lines that name the outlet or the author, and reads the outlet from them:
/// <c>Via The Cradle</c>, <c>News Desk - The Cradle</c>, <c>By Leyla Osman | Frontline Syria</c>,
/// <c>By Omar Haddad, The Reconstruction Report</c>, <c>Northeast Dispatch | Staff reporter</c>,
/// <c>EastMed Observer - English edition</c>, a bare <c>Crossroads News</c>, and the dateline
/// <c>QAMISHLI, Syria (Levant Wire) —</c>. A byline without an outlet ("By a correspondent in …") gives none.
/// </summary>
internal static partial class SourceLine
{
    /// <summary>Most words a bare outlet-name line may have.</summary>
    internal const int MaxOutletWords = 6;

    // Words that name a role or an edition, not the outlet: "News Desk", "Staff reporter", "English edition".
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "desk", "staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "editor",
        "editors", "edition", "bureau", "team", "contributor", "agencies", "newsroom", "journalist",
    };

    // Last words typical of an outlet's name; they let a bare "Crossroads News" line count as the source.
    private static readonly HashSet<string> OutletNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "post", "times", "daily", "monitor", "ledger", "wire", "observer", "report", "dispatch", "bulletin",
        "agency", "herald", "journal", "tribune", "gazette", "press", "network", "review", "today", "online", "media",
        "tv", "radio", "chronicle", "telegraph", "guardian", "eye", "insider", "cradle", "star", "mail", "express",
        "weekly", "magazine", "voice", "standard", "digest", "observatory", "24",
    };

    private static readonly string[] BylineVerbs = ["posted", "written", "reported", "story", "words", "edited"];

    // Lowercase words allowed inside an outlet name ("Faith & Community News", "Voice of the People").
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "&", "of", "the", "and", "for", "-", "on", "in", "al" };


    [GeneratedRegex(@"\s+(?:\||-|–|—)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparatorRegex();

    /// <summary>
    /// True when <paramref name="line"/> is a byline or source line (so it is not title or body);
    /// <paramref name="outlet"/> is the outlet's name, or null when the line names only a person.
    /// </summary>
    public static bool TryParse(string line, out string? outlet)
    {
        outlet = null;
        line = line.Trim();
        if (line.StartsWith("Source:", StringComparison.OrdinalIgnoreCase) && !EndsSentence(line) && WordCount(line) <= MaxOutletWords + 1)
        {
            outlet = Clean(line[7..]);
            return true;
        }
        if (StartsWithWord(line, "via"))
        {
            outlet = Clean(SplitVia(line[3..]).Outlet);
            return true;
        }
        // "Posted by Syria Water Watch", "Written by Jane Doe": a blog's byline reads like "By …".
        foreach (var verb in BylineVerbs)
        {
            if (StartsWithWord(line, verb) && line.Length > verb.Length + 1 && StartsWithWord(line[(verb.Length + 1)..].TrimStart(), "by"))
                return TryParse(line[(verb.Length + 1)..].TrimStart(), out outlet);
        }
        // "By Tuesday, fighting had ended." is a sentence, not a byline.
        if (StartsWithWord(line, "by") && !EndsSentence(line))
        {
            var parts = line[2..].Split([',', '|', '—', '–'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var candidate = parts.Length > 1 ? parts[^1] : null;
            outlet = candidate is not null && IsNameLike(candidate) && !HasRoleWord(candidate) ? Clean(candidate) : null;
            return WordCount(line) <= 15;
        }

        var pieces = PartSeparatorRegex().Split(line);
        if (pieces.Length < 2 || pieces.Any(p => WordCount(p) > MaxOutletWords))
            return false;
        var named = pieces.Where(p => !HasRoleWord(p) && !StartsWithWord(p, "by")).ToList();
        // A dash joins a title's halves as often as an outlet and a desk, so it needs a role word on one side.
        if (named.Count == pieces.Length && !line.Contains('|'))
            return false;
        // Three or more named parts are a breadcrumb ("Home | World | Middle East"), not a byline.
        outlet = named.Count is 1 or 2 && IsNameLike(named[^1]) ? Clean(named[^1]) : null;
        return true;
    }

    /// <summary>True for a short Title-Case line ending in an outlet noun ("Crossroads News", "The Regional Ledger").</summary>
    public static bool IsOutletName(string line) =>
        IsNameLike(line) && OutletNouns.Contains(LastWord(line));

    /// <summary>True for a short line of capitalised words (and connectors), with no sentence punctuation.</summary>
    public static bool IsNameLike(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxOutletWords || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!'))
            return false;
        return words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || NameConnectors.Contains(w)) && char.IsUpper(words[0][0]);
    }

    /// <summary>The outlet in a dateline such as <c>QAMISHLI, Syria (Levant Wire) —</c>, or null.</summary>
    public static string? FromDateline(string line) => Dateline.Outlet(line) is { } outlet ? Clean(outlet) : null;

    /// <summary>
    /// Splits the text after "Via" into the outlet and any body glued onto it ("Badia Post Islamic State fighters …"):
    /// the outlet is the run of capitalised words, cut after its last outlet noun, else before a second "The",
    /// else before the run's last word.
    /// </summary>
    public static (string Outlet, string Body) SplitVia(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = 0;
        while (run < words.Length && run < MaxOutletWords && (char.IsUpper(words[run][0]) || char.IsDigit(words[run][0]) || NameConnectors.Contains(words[run])))
            run++;
        if (run == words.Length)
            return (text.Trim(), "");

        var cut = -1;
        for (var i = run; i >= 1 && cut < 0; i--)
        {
            if (OutletNouns.Contains(words[i - 1].TrimEnd(',', '.', ':')))
                cut = i;
        }
        if (cut < 0)
        {
            var secondThe = Array.FindIndex(words, 1, run - 1, w => w == "The");
            // The sentence usually opens with one capitalised word ("Officials said", "Iraqi forces said").
            cut = secondThe > 0 ? secondThe : Math.Max(1, run - 1);
        }
        return (string.Join(' ', words[..cut]), string.Join(' ', words[cut..]));
    }

    internal static bool EndsSentence(string text) =>
        text.TrimEnd('"', '”', '’', '\'', ')', ' ') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…';

    private static string? Clean(string outlet)
    {
        outlet = outlet.Trim().TrimEnd('.', ',', ':', ';', '|', '-').Trim();
        return outlet.Length == 0 ? null : outlet;
    }

    private static bool HasRoleWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => RoleWords.Contains(w.Trim(',', '.', ':')));

    private static bool StartsWithWord(string text, string word) =>
        text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[word.Length]);

    private static string LastWord(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
