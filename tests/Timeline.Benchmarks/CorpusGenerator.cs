using System.Globalization;
using System.Text;

namespace Timeline.Benchmarks;

/// <summary>
/// Generates news-like articles by recombining the paragraphs of real sample articles (the repository's seeds and the
/// shared dev set) under random publication dates and header styles. Deterministic for a given seed.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] HeaderFormats =
        ["dddd, MMMM d, yyyy", "d MMM yyyy", "yyyy-MM-dd'T'HH:mm:ss'Z'", "MMMM d, yyyy", "'Published:' d MMMM yyyy"];

    public static IReadOnlyList<string> SourceParagraphs(string repositoryRoot)
    {
        var folders = new[] { Path.Combine(repositoryRoot, "seeds"), Path.Combine(repositoryRoot, "..", "shared", "eval", "dev") };
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*.txt"))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n").Skip(2))
            .Select(p => p.Trim())
            .Where(p => p.Length > 80 && !p.StartsWith('['))
            .ToList();
    }

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/>; returns their total size in bytes.</summary>
    public static long Write(string folder, int count, IReadOnlyList<string> paragraphs, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var start = new DateTime(2006, 1, 1);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var published = start.AddDays(random.Next(0, 20 * 365));
            var text = new StringBuilder();
            text.Append(published.ToString(HeaderFormats[random.Next(HeaderFormats.Length)], CultureInfo.InvariantCulture)).Append("\n\n");
            text.Append("Generated article ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            var paragraphCount = random.Next(4, 10);
            for (var p = 0; p < paragraphCount; p++)
                text.Append(paragraphs[random.Next(paragraphs.Count)]).Append("\n\n");
            var content = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(folder, $"article_{i:D6}.txt"), content);
            bytes += content.Length;
        }
        return bytes;
    }
}
