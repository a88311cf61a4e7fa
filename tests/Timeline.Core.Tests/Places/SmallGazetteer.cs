using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

/// <summary>
/// A hand-made gazetteer of real places (GeoNames ids, coordinates and codes), small enough to read, with the
/// traps the rules must handle: a name in two countries (Sinjar), a province and its seat (Hasakah), a capital
/// inside its same-named province (Damascus), English words that are places (Nice, Van, May, Most, Of),
/// surnames that are places (Sudani, Baghdadi), and demonyms.
/// </summary>
public static class SmallGazetteer
{
    public static Gazetteer Instance { get; } = Build();

    private static Place P(string id, string name, PlaceKind kind, string? country, double lat, double lon, long pop,
        string[] ancestors, string? admin1, string? code, params string[] aliases) =>
        new(id, name, kind, country, aliases, lat, lon, pop, ancestors, null, "test") { Admin1Id = admin1, FeatureCode = code };

    private static Gazetteer Build()
    {
        Place[] places =
        [
            P("SY", "Syria", PlaceKind.Country, "SY", 35.0, 38.5, 17_000_000, [], null, null, "Syrian Arab Republic"),
            P("IQ", "Iraq", PlaceKind.Country, "IQ", 33.0, 44.0, 40_000_000, [], null, null, "Republic of Iraq"),
            P("TR", "Turkey", PlaceKind.Country, "TR", 39.0, 35.0, 85_000_000, [], null, null, "Türkiye"),
            P("IR", "Iran", PlaceKind.Country, "IR", 32.0, 53.0, 85_000_000, [], null, null),
            P("US", "United States", PlaceKind.Country, "US", 39.8, -98.6, 330_000_000, [], null, null, "United States of America"),
            P("FR", "France", PlaceKind.Country, "FR", 46.0, 2.0, 67_000_000, [], null, null),
            P("SY-HA", "Al-Hasakah", PlaceKind.Admin1, "SY", 36.35, 40.91, 0, ["SY"], "SY-HA", null, "Hasakah", "Hasakeh", "Al Hasakah Governorate"),
            P("SY-ID", "Idlib", PlaceKind.Admin1, "SY", 35.79, 36.68, 0, ["SY"], "SY-ID", null, "Idleb"),
            P("SY-DI", "Damascus", PlaceKind.Admin1, "SY", 33.5, 36.3, 0, ["SY"], "SY-DI", null, "Dimashq"),
            P("SY-HI", "Homs", PlaceKind.Admin1, "SY", 34.6, 38.0, 0, ["SY"], "SY-HI", null, "Hims"),
            P("SY-DY", "Deir ez-Zor", PlaceKind.Admin1, "SY", 35.13, 40.32, 0, ["SY"], "SY-DY", null, "Deir al-Zour", "Dayr az Zawr", "Deir Ezzor"),
            P("IQ-NI", "Nineveh", PlaceKind.Admin1, "IQ", 35.92, 42.75, 0, ["IQ"], "IQ-NI", null, "Ninawa", "Ninewa"),
            P("IQ-AR", "Erbil", PlaceKind.Admin1, "IQ", 36.2, 44.3, 0, ["IQ"], "IQ-AR", null, "Arbil", "Hawler", "Irbil"),
            P("IQ-DA", "Duhok", PlaceKind.Admin1, "IQ", 37.06, 43.17, 0, ["IQ"], "IQ-DA", null, "Dohuk", "Dahuk"),
            P("IQ-AN", "Al Anbar", PlaceKind.Admin1, "IQ", 33.11, 41.52, 0, ["IQ"], "IQ-AN", null, "Anbar"),
            P("gn:9166620", "Sinjar District", PlaceKind.Admin2, "IQ", 36.32, 41.88, 0, ["IQ", "IQ-NI"], "IQ-NI", "ADM2", "Sinjar", "Shingal", "Shengal"),
            P("gn:448149", "Sinjar", PlaceKind.City, "IQ", 36.3209, 41.87656, 38294, ["IQ", "IQ-NI", "gn:9166620"], "IQ-NI", "PPLA2", "Shingal", "Sinjār"),
            P("gn:164094", "Sinjar", PlaceKind.Village, "SY", 35.59011, 37.00472, 0, ["SY", "SY-ID"], "SY-ID", "PPLA3", "Sinjār"),
            P("gn:164816", "Saraqib", PlaceKind.Town, "SY", 35.86447, 36.80591, 34231, ["SY", "SY-ID"], "SY-ID", "PPLA3", "Sarāqib"),
            P("gn:173811", "Al-Hasakah", PlaceKind.City, "SY", 36.50237, 40.74772, 81539, ["SY", "SY-HA"], "SY-HA", "PPLA", "Al Ḩasakah", "Hasakah", "Hasakeh", "Al Hasaka"),
            P("gn:173377", "Qamishli", PlaceKind.City, "SY", 37.05215, 41.23142, 0, ["SY", "SY-HA"], "SY-HA", "PPLA2", "Al Qāmishlī", "Qamishlo", "Kamishli"),
            P("gn:173797", "Al-Hawl", PlaceKind.Town, "SY", 36.39042, 41.14983, 0, ["SY", "SY-HA"], "SY-HA", "PPLA3", "Al Ḩawl", "Al-Hol"),
            P("al-hol-camp", "Al-Hol camp", PlaceKind.Camp, "SY", 36.38, 41.15, 0, ["SY", "SY-HA"], "SY-HA", null, "al-Hawl camp"),
            P("gn:170654", "Damascus", PlaceKind.City, "SY", 33.5102, 36.29128, 1569394, ["SY", "SY-DI"], "SY-DI", "PPLC", "Dimashq"),
            P("gn:169577", "Homs", PlaceKind.City, "SY", 34.72682, 36.72339, 775404, ["SY", "SY-HI"], "SY-HI", "PPLA", "Hims"),
            P("gn:170794", "Deir ez-Zor", PlaceKind.City, "SY", 35.33588, 40.14084, 242565, ["SY", "SY-DY"], "SY-DY", "PPLA", "Deir al-Zour", "Deir Ezzor"),
            P("gn:95446", "Erbil", PlaceKind.City, "IQ", 36.18333, 44.01193, 1612700, ["IQ", "IQ-AR"], "IQ-AR", "PPLA", "Arbil", "Hawler", "Irbil"),
            P("gn:99072", "Mosul", PlaceKind.City, "IQ", 36.335, 43.11889, 1683000, ["IQ", "IQ-NI"], "IQ-NI", "PPLA", "Mawsil", "Al Mawsil"),
            P("gn:98182", "Baghdad", PlaceKind.City, "IQ", 33.34058, 44.40088, 7216000, ["IQ"], "IQ-BG", "PPLC"),
            P("gn:95788", "Hit", PlaceKind.City, "IQ", 33.63664, 42.82768, 31901, ["IQ", "IQ-AN"], "IQ-AN", "PPLA2", "Hīt"),
            P("gn:baghdadi", "Al Baghdadi", PlaceKind.Town, "IQ", 33.87, 42.53, 9000, ["IQ", "IQ-AN"], "IQ-AN", "PPL", "Baghdadi"),
            P("gn:sudani", "As Sudani", PlaceKind.Village, "IQ", 31.5, 46.0, 800, ["IQ"], null, "PPL", "Sudani"),
            P("gn:hamid", "Hamid", PlaceKind.Village, "PK", 30.1, 71.0, 1200, [], null, "PPL"),
            P("gn:2990440", "Nice", PlaceKind.City, "FR", 43.70313, 7.26608, 342669, ["FR"], null, "PPLA2", "Nizza"),
            P("gn:298117", "Van", PlaceKind.City, "TR", 38.49457, 43.38323, 371713, ["TR"], null, "PPLA"),
            P("gn:may", "May", PlaceKind.Village, "US", 31.97, -98.91, 285, ["US"], null, "PPL"),
            P("gn:most", "Most", PlaceKind.City, "CZ", 50.503, 13.636, 66000, [], null, "PPLA2"),
            P("gn:of", "Of", PlaceKind.Town, "TR", 40.95, 40.26, 22000, ["TR"], null, "PPLA2"),
            P("gn:kobani", "Kobani", PlaceKind.City, "SY", 36.89, 38.35, 44821, ["SY", "SY-HL"], "SY-HL", "PPLA2", "Kobane", "Ayn al-Arab", "Ain al-Arab", "Ayn al Arab"),
            P("gn:daraa", "Daraa", PlaceKind.City, "SY", 32.6189, 36.1021, 97969, ["SY", "SY-DR"], "SY-DR", "PPLA", "Dar'a", "Deraa", "Darʿā"),
            P("gn:ras-al-ayn", "Ras al-Ayn", PlaceKind.Town, "SY", 36.85, 40.07, 29347, ["SY", "SY-HA"], "SY-HA", "PPLA2", "Raʾs al ʿAyn", "Serekaniye"),
            P("mount-sinjar", "Mount Sinjar", PlaceKind.Mountain, "IQ", 36.37, 41.73, 0, ["IQ", "IQ-NI"], "IQ-NI", null, "Jabal Sinjar", "Sinjar Mountains"),
            P("northeast-syria", "Northeast Syria", PlaceKind.Region, "SY", 36.3, 40.5, 0, ["SY"], null, null, "North and East Syria"),
            P("kurdistan-region", "Kurdistan Region", PlaceKind.Region, "IQ", 36.4, 44.4, 0, ["IQ"], null, null, "Iraqi Kurdistan"),
            P("iq-sy-border", "Iraq–Syria border", PlaceKind.Border, null, 34.9, 41.2, 0, [], null, null, "Iraqi-Syrian border", "Syrian-Iraqi border"),
            P("gn:new-york", "New York", PlaceKind.City, "US", 40.71, -74.0, 8_000_000, ["US"], null, "PPL"),
        ];
        PlaceName[] extra =
        [
            new("Syrian", "SY", NameKind.Demonym), new("Iraqi", "IQ", NameKind.Demonym), new("Turkish", "TR", NameKind.Demonym),
            new("Iranian", "IR", NameKind.Demonym), new("American", "US", NameKind.Demonym), new("US", "US", NameKind.Abbreviation),
            new("U.S.", "US", NameKind.Abbreviation), new("KRI", "kurdistan-region", NameKind.Abbreviation),
        ];
        return new Gazetteer(places, extra);
    }
}
