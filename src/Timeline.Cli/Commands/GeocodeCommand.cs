using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Core.Places;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline geocode "NAME" [--context TEXT] [--json]</c>: the best candidates for one name;
/// <c>timeline geocode --file FILE|-</c>: one JSON line per input line (<c>NAME</c> or <c>NAME&lt;TAB&gt;CONTEXT</c>),
/// in order, loading the gazetteer once. An unknown name gives a "no match" line, not an error.
/// </summary>
internal static class GeocodeCommand
{
    /// <summary>Candidates printed per name (default 5).</summary>
    private const int DefaultTop = 5;

    internal static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Place name as written in the text.", Arity = ArgumentArity.ZeroOrOne };
        var context = new Option<string?>("--context") { Description = "Text around the name (other places in it inform the choice)." };
        var file = new Option<string?>("--file") { Description = "Read names from FILE ('-' = standard input), one per line, optionally NAME<TAB>CONTEXT." };
        var top = new Option<int>("--top") { Description = "Candidates per name.", DefaultValueFactory = _ => DefaultTop };
        var json = CommonOptions.Json();
        var data = CommonOptions.Data();
        var bundle = GazetteerCommand.Bundle();
        var command = new Command("geocode", "Resolve place names to gazetteer places, best candidates first.") { name, context, file, top, json, data, bundle };
        command.SetAction(result =>
        {
            var single = result.GetValue(name);
            var path = result.GetValue(file);
            if ((single is null) == (path is null))
                throw new UserError("give either a NAME or --file FILE (use '-' for standard input)");
            var geocoder = new Geocoder(GazetteerStatsCommand.Load(result.GetValue(bundle), result.GetValue(data)));
            var n = Math.Max(1, result.GetValue(top));
            if (path is not null)
                return RunBatch(geocoder, path, n);
            var candidates = geocoder.Candidates(single!, result.GetValue(context)).Take(n).ToList();
            if (result.GetValue(json))
                Console.WriteLine(JsonLine(geocoder.Gazetteer, single!, candidates));
            else
                PrintText(geocoder.Gazetteer, single!, candidates);
            return candidates.Count > 0 ? 0 : 1;
        });
        return command;
    }

    private static int RunBatch(Geocoder geocoder, string path, int top)
    {
        if (path != "-" && !File.Exists(path))
            throw new UserError($"file not found: {path}");
        using var reader = path == "-" ? Console.In : new StreamReader(path);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
                continue;
            var tab = line.IndexOf('\t');
            var (name, context) = tab < 0 ? (line.Trim(), null) : (line[..tab].Trim(), line[(tab + 1)..]);
            Console.WriteLine(JsonLine(geocoder.Gazetteer, name, geocoder.Candidates(name, context).Take(top).ToList()));
        }
        return 0;
    }

    private static void PrintText(Gazetteer gazetteer, string name, List<GeocodeCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            Console.WriteLine($"{name}: no match");
            return;
        }
        foreach (var c in candidates)
        {
            var p = c.Place;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Score,6:0.00}  {p.Id,-14} {p.Name} ({Kind(p)}, {p.CountryCode ?? "-"}, {Admin1Name(gazetteer, p)}) {p.Latitude:0.####},{p.Longitude:0.####}{(p.HasGeometry ? " [geometry]" : "")}"));
            Console.WriteLine("        why: " + c.Why);
        }
    }

    /// <summary>One JSON object: the query and its candidates with id, name, kind, country, admin1, lat, lon, score, why, has_geometry.</summary>
    internal static string JsonLine(Gazetteer gazetteer, string name, List<GeocodeCandidate> candidates)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            if (candidates.Count == 0)
                w.WriteString("result", "no match");
            w.WriteStartArray("candidates");
            foreach (var c in candidates)
            {
                var p = c.Place;
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("name", p.Name);
                w.WriteString("kind", Kind(p));
                w.WriteString("country", p.CountryCode);
                w.WriteString("admin1", p.Admin1Id);
                w.WriteString("admin1_name", Admin1Name(gazetteer, p));
                w.WriteNumber("lat", Math.Round(p.Latitude, 5));
                w.WriteNumber("lon", Math.Round(p.Longitude, 5));
                w.WriteNumber("score", Math.Round(c.Score, 3));
                w.WriteString("why", c.Why);
                w.WriteBoolean("has_geometry", p.HasGeometry);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Kind(Place p) => p.Kind.ToString().ToLowerInvariant();

    private static string Admin1Name(Gazetteer gazetteer, Place p) =>
        p.Admin1Id is { } id ? gazetteer.Find(id)?.Name ?? id : "-";
}
