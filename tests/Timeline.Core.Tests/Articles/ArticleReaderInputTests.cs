using System.Text;
using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

/// <summary>File-level input: encodings, normalisation and the refusals, each with the user-facing message.</summary>
public class ArticleReaderInputTests
{
    private const string Article = "27 Dec 2024\n\nTitle of the piece\n\nOfficials said the convoy reached the camp.";
    private static readonly ArticleReader Reader = new();

    [Theory]
    [InlineData("empty", "f.txt: the file is empty")]
    [InlineData("spaces", "f.txt: the file is empty")]
    [InlineData("newlines", "f.txt: the file is empty")]
    [InlineData("bom only", "f.txt: the file is empty")]
    [InlineData("nul", "f.txt: looks like a binary file, not an article")]
    [InlineData("controls", "f.txt: looks like a binary file, not an article")]
    [InlineData("png", "f.txt: looks like a binary file, not an article")]
    [InlineData("pdf", "f.txt: looks like a binary file, not an article")]
    [InlineData("zip", "f.txt: looks like a binary file, not an article")]
    [InlineData("gzip", "f.txt: looks like a binary file, not an article")]
    [InlineData("utf16 without bom", "f.txt: looks like a binary file, not an article")]
    [InlineData("5 MB + 1", "f.txt: 5.1 MB is over the 5 MB limit")]
    [InlineData("6.2 MB", "f.txt: 6.2 MB is over the 5 MB limit")]
    [InlineData("no date", "f.txt: no publication date found in the first lines; pass --published YYYY-MM-DD")]
    [InlineData("date only", "f.txt: no article text after the header")]
    public void Read_BadInput_ThrowsNamingFileAndReason(string kind, string message)
    {
        var error = Assert.Throws<ArticleFormatException>(() => Reader.Read("f.txt", BadBytes(kind)));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("plain", "Officials said the convoy reached the camp.", "")]
    [InlineData("bom", "Officials said the convoy reached the camp.", "")]
    [InlineData("crlf", "Officials said the convoy reached the camp.", "")]
    [InlineData("cr", "Officials said the convoy reached the camp.", "")]
    [InlineData("nbsp", "Officials said the convoy reached the camp.", "")]
    [InlineData("cp1252 quotes", "Officials said “the convoy” reached the camp – at last…", "not valid UTF-8; read as Windows-1252")]
    [InlineData("cp1252 euro", "Officials said it cost €5 and café prices rose.", "not valid UTF-8; read as Windows-1252")]
    [InlineData("latin1 accents", "Officials in Mosul said the café reopened.", "not valid UTF-8; read as Windows-1252")]
    [InlineData("utf16le", "Officials said the convoy reached the camp.", "")]
    [InlineData("utf16be", "Officials said the convoy reached the camp.", "")]
    [InlineData("utf8 curly", "Officials said “the convoy” reached the camp – at last…", "")]
    [InlineData("tab", "Officials said\tthe convoy reached the camp.", "")]
    public void Read_Encoding_DecodesBodyAndWarns(string kind, string body, string warning)
    {
        var article = Reader.Read("f.txt", GoodBytes(kind, body));
        Assert.Equal((body, warning), (article.Body, string.Join("; ", article.Warnings)));
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\u2028b", "a\nb")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u202Fb\u2007c", "a b c")]
    [InlineData("a\u200Bb\uFEFFc", "abc")]
    [InlineData("a  b\tc", "a  b\tc")]
    public void Normalise_Text_NewlinesAndSpaces(string text, string expected) =>
        Assert.Equal(expected, ArticleDecoder.Normalise(text));

    [Fact]
    public void ReadFile_MissingPath_ThrowsNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "timeline-missing-" + Guid.NewGuid() + ".txt");
        Assert.Equal($"{path}: no such file", Assert.Throws<ArticleFormatException>(() => Reader.ReadFile(path)).Message);
    }

    [Fact]
    public void ReadFile_SeedFile_ReadsLikeBytes()
    {
        var path = TestPaths.SharedFile("seeds", "000_1d9155b9da229379.txt");
        Assert.Equal(Reader.Read(path, File.ReadAllBytes(path)), Reader.ReadFile(path), ArticleComparer.Instance);
    }

    private static byte[] BadBytes(string kind) => kind switch
    {
        "empty" => [],
        "spaces" => " \t  "u8.ToArray(),
        "newlines" => "\n\r\n\n  \n"u8.ToArray(),
        "bom only" => [0xEF, 0xBB, 0xBF, 0x20],
        "nul" => [.. Encoding.UTF8.GetBytes(Article), 0, 1, 2],
        "controls" => [.. Enumerable.Range(0, 200).SelectMany(i => new byte[] { (byte)'a', (byte)(i % 8 + 1) })],
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(Article)],
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n" + Article),
        "zip" => [0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes(Article)],
        "gzip" => [0x1F, 0x8B, 0x08, .. Encoding.ASCII.GetBytes(Article)],
        "utf16 without bom" => Encoding.Unicode.GetBytes(Article),
        "5 MB + 1" => new byte[ArticleReader.MaxBytes + 1],
        "6.2 MB" => new byte[(int)(6.2 * 1024 * 1024) - 1000],
        "no date" => Encoding.UTF8.GetBytes("Title of the piece\n\nOfficials said the convoy reached the camp on Monday."),
        "date only" => Encoding.UTF8.GetBytes("27 Dec 2024\n\nNo comments:\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] GoodBytes(string kind, string body)
    {
        var text = "27 Dec 2024\n\nTitle of the piece\n\n" + body;
        return kind switch
        {
            "plain" or "utf8 curly" => Encoding.UTF8.GetBytes(text),
            "bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
            "cr" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r")),
            "nbsp" => Encoding.UTF8.GetBytes(text.Replace("said ", "said\u00A0")),
            "cp1252 quotes" or "cp1252 euro" or "latin1 accents" => Cp1252(text),
            "utf16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "tab" => Encoding.UTF8.GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] Cp1252(string text) => [.. text.Select(c => c switch
    {
        '“' => (byte)0x93, '”' => (byte)0x94, '–' => (byte)0x96, '…' => (byte)0x85, '€' => (byte)0x80,
        _ when c < 0x100 => (byte)c,
        _ => throw new ArgumentOutOfRangeException(nameof(text)),
    })];

    private sealed class ArticleComparer : IEqualityComparer<Article>
    {
        public static readonly ArticleComparer Instance = new();

        public bool Equals(Article? x, Article? y) =>
            x is not null && y is not null && (x.Published, x.PublishedText, x.Source, x.Title, x.Body) == (y.Published, y.PublishedText, y.Source, y.Title, y.Body);

        public int GetHashCode(Article obj) => obj.Body.GetHashCode();
    }
}
