using System.Text.Json;
using NetTopologySuite.Geometries;
using Timeline.Core.Places;
using Timeline.Core.Time;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Web.Tests.Support;

/// <summary>
/// A small, hand-made world for tests that must not depend on the extractor or the full gazetteer: Syria with the
/// Hasakah and Damascus governorates (rectangles), Al-Hol camp inside Hasakah, Damascus city, and a store with events
/// in both. Shared by the web and browser tests.
/// </summary>
public static class TestWorld
{
    public const string Syria = "SY";
    public const string Hasakah = "SY-HA";
    public const string Damascus = "SY-DI";
    public const string AlHol = "curated:al-hol-camp";
    public const string DamascusCity = "gn:170654";

    public static Gazetteer Gazetteer() => new([
        Place(Syria, "Syria", PlaceKind.Country, [], Box(35.7, 32.3, 42.4, 37.3), 35.0, 38.5),
        Place(Hasakah, "Al-Hasakah", PlaceKind.Admin1, [Syria], Box(39.8, 35.6, 42.4, 37.3), 36.5, 40.9) with { Admin1Id = Hasakah },
        Place(Damascus, "Damascus", PlaceKind.Admin1, [Syria], Box(36.0, 33.0, 37.5, 34.0), 33.5, 36.3) with { Admin1Id = Damascus },
        Place(AlHol, "Al-Hol camp", PlaceKind.Camp, [Syria, Hasakah], null, 36.38, 41.15) with { Admin1Id = Hasakah },
        Place(DamascusCity, "Damascus", PlaceKind.City, [Syria, Damascus], null, 33.51, 36.29) with { Admin1Id = Damascus },
    ]);

    /// <summary>Writes the map layers of the world (countries.geojson, admin1.geojson) into <paramref name="folder"/>.</summary>
    public static void WriteBundle(string folder)
    {
        Directory.CreateDirectory(folder);
        var gazetteer = Gazetteer();
        File.WriteAllText(Path.Combine(folder, "countries.geojson"), FeatureCollection(gazetteer.Places.Where(p => p.Kind == PlaceKind.Country)));
        File.WriteAllText(Path.Combine(folder, "admin1.geojson"), FeatureCollection(gazetteer.Places.Where(p => p.Kind == PlaceKind.Admin1)));
    }

    /// <summary>
    /// Creates a migrated store in <paramref name="dataFolder"/> with two articles and four events, plus, when
    /// <paramref name="generated"/> &gt; 0, an article of that many generated events for scrolling: the first half in
    /// Damascus city one a day from 1 Jan 2023 (before the four), the second half at Al-Hol camp one a day from 1 Jan 2026
    /// (after them). Sentences read "Generated event N in PLACE.".
    /// </summary>
    public static TimelineStore WriteStore(string dataFolder, int generated = 0)
    {
        var store = TimelineStore.InDataFolder(dataFolder);
        store.Migrate();
        using var db = store.CreateContext();
        db.Articles.Add(Article("hasakah.txt", new DateOnly(2025, 2, 25), "News Desk - The Cradle",
            ("Hundreds of families left Al-Hol camp on Monday.", new DateOnly(2025, 2, 24), new DateOnly(2025, 2, 24), DatePrecision.Day, DateBasis.Relative, "on Monday", [("Al-Hol camp", AlHol)]),
            ("Fighting spread across Al-Hasakah last month.", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), DatePrecision.Month, DateBasis.Relative, "last month", [("Al-Hasakah", Hasakah)])));
        db.Articles.Add(Article("damascus.txt", new DateOnly(2024, 12, 27), "Reuters",
            ("A delegation arrived in Damascus on 26 December.", new DateOnly(2024, 12, 26), new DateOnly(2024, 12, 26), DatePrecision.Day, DateBasis.Explicit, "on 26 December", [("Damascus", DamascusCity)]),
            ("Talks in Damascus continued <script>alert(1)</script> into the night.", new DateOnly(2024, 12, 27), new DateOnly(2024, 12, 27), DatePrecision.Day, DateBasis.Publication, null, [("Damascus", DamascusCity)])));
        if (generated > 0)
            db.Articles.Add(Article("generated.txt", new DateOnly(2026, 12, 31), "Generator", [.. Enumerable.Range(1, generated).Select(Generated(generated))]));
        db.SaveChanges();
        store.RebuildHierarchy(Gazetteer());
        return store;
    }

    private static Func<int, (string, DateOnly, DateOnly, DatePrecision, DateBasis, string?, (string, string)[])> Generated(int total) => n =>
    {
        var (name, id, day) = n <= total / 2
            ? ("Damascus", DamascusCity, new DateOnly(2023, 1, 1).AddDays(n - 1))
            : ("Al-Hol camp", AlHol, new DateOnly(2026, 1, 1).AddDays(n - 1 - total / 2));
        return ($"Generated event {n} in {name}.", day, day, DatePrecision.Day, DateBasis.Explicit, null, [(name, id)]);
    };

    private static ArticleRecord Article(string file, DateOnly published, string source,
        params (string Sentence, DateOnly Start, DateOnly End, DatePrecision Precision, DateBasis Basis, string? DateText, (string Mention, string PlaceId)[] Places)[] events)
    {
        var gazetteer = Gazetteer();
        var body = string.Join(" ", events.Select(e => e.Sentence));
        var article = new ArticleRecord
        {
            ContentHash = file, FileName = file, Published = published, Source = source, Title = file, Body = body,
            ImportedAt = DateTimeOffset.UnixEpoch,
        };
        var offset = 0;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var record = new EventRecord
            {
                Ordinal = i, SentenceStart = offset, SentenceEnd = offset + e.Sentence.Length, Sentence = e.Sentence,
                DateStart = e.Start, DateEnd = e.End, Precision = e.Precision, Basis = e.Basis,
                Edtf = e.Precision == DatePrecision.Month ? e.Start.ToString("yyyy-MM") : e.Start.ToString("yyyy-MM-dd"),
                DateText = e.DateText,
            };
            foreach (var (mention, placeId) in e.Places)
            {
                var place = gazetteer.Find(placeId)!;
                var start = offset + e.Sentence.IndexOf(mention, StringComparison.Ordinal);
                record.Places.Add(new EventPlaceRecord
                {
                    PlaceId = place.Id, PlaceName = place.Name, Kind = place.Kind, CountryCode = place.CountryCode,
                    Admin1Id = place.Admin1Id, Latitude = place.Latitude, Longitude = place.Longitude,
                    Mention = mention, MentionStart = start, MentionEnd = start + mention.Length, Confidence = 1, Reason = "test",
                });
            }
            article.Events.Add(record);
            offset += e.Sentence.Length + 1;
        }
        return article;
    }

    private static Place Place(string id, string name, PlaceKind kind, string[] ancestors, Geometry? geometry, double lat, double lon) =>
        new(id, name, kind, "SY", [], lat, lon, 0, ancestors, geometry, "test");

    private static Polygon Box(double west, double south, double east, double north) =>
        GeoFactory.Instance.CreatePolygon([
            new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
            new Coordinate(west, north), new Coordinate(west, south),
        ]);

    private static string FeatureCollection(IEnumerable<Place> places) => JsonSerializer.Serialize(new
    {
        type = "FeatureCollection",
        features = places.Select(p => new
        {
            type = "Feature",
            id = p.Id,
            properties = new { id = p.Id, name = p.Name, country = p.CountryCode },
            geometry = new
            {
                type = "Polygon",
                coordinates = new[] { p.Geometry!.Coordinates.Select(c => new[] { c.X, c.Y }).ToArray() },
            },
        }),
    });
}
