using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Core.Articles;

/// <summary>The text of an HTML page and the header fields its metadata gives.</summary>
/// <param name="Text">Visible text; block elements end paragraphs ("\n\n"), &lt;br&gt; ends a line.</param>
/// <param name="Published">From <c>article:published_time</c> (and similar meta names), JSON-LD <c>datePublished</c>,
/// or the first <c>&lt;time datetime&gt;</c>; the raw value.</param>
/// <param name="Title"><c>og:title</c>, else <c>&lt;title&gt;</c>, without a trailing " | Site Name".</param>
/// <param name="SiteName"><c>og:site_name</c>.</param>
internal sealed record HtmlArticle(string Text, string? Published, string? Title, string? SiteName);

/// <summary>
/// A small, forgiving HTML-to-text extractor for news pages (no DOM, one pass). It drops script, style, nav,
/// header, footer, aside, form and similar elements; when the page has an &lt;article&gt; (or &lt;main&gt;) with
/// enough text, only that is kept. Entities are decoded. Malformed markup degrades to more text, never to an error.
/// </summary>
/// <remarks>
/// Chosen over AngleSharp: the pipeline needs only text, paragraph breaks and a handful of meta values, and a
/// single pass keeps the reader far above the throughput target without a dependency.
/// </remarks>
internal static partial class HtmlArticleExtractor
{
    /// <summary>An &lt;article&gt;/&lt;main&gt; with fewer characters than this is ignored in favour of the whole page.</summary>
    internal const int MinArticleChars = 200;

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title" };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "iframe", "button", "select", "figure",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section", "main", "blockquote",
        "tr", "table", "pre", "hr", "dd", "dt", "dl", "figcaption", "address", "body", "html",
    };

    private static readonly HashSet<string> PublishedMetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    };

    [GeneratedRegex(@"([\w:.-]+)\s*(?:=\s*(?:""([^""]*)""|'([^']*)'|([^\s""'>]+)))?", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeRegex();

    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex JsonLdPublishedRegex();

    /// <summary>True for file names ending in .html or .htm (any case).</summary>
    public static bool IsHtmlFile(string fileName) =>
        fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Extracts text and metadata from an HTML document.</summary>
    public static HtmlArticle Extract(string html)
    {
        var all = new TextSink();
        var article = new TextSink();
        string? published = null, ogTitle = null, titleTag = null, siteName = null, timeValue = null;
        int skipDepth = 0, articleDepth = 0, pos = 0;

        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > pos && skipDepth == 0)
            {
                var text = html.AsSpan(pos, textEnd - pos);
                all.AppendText(text);
                if (articleDepth > 0)
                    article.AppendText(text);
            }
            if (lt < 0)
                break;

            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                pos = close < 0 ? html.Length : close + 3;
                continue;
            }
            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
                break;
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            pos = gt + 1;
            if (tag.IsEmpty || tag[0] is '!' or '?')
                continue;

            var closing = tag[0] == '/';
            var nameSpan = closing ? tag[1..] : tag;
            var nameEnd = nameSpan.IndexOfAny(" \t\n/");
            var name = (nameEnd < 0 ? nameSpan : nameSpan[..nameEnd]).ToString();
            var selfClosing = tag.EndsWith("/");

            if (!closing && RawTextElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, pos, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                if (name.Equals("title", StringComparison.OrdinalIgnoreCase))
                    titleTag ??= Clean(html[pos..end]);
                else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) && published is null)
                {
                    var m = JsonLdPublishedRegex().Match(html, pos, end - pos);
                    if (m.Success)
                        published = m.Groups[1].Value;
                }
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                pos = closeEnd < 0 ? html.Length : closeEnd + 1;
                continue;
            }

            if (name.Equals("meta", StringComparison.OrdinalIgnoreCase))
            {
                var attributes = Attributes(tag);
                var key = attributes.GetValueOrDefault("property") ?? attributes.GetValueOrDefault("name") ?? attributes.GetValueOrDefault("itemprop");
                var content = attributes.GetValueOrDefault("content");
                if (key is null || content is null)
                    continue;
                if (PublishedMetaNames.Contains(key))
                    published ??= content;
                else if (key.Equals("og:title", StringComparison.OrdinalIgnoreCase))
                    ogTitle ??= Clean(content);
                else if (key.Equals("og:site_name", StringComparison.OrdinalIgnoreCase))
                    siteName ??= Clean(content);
                continue;
            }
            if (!closing && name.Equals("time", StringComparison.OrdinalIgnoreCase) && timeValue is null)
                timeValue = Attributes(tag).GetValueOrDefault("datetime");

            if (SkippedElements.Contains(name))
            {
                if (!selfClosing)
                    skipDepth = closing ? Math.Max(0, skipDepth - 1) : skipDepth + 1;
                continue;
            }
            if (name.Equals("article", StringComparison.OrdinalIgnoreCase) || name.Equals("main", StringComparison.OrdinalIgnoreCase))
                articleDepth = closing ? Math.Max(0, articleDepth - 1) : articleDepth + 1;

            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                all.Break("\n");
                article.Break("\n");
            }
            else if (BlockElements.Contains(name))
            {
                all.Break("\n\n");
                article.Break("\n\n");
            }
        }

        var body = article.Length >= MinArticleChars ? article.ToString() : all.ToString();
        return new HtmlArticle(body, published ?? timeValue, StripSiteName(ogTitle ?? titleTag, siteName), siteName);
    }

    private static Dictionary<string, string> Attributes(ReadOnlySpan<char> tag)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = tag.ToString();
        var first = text.IndexOfAny([' ', '\t', '\n']);
        if (first < 0)
            return result;
        foreach (Match m in AttributeRegex().Matches(text, first))
        {
            var value = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value;
            result.TryAdd(m.Groups[1].Value, WebUtility.HtmlDecode(value));
        }
        return result;
    }

    private static string? Clean(string text)
    {
        var clean = string.Join(' ', WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>"Title | Site" or "Title - Site" → "Title" when the site's name is known.</summary>
    private static string? StripSiteName(string? title, string? siteName)
    {
        if (title is null || siteName is null)
            return title;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var suffix = separator + siteName;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                return title[..^suffix.Length];
        }
        return title;
    }

    /// <summary>Collects text with HTML whitespace rules: runs of whitespace are one space; breaks never pile up.</summary>
    private sealed class TextSink
    {
        private readonly StringBuilder builder = new();
        private string pendingBreak = "";

        public int Length => builder.Length;

        public void AppendText(ReadOnlySpan<char> raw)
        {
            var text = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    if (builder.Length > 0 && pendingBreak.Length == 0 && builder[^1] != ' ')
                        builder.Append(' ');
                    continue;
                }
                if (pendingBreak.Length > 0)
                {
                    while (builder.Length > 0 && builder[^1] == ' ')
                        builder.Length--;
                    if (builder.Length > 0)
                        builder.Append(pendingBreak);
                    pendingBreak = "";
                }
                builder.Append(c);
            }
        }

        public void Break(string kind)
        {
            if (pendingBreak != "\n\n")
                pendingBreak = kind;
        }

        public override string ToString() => builder.ToString().Trim();
    }
}
