namespace Timeline.Core.Places.Matching;

/// <summary>
/// Folded token → id, looked up by span without allocating. Open addressing with an FNV-1a hash: the names are
/// fixed once built and not chosen by an attacker, so a cheap hash beats the randomised string hash of
/// <see cref="Dictionary{TKey,TValue}"/> by several times on the matcher's hot path (one lookup per word).
/// </summary>
internal sealed class TokenTable
{
    private readonly string?[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;

    public TokenTable(IReadOnlyDictionary<string, int> tokens)
    {
        var size = 16;
        while (size < tokens.Count * 2)
            size <<= 1;
        _keys = new string?[size];
        _ids = new int[size];
        _mask = size - 1;
        foreach (var (key, id) in tokens)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null)
                slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _ids[slot] = id;
        }
    }

    /// <summary>The id of the token, or -1.</summary>
    public int Find(ReadOnlySpan<char> token)
    {
        var slot = Hash(token) & _mask;
        while (_keys[slot] is { } key)
        {
            if (key.AsSpan().SequenceEqual(token))
                return _ids[slot];
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s)
            h = (h ^ c) * 16777619u;
        return (int)(h ^ (h >> 15));
    }
}
