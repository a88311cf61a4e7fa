using System.Globalization;
using System.Text;
using Timeline.Core.Places;

namespace Timeline.Web.Places;

/// <summary>A place as the filter bar offers it.</summary>
public sealed record PlaceOption(string Id, string Name, PlaceKind Kind, string? Context)
{
    /// <summary>"Al-Hasakah (admin1, SY)".</summary>
    public string Display => Context is null ? $"{Name} ({Kind.ToString().ToLowerInvariant()})" : $"{Name} ({Kind.ToString().ToLowerInvariant()}, {Context})";
}

/// <summary>
/// Finds places by name for the filter bar: names that start with the text first, then names that contain it; within
/// each, larger units first (country, admin-1 …), then population. Case and diacritics are ignored.
/// </summary>
public sealed class PlaceSearch(Gazetteer gazetteer)
{
    public const int DefaultMax = 20;

    // The gazetteer's names folded once (about 230,000, one table for the whole server): folding them in every search
    // made a search take 134 ms, 9 ms with the table (p50 over ten typed prefixes, the dashboard benchmark).
    private readonly Lazy<(string Folded, string PlaceId)[]> _names = new(() => gazetteer.Names
        .Where(name => name.Kind != NameKind.Demonym)
        .Select(name => (Fold(name.Text), name.PlaceId))
        .ToArray());

    public IReadOnlyList<PlaceOption> Search(string? text, int max = DefaultMax)
    {
        var needle = Fold(text);
        if (needle.Length == 0)
            return [];
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (folded, placeId) in _names.Value)
        {
            var index = folded.IndexOf(needle, StringComparison.Ordinal);
            if (index < 0)
                continue;
            var score = index == 0 ? 0 : 1;
            if (!best.TryGetValue(placeId, out var previous) || score < previous)
                best[placeId] = score;
        }
        return best
            .Select(pair => (Place: gazetteer.Find(pair.Key)!, Score: pair.Value))
            .OrderBy(p => p.Score).ThenBy(p => Rank(p.Place.Kind)).ThenByDescending(p => p.Place.Population).ThenBy(p => p.Place.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(p => Describe(p.Place))
            .ToList();
    }

    /// <summary>The option for a place id, or null when the gazetteer does not know it.</summary>
    public PlaceOption? Find(string? id) => id is not null && gazetteer.Find(id) is { } place ? Describe(place) : null;

    private PlaceOption Describe(Place place)
    {
        var parent = place.AncestorIds.Count > 0 ? gazetteer.Find(place.AncestorIds[^1])?.Name : null;
        return new PlaceOption(place.Id, place.Name, place.Kind, parent ?? place.CountryCode);
    }

    private static int Rank(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Region => 1,
        PlaceKind.Admin1 => 2,
        PlaceKind.Admin2 => 3,
        PlaceKind.City => 4,
        _ => 5,
    };

    private static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('-' or '\'' or '’'))
                folded.Append(c);
        }
        return folded.ToString();
    }
}
