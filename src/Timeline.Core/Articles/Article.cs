namespace Timeline.Core.Articles;

/// <summary>
/// A news article as read from a file. All character offsets elsewhere in the pipeline are offsets into <see cref="Body"/>.
/// </summary>
/// <param name="Published">Publication date.</param>
/// <param name="PublishedText">The header phrase the date was read from, or null when the caller supplied it.</param>
/// <param name="Source">The outlet ("The Cradle"), or null.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Body">Body text; paragraphs separated by blank lines ("\n\n").</param>
/// <param name="Warnings">Non-fatal notes, e.g. "not valid UTF-8; read as Windows-1252".</param>
public sealed record Article(
    DateOnly Published,
    string? PublishedText,
    string? Source,
    string? Title,
    string Body,
    IReadOnlyList<string> Warnings);

/// <summary>An article that cannot be read. The message names the file and the reason, for the user.</summary>
public sealed class ArticleFormatException(string message) : Exception(message);
