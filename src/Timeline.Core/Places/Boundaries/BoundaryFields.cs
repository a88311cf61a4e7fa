using System.Text.Json;

namespace Timeline.Core.Places.Boundaries;

/// <summary>
/// Which properties of a boundary file hold the level, name, code and parent name. Real files differ:
/// OCHA COD-AB uses <c>ADM2_EN</c>/<c>ADM2_PCODE</c>/<c>ADM1_EN</c>, the older OCHA Syria files <c>NAME_EN</c>/<c>PCODE</c>/
/// <c>ADMIN1_EN</c>, geoBoundaries <c>shapeName</c>/<c>shapeID</c>/<c>shapeType</c>. Explicit options win over detection.
/// </summary>
public sealed record BoundaryFields(int Level, string NameField, string? CodeField, string? ParentField)
{
    /// <summary>Detects the fields from the first feature's properties; null members of the options are detected.</summary>
    /// <exception cref="FormatException">No name property can be found.</exception>
    public static BoundaryFields Detect(JsonElement properties, BoundaryImportOptions options)
    {
        var keys = properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        string? Find(params string[] candidates) =>
            candidates.Select(c => keys.FirstOrDefault(k => string.Equals(k, c, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(k => k is not null);

        var level = options.Level ?? DetectLevel(properties, Find);
        var name = options.NameField ?? Find($"ADM{level}_EN", "shapeName", "NAME_EN", "name_en", "NAME", "name")
            ?? throw new FormatException($"cannot find a name property (tried ADM{level}_EN, shapeName, NAME_EN, NAME); pass --name-field");
        var code = options.CodeField ?? Find($"ADM{level}_PCODE", "PCODE", "shapeID", "code");
        var parent = options.ParentField ?? (level >= 2 ? Find($"ADM{level - 1}_EN", $"ADMIN{level - 1}_EN", $"ADM{level - 1}_NAME") : null);
        if (!keys.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new FormatException($"the name property '{name}' is not in the features (they have: {string.Join(", ", keys)})");
        return new BoundaryFields(level, name, code, parent);
    }

    private static int DetectLevel(JsonElement properties, Func<string[], string?> find)
    {
        if (find(["shapeType"]) is { } shapeType && properties.GetProperty(shapeType).GetString() is { } type
            && type.StartsWith("ADM", StringComparison.OrdinalIgnoreCase) && int.TryParse(type[3..], out var fromType))
            return fromType;
        if (find(["ADM3_EN", "ADM3_PCODE"]) is not null)
            return 3;
        if (find(["ADM2_EN", "ADM2_PCODE", "ADMIN1_EN", "ADMIN1_COD"]) is not null)
            return 2;
        return 1;
    }

    /// <summary>The string value of a property, or null when absent or not a string.</summary>
    public static string? Value(JsonElement properties, string? field)
    {
        if (field is null || properties.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var p in properties.EnumerateObject())
        {
            if (string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetRawText() : null;
        }
        return null;
    }
}
