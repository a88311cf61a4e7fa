namespace Timeline.Core.Articles;

/// <summary>Reads an article file (plain text or HTML) into an <see cref="Article"/>.</summary>
public sealed class ArticleReader
{
    /// <summary>Largest accepted file.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Reads one article. <paramref name="fileName"/> names the file in messages and decides HTML vs text by extension.
    /// </summary>
    /// <exception cref="ArticleFormatException">Empty, binary, too large, or no publication date and none supplied.</exception>
    public Article Read(string fileName, byte[] bytes, DateOnly? published = null) =>
        throw new NotImplementedException();
}
