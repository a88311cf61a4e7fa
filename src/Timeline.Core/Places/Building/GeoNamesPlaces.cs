using System.Globalization;

namespace Timeline.Core.Places.Building;

/// <summary>
/// Turns GeoNames rows into places: admin-2 areas (as points) and populated places, each with ancestors
/// country → admin-1 → admin-2 from its codes, or by point-in-polygon where a code does not map.
/// </summary>
internal static class GeoNamesPlaces
{
    public static void Add(GazetteerDraft draft, string packagesDir, IReadOnlyDictionary<string, string> admin1ByGeoNames, IReadOnlySet<string> countryCodes)
    {
        var rows = GeoNamesSource.ReadCities(packagesDir);
        var admin2Names = GeoNamesSource.ReadAdmin2Names(packagesDir);
        var kept = rows.Where(Keep).OrderBy(r => r.Id).ToList();
        var placeIds = kept.Select(r => "gn:" + r.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);

        var members = rows.Where(r => r.Admin2Key is { } k && admin2Names.ContainsKey(k))
            .GroupBy(r => r.Admin2Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Every admin-2 of the focus countries; elsewhere only those a kept place lies in.
        var wanted = members.Keys.Where(k => GazetteerBuilder.FocusCountries.Contains(k[..2]))
            .Concat(kept.Select(r => r.Admin2Key).OfType<string>().Where(members.ContainsKey))
            .ToHashSet(StringComparer.Ordinal);

        var admin2Ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in wanted.Order(StringComparer.Ordinal))
        {
            var id = Admin2Id(key, placeIds);
            placeIds.Add(id);
            admin2Ids[key] = id;
            var group = members[key];
            var seat = group.Where(r => r.FeatureCode == "PPLA2").OrderByDescending(r => r.Population).ThenBy(r => r.Id).FirstOrDefault();
            var (lat, lon) = seat is not null ? (seat.Latitude, seat.Longitude) : (group.Average(r => r.Latitude), group.Average(r => r.Longitude));
            var country = countryCodes.Contains(group[0].CountryCode) ? group[0].CountryCode : null;
            var admin1 = Admin1Of(draft, group[0], lat, lon, country, admin1ByGeoNames);
            draft.Add(new Place(id, admin2Names[key], PlaceKind.Admin2, country, [], lat, lon, 0,
                GazetteerDraft.Chain(country, admin1), null, "geonames-admin2") { Admin1Id = admin1 });
        }

        foreach (var row in kept)
        {
            var country = countryCodes.Contains(row.CountryCode) ? row.CountryCode : null;
            var admin1 = Admin1Of(draft, row, row.Latitude, row.Longitude, country, admin1ByGeoNames);
            var admin2 = row.Admin2Key is { } k && admin2Ids.TryGetValue(k, out var a2) ? a2 : null;
            var aliases = SourceText.Aliases(row.Name, [row.AsciiName, .. row.AlternateNames.Split(',')]);
            draft.Add(new Place("gn:" + row.Id.ToString(CultureInfo.InvariantCulture), row.Name,
                GeoNamesSource.KindOf(row.FeatureCode, row.Population), country ?? (row.CountryCode.Length == 2 ? row.CountryCode : null),
                aliases, row.Latitude, row.Longitude, row.Population, GazetteerDraft.Chain(country, admin1, admin2), null, "geonames-cities500")
            {
                Admin1Id = admin1,
                FeatureCode = row.FeatureCode,
            });
        }
    }

    /// <summary>The focus countries keep everything; elsewhere towns of 15,000+ and capitals/admin-1 seats.</summary>
    private static bool Keep(GeoNamesRow r) =>
        GazetteerBuilder.FocusCountries.Contains(r.CountryCode)
        || r.Population >= GazetteerBuilder.MinPopulationElsewhere
        || r.FeatureCode is "PPLC" or "PPLA";

    /// <summary>
    /// <c>gn:&lt;id&gt;</c> when the third part of the GeoNames admin-2 code is a geonameid (as for Iraq and Syria),
    /// else <c>adm2:&lt;code&gt;</c> (many countries use short national codes there, and some reuse one id twice).
    /// </summary>
    internal static string Admin2Id(string key, IReadOnlySet<string> placeIds)
    {
        var third = key[(key.LastIndexOf('.') + 1)..];
        var candidate = "gn:" + third;
        return third.Length >= 5 && third.All(char.IsAsciiDigit) && !placeIds.Contains(candidate) ? candidate : "adm2:" + key;
    }

    private static string? Admin1Of(GazetteerDraft draft, GeoNamesRow row, double lat, double lon, string? country, IReadOnlyDictionary<string, string> admin1ByGeoNames) =>
        row.Admin1Key is { } key && admin1ByGeoNames.TryGetValue(key, out var id)
            ? id
            : country is null ? null : draft.Locate(lon, lat, country).Admin1;
}
