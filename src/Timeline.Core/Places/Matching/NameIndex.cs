using System.Runtime.CompilerServices;

namespace Timeline.Core.Places.Matching;

/// <summary>What one complete name in the trie denotes.</summary>
/// <param name="Places">Places with this name as primary name or alias (strongest kind first).</param>
/// <param name="Kind">Strongest kind among <paramref name="Places"/> (Primary beats Alias).</param>
/// <param name="Demonyms">Places this word is a demonym of ("Iraqi" → Iraq); when present they win.</param>
/// <param name="Abbreviations">Places this is an abbreviation of; matched only when written in capitals.</param>
/// <param name="Risky">Everyday English words ("Nice", "Van", "Old Bridge"): need a capital away from a sentence start.</param>
internal sealed record NameTerminal(Place[] Places, NameKind Kind, Place[] Demonyms, Place[] Abbreviations, bool Risky);

/// <summary>
/// A trie over folded tokens of every gazetteer name: one dictionary lookup per text token finds the token's
/// id, one per step walks the trie. Built once per gazetteer (cached) and read-only afterwards, so it is
/// thread-safe.
/// </summary>
/// <remarks>
/// Why not <c>SearchValues&lt;string&gt;</c>: it finds occurrences of fixed strings (Aho–Corasick/Teddy inside)
/// but reports neither which value matched nor all values at a position, knows nothing of word boundaries,
/// and would need the text folded to a new string first. A token trie gets boundaries for free, maps every
/// match back to original offsets, and lets case rules look at each word.
/// </remarks>
internal sealed class NameIndex
{
    private static readonly ConditionalWeakTable<Gazetteer, NameIndex> Cache = new();

    // Admin words around official names ("Muhafazat al Hasakah", "Sinjar District"): also indexed without them,
    // because the matcher absorbs them as qualifiers and the geocoder weighs them.
    private static readonly HashSet<string> TrailingAdminWords =
        ["governorate", "province", "district", "subdistrict", "muhafazah", "qada", "qadaa", "nahiya", "nahiyah", "mohafazat"];
    private static readonly HashSet<string> LeadingAdminWords =
        ["muhafazat", "muhafazah", "mohafazat", "qada", "qadaa", "qadha", "nahiyat", "nahiya", "mintaqat", "mantiqat", "liwa", "ostan", "provincia"];

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly TokenTable _tokenTable;
    private readonly Dictionary<long, int> _edges = new();
    private readonly Dictionary<int, NameTerminal> _terminals = new();

    // The matcher steps from the root once per known word and asks for a terminal after every step: arrays by token id
    // and by node answer those without hashing (deeper steps are rare and stay in _edges).
    private readonly int[] _rootChildren;
    private readonly NameTerminal?[] _terminalAt;
    private int _nodeCount = 1;

    private NameIndex(Gazetteer gazetteer)
    {
        var entries = new Dictionary<int, List<(Place Place, NameKind Kind)>>();
        var famous = new HashSet<int>();
        var key = new List<string>(8);
        foreach (var name in gazetteer.Names)
        {
            var place = gazetteer.Find(name.PlaceId)!;
            // GeoNames lists airport and station codes ("SDF", "EBL", "DAM") as alternate names; in news those
            // letters are acronyms of organisations, so only curated abbreviations may be written in capitals.
            if (name.Kind == NameKind.Alias && name.Text.Length <= 4 && name.Text.All(char.IsUpper))
                continue;
            foreach (var variant in Variants(name.Text, key))
            {
                if (!Indexable(variant, name.Kind))
                    continue;
                var node = Insert(variant);
                if (!entries.TryGetValue(node, out var list))
                    entries[node] = list = [];
                list.Add((place, name.Kind));
                if (IsFamous(place))
                    famous.Add(node);
            }
        }

        foreach (var (node, list) in entries)
            _terminals[node] = Terminal(list, IsRiskyKey(node, famous.Contains(node)));
        _commonWordNodes.Clear();
        _definiteCommonNodes.Clear();
        _tokenTable = new TokenTable(_vocabulary);
        _rootChildren = new int[_vocabulary.Count];
        foreach (var (edge, child) in _edges)
        {
            if (edge >> 32 == 0)
                _rootChildren[(int)(uint)edge] = child;
        }
        _terminalAt = new NameTerminal?[_nodeCount];
        foreach (var (node, terminal) in _terminals)
            _terminalAt[node] = terminal;
        TokenCount = _vocabulary.Count;
        NodeCount = _nodeCount;
    }

    /// <summary>The index for a gazetteer, built on first use.</summary>
    public static NameIndex For(Gazetteer gazetteer) => Cache.GetValue(gazetteer, g => new NameIndex(g));

    public int TokenCount { get; }

    public int NodeCount { get; }

    /// <summary>The id of a folded token, or -1 when no name contains it.</summary>
    public int TokenId(ReadOnlySpan<char> folded) => _tokenTable.Find(folded);

    public bool TryStep(int node, int tokenId, out int child)
    {
        if (node != 0)
            return _edges.TryGetValue(Edge(node, tokenId), out child);
        // The root is node 0 and never anyone's child, so 0 here means "no such name starts with this word".
        child = _rootChildren[tokenId];
        return child != 0;
    }

    public NameTerminal? TerminalAt(int node) => _terminalAt[node];

    /// <summary>The terminal for a whole name typed by a user (case rules do not apply), or null.</summary>
    public NameTerminal? Lookup(string name)
    {
        var node = 0;
        var folded = FoldedText.Create(name);
        foreach (var token in folded.Tokens)
        {
            if (token.Has(TokenFlags.Article))
                continue;
            var id = TokenId(folded.Folded(token));
            if (id < 0 || !TryStep(node, id, out node))
                return null;
        }
        return node == 0 ? null : TerminalAt(node);
    }

    private static long Edge(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;

    /// <summary>Nodes whose name is made of everyday English words only ("Nice", "Old Bridge", "The City").</summary>
    private readonly HashSet<int> _commonWordNodes = new();

    /// <summary>Everyday-word names that begin with "the" ("The City"): risky even for famous places.</summary>
    private readonly HashSet<int> _definiteCommonNodes = new();

    private int Insert(List<string> tokens)
    {
        var node = 0;
        foreach (var token in tokens)
        {
            if (!_vocabulary.TryGetValue(token, out var id))
                _vocabulary[token] = id = _vocabulary.Count;
            var edge = Edge(node, id);
            if (!_edges.TryGetValue(edge, out var child))
                _edges[edge] = child = _nodeCount++;
            node = child;
        }
        if (tokens.TrueForAll(MatchWords.Common.Contains))
        {
            _commonWordNodes.Add(node);
            if (tokens.Count > 1 && tokens[0] == "the")
                _definiteCommonNodes.Add(node);
        }
        return node;
    }

    private bool IsRiskyKey(int node, bool famous) =>
        _commonWordNodes.Contains(node) && (!famous || _definiteCommonNodes.Contains(node));

    /// <summary>Famous places keep their name even when it is an English word ("Jordan", "Turkey", "Chad").</summary>
    private static bool IsFamous(Place place) =>
        place.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region or PlaceKind.River
        || place.FeatureCode == "PPLC" || place.Population >= 1_000_000;

    private static bool Indexable(List<string> tokens, NameKind kind)
    {
        if (tokens.Count == 0)
            return false;
        foreach (var token in tokens)
        {
            foreach (var c in token)
            {
                // Names in other scripts never meet English article text; leaving them out saves memory.
                if (c > 127)
                    return false;
            }
        }
        if (tokens.Count > 1 || kind == NameKind.Abbreviation)
            return true;
        var word = tokens[0];
        return word.Length > 2 && !MatchWords.Never.Contains(word) && !word.All(char.IsDigit);
    }

    /// <summary>The folded token keys of a name: as written, and without leading/trailing admin words.</summary>
    private static IEnumerable<List<string>> Variants(string name, List<string> scratch)
    {
        scratch.Clear();
        var folded = FoldedText.Create(name);
        foreach (var token in folded.Tokens)
        {
            if (!token.Has(TokenFlags.Article))
                scratch.Add(folded.Folded(token).ToString());
        }
        yield return scratch;
        if (scratch.Count > 1 && TrailingAdminWords.Contains(scratch[^1]))
            yield return scratch[..^1];
        if (scratch.Count > 1 && LeadingAdminWords.Contains(scratch[0]))
            yield return scratch[1..];
    }

    private static NameTerminal Terminal(List<(Place Place, NameKind Kind)> list, bool risky)
    {
        static Place[] Distinct(IEnumerable<(Place Place, NameKind Kind)> items) =>
            items.OrderBy(e => e.Kind).Select(e => e.Place).DistinctBy(p => p.Id).ToArray();

        var names = list.Where(e => e.Kind is NameKind.Primary or NameKind.Alias).ToList();
        var kind = names.Count == 0 ? NameKind.Alias : names.Min(e => e.Kind);
        return new NameTerminal(
            Distinct(names),
            kind,
            Distinct(list.Where(e => e.Kind == NameKind.Demonym)),
            Distinct(list.Where(e => e.Kind == NameKind.Abbreviation)),
            risky);
    }
}
