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
        var words = new List<Range>();
        foreach (var word in new WordEnumerator(sentence))
            words.Add(word);
        var text = sentence.AsSpan();
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!(Is(text[words[i]], "after") || Is(text[words[i]], "before")) || !Is(text[words[i + 1]], "the"))
                continue;
            var j = i + 2;
            while (j < words.Count && j < i + 5 && char.IsUpper(text[words[j]][0]))
                j++;
            var name = j > i + 2 ? sentence[words[i + 2].Start..words[j - 1].End] : null;
            if (j < words.Count && char.IsLower(text[words[j]][0]))
                return (name, sentence[words[j]].ToLowerInvariant());
        }
        return null;
    }

    /// <summary>Whether <paramref name="sentence"/> tells of the event (<paramref name="name"/>, <paramref name="noun"/>).</summary>
    public static bool Tells(string sentence, string? name, string noun)
    {
        if (name is not null)
            return sentence.Contains(name, StringComparison.Ordinal);
        var kind = KindLookup.TryGetValue(noun, out var k) ? k : -1;
        foreach (var range in new WordEnumerator(sentence))
        {
            var word = sentence.AsSpan()[range];
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase) || (kind >= 0 && KindLookup.TryGetValue(word, out var other) && other == kind))
                return true;
        }
        return false;
    }

    /// <summary>The kinds of happening <paramref name="text"/> tells of, as a bit set (0 when none). Allocates nothing.</summary>
    public static int KindsIn(ReadOnlySpan<char> text)
    {
        var kinds = 0;
        foreach (var range in new WordEnumerator(text))
        {
            if (KindLookup.TryGetValue(text[range], out var kind))
                kinds |= 1 << kind;
        }
        return kinds;
    }

    /// <summary>Whether a sentence has an "after/before the …" phrase at all; cheap, so most sentences skip the rest.</summary>
    public static bool MayReference(string sentence) =>
        sentence.Contains("after the", StringComparison.OrdinalIgnoreCase) || sentence.Contains("before the", StringComparison.OrdinalIgnoreCase);

    // Words of one kind of happening, as news names them in nouns and verbs; the value is the kind's bit.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> KindLookup = Build(
        "attack attacks attacked bomb bombs bombing bombings bombed blast blasts explosion explosions exploded explode " +
        "blew strike strikes struck airstrike airstrikes ambush ambushed raid raided shelling shelled assault stormed " +
        "massacre killing shooting shot battle destroyed destruction demolished",
        "meeting meetings met talks summit visit visited conference",
        "election elections vote voted referendum ballot",
        "agreement deal ceasefire truce accord signed signing",
        "arrest arrests arrested detained detention");

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Build(params string[] kinds)
    {
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            foreach (var word in kinds[kind].Split(' '))
                result[word] = kind;
        }
        return result.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool Is(ReadOnlySpan<char> word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of a text (letters and inner hyphens) as ranges, without allocating.</summary>
    private ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public Range Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _next;
            while (i < _text.Length && !char.IsLetter(_text[i]))
                i++;
            if (i >= _text.Length)
                return false;
            var start = i;
            while (i < _text.Length && (char.IsLetter(_text[i]) || _text[i] == '-'))
                i++;
            Current = start..i;
            _next = i;
            return true;
        }
    }
}
