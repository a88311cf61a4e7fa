using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Core.Evaluation;

/// <summary>One article of a gold file (format: shared/eval/README.md).</summary>
public sealed record GoldArticle(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("events")] IReadOnlyList<GoldEvent> Events);

public sealed record GoldEvent(
    [property: JsonPropertyName("sentence")] string Sentence,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("date_basis")] string DateBasis,
    [property: JsonPropertyName("places")] IReadOnlyList<GoldPlace> Places,
    [property: JsonPropertyName("alt_dates")] IReadOnlyList<string>? AltDates,
    [property: JsonPropertyName("notes")] string? Notes);

public sealed record GoldPlace(
    [property: JsonPropertyName("mention")] string Mention,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("admin1")] string? Admin1,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("optional")] bool Optional);

/// <summary>Reads gold files; a malformed file is reported with its name and the JSON position.</summary>
public static class GoldFile
{
    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<GoldArticle> Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<List<GoldArticle>>(stream, Options)
                ?? throw new InvalidDataException($"{path}: the gold file is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid gold file (line {e.LineNumber + 1}, {e.Path}): {e.Message}");
        }
    }
}
