using System.Reflection;

namespace Timeline.Core.Places.Matching;

/// <summary>The small word lists the matching rules use; all folded (lower case, no diacritics).</summary>
internal static class MatchWords
{
    /// <summary>
    /// Words that are never a place on their own, although GeoNames has places with these names
    /// ("Of" in Turkey, "May" in Texas, "Monday"): function words, months, weekdays, titles.
    /// </summary>
    public static readonly HashSet<string> Never =
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "but", "not",
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "do", "did", "does", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "this", "that", "these", "those", "it", "its",
        "he", "she", "his", "her", "him", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me",
        "my", "who", "whom", "which", "what", "when", "where", "why", "how", "all", "any", "some", "no", "nor",
        "so", "as", "if", "then", "than", "also", "after", "before", "since", "until", "while", "during", "about",
        "over", "under", "into", "out", "up", "down", "off", "near", "per", "via", "said", "says", "say", "told",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "week", "month", "year", "day", "night", "morning", "evening",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
        "mr", "mrs", "ms", "dr", "gen", "president", "minister", "prime", "government", "army", "police",
        "forces", "force", "state", "states", "islamic", "ministry", "council", "party", "people", "news",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "city", "town", "village", "province", "governorate", "district", "region", "camp", "border",
        "abu", "umm", "bin", "ibn", "bint", "al", "el",
        // Armed groups and parties of the region's news whose names are also GeoNames aliases ("Hamas" for Hamm).
        "hamas", "hezbollah", "hizbollah", "hizballah", "fatah", "houthi", "houthis", "taliban", "amal",
    ];

    /// <summary>
    /// Words after a possessive place name that make it part of an institution's title ("Iraq's National Security
    /// advisor", "Israel's military", "Nineveh's governor"): the place says whose institution, not where it happened.
    /// </summary>
    public static readonly HashSet<string> InstitutionHeads =
    [
        "ministry", "minister", "military", "army", "air", "navy", "government", "parliament", "president", "presidency",
        "prime", "foreign", "interior", "defence", "defense", "national", "security", "intelligence", "health",
        "migration", "central", "supreme", "interim", "ambassador", "envoy", "embassy", "police", "cabinet", "judiciary",
        "governor", "administration", "state", "top", "chief", "general", "armed", "ruling", "transitional",
    ];

    /// <summary>Capitalised words that open the name of a body of water with "of" ("Gulf of Aden", "Strait of Hormuz").</summary>
    public static readonly HashSet<string> WaterWords = ["gulf", "bay", "sea", "strait", "straits", "lake", "port"];

    /// <summary>
    /// Nouns after a country abbreviation that make it an adjective ("US troops", "U.S. officials", "UK government"):
    /// like "Iraqi forces", these say who, not where. Plural nouns count too (see <see cref="MatchRules.IsAttributive"/>).
    /// </summary>
    public static readonly HashSet<string> AttributiveHeads =
    [
        "military", "army", "navy", "government", "administration", "envoy", "embassy", "official", "president",
        "ambassador", "delegation", "intelligence", "strike", "drone", "aid", "support", "pressure", "policy",
        "presence", "withdrawal", "diplomat", "commander", "command", "department", "treasury", "congress", "senate",
        "coalition", "sanctions", "personnel", "citizen", "journalist", "contractor", "soldier", "warship",
        // Nouns that the plural test cannot see ("forces" is a Never word, "aircraft" has no -s).
        "forces", "force", "aircraft", "dollar", "dollars",
    ];

    /// <summary>Capitalised words that end an armed group's or a party's name ("Arakan Army", "Kachin Independence Army").</summary>
    public static readonly HashSet<string> OrganisationHeads =
        ["army", "front", "movement", "brigade", "brigades", "battalion", "battalions", "militia", "party"];

    /// <summary>Verbs of speaking right before or after a person's name ("said Mehmet Kaya", "Mehmet Kaya told").</summary>
    public static readonly HashSet<string> SpeechVerbs = ["said", "says", "told", "added", "asked", "recalled", "explained", "wrote"];

    /// <summary>Nouns that describe a person after "Name Surname, a …" ("a shopkeeper", "a farmer", "a resident").</summary>
    public static readonly HashSet<string> Roles =
    [
        "shopkeeper", "farmer", "resident", "teacher", "doctor", "nurse", "student", "father", "mother", "man", "woman",
        "lawyer", "journalist", "trader", "driver", "fighter", "soldier", "commander", "activist", "witness", "survivor",
        "spokesman", "spokeswoman", "member", "leader", "official", "researcher", "analyst", "worker", "volunteer",
        "refugee", "merchant", "shepherd", "fisherman", "mechanic", "tailor", "baker", "pharmacist", "engineer", "former",
    ];

    /// <summary>Words before a name that make it a place, even when the text used the name for a person.</summary>
    public static readonly HashSet<string> PlacePrepositions =
        ["in", "near", "from", "to", "at", "into", "outside", "of", "around", "towards", "toward", "across", "through", "via"];

    /// <summary>Words right before a name that make it a person's name ("Prime Minister Sudani", "Sheikh Hama").</summary>
    public static readonly HashSet<string> Titles =
    [
        "president", "minister", "premier", "pm", "gen", "general", "lt", "col", "colonel", "maj", "major",
        "capt", "captain", "sgt", "sergeant", "sheikh", "shaikh", "sheik", "sayyid", "sayed", "imam", "ayatollah",
        "mullah", "emir", "amir", "king", "queen", "prince", "princess", "mr", "mrs", "ms", "dr", "prof", "judge",
        "commander", "cmdr", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "mayor", "cleric",
        "senator", "sen", "rep", "secretary", "chairman", "chief", "bin", "ibn", "bint", "mister", "lady", "lord",
        "saint", "st", "pope", "patriarch", "bishop", "father", "brother", "sister", "uncle", "mullah", "hajji", "haji",
        // An Arabic kunya ("Abu Ali", "Umm Khaled") names a person; "Abu Kamal", "Umm Qasr" match as whole names first.
        "abu", "abou", "umm",
    ];

    /// <summary>
    /// Plural group nouns after an everyday word that make it a regional adjective ("the Gulf states", "Western
    /// powers"), not a place of that name.
    /// </summary>
    public static readonly HashSet<string> GroupNouns =
    [
        "states", "countries", "nations", "monarchies", "allies", "powers", "neighbours", "neighbors", "capitals",
    ];

    /// <summary>Feature words after a name that belong to the mention ("Hasakah Governorate", "Al-Hol camp").</summary>
    public static readonly HashSet<string> SuffixQualifiers =
    [
        "governorate", "governate", "province", "district", "subdistrict", "countryside", "region", "city", "town",
        "village", "camp", "crossing", "mountains", "mountain", "river", "dam", "airport", "airbase", "desert",
        "valley", "lake", "plain", "plains", "neighbourhood", "neighborhood", "area", "oblast", "raion",
    ];

    /// <summary>Feature words before a name: "Mount Sinjar" (part of the mention), "the city of X" (with "of").</summary>
    public static readonly HashSet<string> PrefixQualifiers =
    [
        "mount", "mt", "jabal", "jebel", "lake", "wadi",
    ];

    /// <summary>"the city of X", "the province of X": the word before "of" that qualifies X.</summary>
    public static readonly HashSet<string> OfQualifiers =
    [
        "city", "town", "village", "province", "governorate", "district", "subdistrict", "region", "desert",
        "countryside", "outskirts", "suburbs", "area", "camp",
    ];

    /// <summary>Second halves of hyphenated adjectives that turn a place name into a demonym ("US-led", "Iran-backed").</summary>
    public static readonly HashSet<string> AdjectiveSuffixes =
    [
        "led", "backed", "based", "born", "made", "funded", "supported", "allied", "affiliated", "controlled", "held",
        "run", "brokered", "sponsored", "trained", "armed", "linked", "aligned", "occupied", "administered", "bound",
        "owned", "registered", "flagged", "style", "era", "born", "supplied", "provided",
    ];

    /// <summary>
    /// The 10,000 most frequent English words (see CommonWords.txt): a one-word name that is one of them
    /// must be capitalised away from the start of a sentence to count ("Nice", "Van", "Most", "Hit").
    /// </summary>
    public static readonly HashSet<string> Common = LoadCommon();

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Timeline.Core.Places.Matching.CommonWords.txt")
            ?? throw new InvalidOperationException("Embedded resource CommonWords.txt is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                set.Add(line);
        }
        return set;
    }
}
