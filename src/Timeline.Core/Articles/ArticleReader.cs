using System.Globalization;

namespace Timeline.Core.Articles;

/// <summary>Reads an article file (plain text or HTML) into an <see cref="Article"/>.</summary>
/// <remarks>
/// Supported header forms, the day-first rule, the boilerplate list and the limits are described in docs/articles.md.
/// The reader is stateless and thread-safe.
/// </remarks>
public sealed class ArticleReader
{
    /// <summary>Largest accepted file: 5 MB (5 × 1024 × 1024 bytes).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Reads one article. <paramref name="fileName"/> names the file in messages and decides HTML (".html", ".htm")
    /// vs text by extension. <paramref name="published"/>, when given, is the publication date whatever the header
    /// says (the header date line is still recognised and kept out of the body; <see cref="Article.PublishedText"/>
    /// is then null, and a differing header date is reported in <see cref="Article.Warnings"/>).
    /// </summary>
    /// <exception cref="ArticleFormatException">Empty, binary, too large, or no publication date and none supplied;
    /// the message starts with <paramref name="fileName"/>.</exception>
    public Article Read(string fileName, byte[] bytes, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
            throw new ArticleFormatException(TooLarge(fileName, bytes.Length));

        var warnings = new List<string>();
        var text = ArticleDecoder.Decode(fileName, bytes, warnings);

        HtmlArticle? html = null;
        if (HtmlArticleExtractor.IsHtmlFile(fileName))
        {
            html = HtmlArticleExtractor.Extract(text);
            text = ArticleDecoder.Normalise(html.Text);
            if (string.IsNullOrWhiteSpace(text))
                throw new ArticleFormatException($"{fileName}: the page has no article text");
        }

        var layout = ArticleLayout.Read(text, html?.Title);
        var headerDate = html?.Published is { } meta && HeaderDateParser.Parse(meta) is { } fromMeta
            ? fromMeta with { Text = meta.Trim() }
            : layout.Date;

        if (published is { } supplied)
        {
            if (headerDate is not null && headerDate.Date != supplied)
                warnings.Add($"the header date {Iso(headerDate.Date)} differs from the supplied {Iso(supplied)}; using the supplied date");
            return Build(supplied, null);
        }
        if (headerDate is null)
            throw new ArticleFormatException($"{fileName}: no publication date found in the first lines; pass --published YYYY-MM-DD");
        return Build(headerDate.Date, headerDate.Text);

        Article Build(DateOnly date, string? dateText)
        {
            if (layout.Body.Length == 0)
                throw new ArticleFormatException($"{fileName}: no article text after the header");
            return new Article(date, dateText, html?.SiteName ?? layout.Source, layout.Title, layout.Body, warnings);
        }
    }

    /// <summary>
    /// Reads an article from disk: refuses a file over <see cref="MaxBytes"/> before loading it, and turns a missing
    /// or unreadable path into an <see cref="ArticleFormatException"/> naming it.
    /// </summary>
    public Article ReadFile(string path, DateOnly? published = null) => Read(path, ReadBytes(path), published);

    /// <summary>
    /// The bytes of an article file, refused before loading when over <see cref="MaxBytes"/>; a missing or unreadable
    /// path becomes an <see cref="ArticleFormatException"/> naming it.
    /// </summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new ArticleFormatException($"{path}: no such file");
            if (info.Length > MaxBytes)
                throw new ArticleFormatException(TooLarge(path, info.Length));
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new ArticleFormatException($"{path}: cannot be read ({e.Message})");
        }
    }

    /// <summary>"FILE: 6.2 MB is over the 5 MB limit"; the size is rounded up so it never reads as the limit itself.</summary>
    public static string TooLarge(string fileName, long length)
    {
        var megabytes = Math.Ceiling(length * 10.0 / (1024 * 1024)) / 10;
        return string.Create(CultureInfo.InvariantCulture, $"{fileName}: {megabytes:0.0} MB is over the {MaxBytes / (1024 * 1024)} MB limit");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
