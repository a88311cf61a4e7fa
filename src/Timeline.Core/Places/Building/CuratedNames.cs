using System.Text.Json;

namespace Timeline.Core.Places.Building;

/// <summary>
/// Reads the curated names file (<c>GazetteerSources/curated/names.json</c>, owned by the matcher side):
/// <c>[{"name":"Hasakeh","place":"SY-HA","kind":"alias","source":"…"}]</c>, kinds <c>alias|demonym|abbreviation</c>.
/// Every entry must name an existing place; a bad entry fails the build naming the file and entry.
/// </summary>
internal static class CuratedNames
{
    public static List<PlaceName> Read(string path, IReadOnlyDictionary<string, Place> places)
    {
        using var doc = CuratedPlaces.Parse(path);
        var result = new List<PlaceName>();
        var seen = new HashSet<(string, string, NameKind)>();
        var index = 0;
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var name = Text(e, "name");
            var place = Text(e, "place");
            var kindText = Text(e, "kind");
            string? problem =
                name is null ? "missing 'name'"
                : place is null ? "missing 'place'"
                : Text(e, "source") is null ? "missing 'source'"
                : !places.ContainsKey(place) ? $"unknown place id '{place}'"
                : kindText is not ("alias" or "demonym" or "abbreviation") ? $"kind must be alias, demonym or abbreviation, not '{kindText}'"
                : null;
            if (problem is not null)
                throw new InvalidDataException($"{path}, entry {index} ('{name}'): {problem}");
            var kind = Enum.Parse<NameKind>(kindText!, ignoreCase: true);
            if (seen.Add((name!, place!, kind)))
                result.Add(new PlaceName(name!, place!, kind));
            index++;
        }
        return [.. result.OrderBy(n => n.PlaceId, StringComparer.Ordinal).ThenBy(n => n.Text, StringComparer.Ordinal).ThenBy(n => n.Kind)];
    }

    private static string? Text(JsonElement e, string member) =>
        e.TryGetProperty(member, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
}
