using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Core.Places.Building;

/// <summary>
/// Writes the bundle: <see cref="BundleFormat.PlacesFile"/>, <see cref="BundleFormat.NamesFile"/> and one GeoJSON
/// layer per group (countries; admin-1; curated regions, borders and other shapes). Ordinal id order, LF line ends,
/// UTF-8 without BOM, shortest round-trip numbers: the same input gives the same bytes.
/// </summary>
internal static class BundleWriter
{
    /// <summary>Decimals of polygon coordinates (about 11 m; finer than the simplification tolerance).</summary>
    public const int GeometryDecimals = 4;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<(string File, long Bytes)> Write(string outDir, GazetteerDraft draft, IReadOnlyList<PlaceName> names)
    {
        var places = draft.Places.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var written = new List<(string, long)>
        {
            WriteLines(outDir, BundleFormat.PlacesFile, places, PlaceLine.Write),
            WriteLines(outDir, BundleFormat.NamesFile, names, (w, n) =>
            {
                w.WriteStartObject();
                w.WriteString("name", n.Text);
                w.WriteString("place", n.PlaceId);
                w.WriteString("kind", BundleFormat.NameKindName(n.Kind));
                w.WriteEndObject();
            }),
        };
        var withGeometry = places.Where(p => p.Geometry is not null).ToList();
        written.Add(WriteLayer(outDir, "countries.geojson", withGeometry.Where(p => p.Kind == PlaceKind.Country)));
        written.Add(WriteLayer(outDir, "admin1.geojson", withGeometry.Where(p => p.Kind == PlaceKind.Admin1)));
        written.Add(WriteLayer(outDir, "regions.geojson", withGeometry.Where(p => p.Kind is not (PlaceKind.Country or PlaceKind.Admin1))));
        return written;
    }

    private static (string, long) WriteLines<T>(string outDir, string file, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var path = Prepare(outDir, file);
        using (var stream = File.Create(path))
        {
            foreach (var item in items)
            {
                using (var w = new Utf8JsonWriter(stream, Options))
                    write(w, item);
                stream.WriteByte((byte)'\n');
            }
        }
        return (file, new FileInfo(path).Length);
    }

    private static (string, long) WriteLayer(string outDir, string file, IEnumerable<Place> places)
    {
        var path = Prepare(outDir, file);
        using (var stream = File.Create(path))
        {
            // One feature per line keeps diffs of the committed bundle readable.
            stream.Write("{\"type\":\"FeatureCollection\",\"features\":[\n"u8);
            var first = true;
            foreach (var place in places)
            {
                if (!first)
                    stream.Write(",\n"u8);
                first = false;
                using var w = new Utf8JsonWriter(stream, Options);
                PlaceFeature.Write(w, place, GeometryDecimals);
            }
            stream.Write("\n]}\n"u8);
        }
        return (file, new FileInfo(path).Length);
    }

    private static string Prepare(string outDir, string file)
    {
        var path = Path.Combine(outDir, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
