namespace Timeline.Core.Events;

/// <summary>
/// "A week after the attack", "a day after the Mellit attack", "two days after the talks": a phrase counted from an
/// event the sentence names. The anchor is the date of the latest earlier sentence that tells of that event: one that
/// contains the name ("Mellit"), else a word of the same kind (attack ≈ bomb, blast, exploded, struck, ambushed …),
/// else the noun itself.
/// </summary>
internal static class EventReference
{
    /// <summary>The event named after "after"/"before the" in <paramref name="sentence"/>: its name and head noun, or null.</summary>
    public static (string? Name, string Noun)? Find(string sentence)
    {
        var words = Words(sentence);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!(Is(words[i], "after") || Is(words[i], "before")) || !Is(words[i + 1], "the"))
                continue;
            string? name = null;
            var j = i + 2;
            while (j < words.Count && j < i + 5 && char.IsUpper(words[j][0]))
                name = name is null ? words[j++] : name + " " + words[j++];
            if (j < words.Count && char.IsLower(words[j][0]))
                return (name, words[j].ToLowerInvariant());
        }
        return null;
    }

    /// <summary>Whether <paramref name="sentence"/> tells of the event (<paramref name="name"/>, <paramref name="noun"/>).</summary>
    public static bool Tells(string sentence, string? name, string noun)
    {
        if (name is not null)
            return sentence.Contains(name, StringComparison.Ordinal);
        var kind = KindOf(noun);
        foreach (var word in Words(sentence))
        {
            var lower = word.ToLowerInvariant();
            if (lower == noun || (kind is not null && KindOf(lower) == kind))
                return true;
        }
        return false;
    }

    /// <summary>The kinds of happening <paramref name="text"/> tells of, as a bit set (0 when none).</summary>
    public static int KindsIn(string text)
    {
        var kinds = 0;
        foreach (var word in Words(text))
        {
            if (KindOf(word.ToLowerInvariant()) is { } kind)
                kinds |= 1 << KindNames.IndexOf(kind);
        }
        return kinds;
    }

    /// <summary>Whether a sentence has an "after/before the …" phrase at all; cheap, so most sentences skip the rest.</summary>
    public static bool MayReference(string sentence) =>
        sentence.Contains("after the", StringComparison.OrdinalIgnoreCase) || sentence.Contains("before the", StringComparison.OrdinalIgnoreCase);

    private static string? KindOf(string word) => Kinds.GetValueOrDefault(word);

    // Words of one kind of happening, as news names them in nouns and verbs.
    private static readonly Dictionary<string, string> Kinds = Build(
        ("attack", "attack attacks attacked bomb bombs bombing bombings bombed blast blasts explosion explosions exploded " +
                   "explode blew strike strikes struck airstrike airstrikes ambush ambushed raid raided shelling shelled " +
                   "assault stormed massacre killing shooting shot battle destroyed destruction demolished"),
        ("meeting", "meeting meetings met talks summit visit visited conference"),
        ("vote", "election elections vote voted referendum ballot"),
        ("agreement", "agreement deal ceasefire truce accord signed signing"),
        ("arrest", "arrest arrests arrested detained detention"));

    private static readonly List<string> KindNames = ["attack", "meeting", "vote", "agreement", "arrest"];

    private static Dictionary<string, string> Build(params (string Kind, string Words)[] kinds)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, words) in kinds)
        {
            foreach (var word in words.Split(' '))
                result[word] = kind;
        }
        return result;
    }

    private static bool Is(string word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
                i++;
            words.Add(text[start..i]);
        }
        return words;
    }
}
