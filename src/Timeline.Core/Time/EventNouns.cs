namespace Timeline.Core.Time;

/// <summary>
/// Nouns that name a happening ("attack", "offensive", "coup", "war"): a date right before one names the happening
/// ("the Oct. 7 attack", "Russia's 2022 offensive").
/// </summary>
internal static class EventNouns
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "massacre", "massacres", "bombing", "bombings", "blast", "offensive", "uprising", "protest",
        "protests", "raid", "raids", "assault", "invasion", "incursion", "war", "killings", "events", "revolution", "coup",
        "election", "elections", "vote", "referendum", "ceasefire", "agreement", "deal", "accord", "earthquake",
        "explosion", "explosions", "strike", "strikes", "ambush", "uprisings", "demonstrations", "clashes",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> names a happening.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
