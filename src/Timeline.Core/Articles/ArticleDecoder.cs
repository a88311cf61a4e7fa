using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Timeline.Core.Articles;

/// <summary>
/// Turns the bytes of an article file into normalised text: UTF-8 (BOM stripped), UTF-16 when a BOM says so,
/// else Windows-1252 with a warning. Refuses empty and binary files.
/// </summary>
/// <remarks>
/// Normalisation: every newline form becomes "\n"; non-breaking and other fixed-width spaces become " ";
/// byte-order marks and zero-width spaces are removed. Nothing else is changed, so the text stays verbatim.
/// </remarks>
internal static class ArticleDecoder
{
    /// <summary>Share of control bytes (other than tab, newline, carriage return, form feed) that marks a binary file.</summary>
    internal const double MaxControlShare = 0.01;

    internal const string Windows1252Warning = "not valid UTF-8; read as Windows-1252";

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes keep their C1 code point,
    // as Windows' own decoder does. A table avoids registering a global CodePagesEncodingProvider.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    // File signatures of common binary formats whose first bytes may all be printable.
    private static readonly byte[][] BinarySignatures =
    [
        "%PDF-"u8.ToArray(), [0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], "GIF8"u8.ToArray(),
        [0xFF, 0xD8, 0xFF], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46], "{\\rtf"u8.ToArray(),
    ];

    // Control bytes other than tab, newline, carriage return and form feed; searched vectorised.
    private static readonly SearchValues<byte> ControlBytes =
        SearchValues.Create([1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    /// <summary>Decodes and normalises; adds a warning when the Windows-1252 fallback was used.</summary>
    /// <exception cref="ArticleFormatException">The file is empty, whitespace only, or binary.</exception>
    internal static string Decode(string fileName, ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                bytes = bytes[3..];
            if (LooksBinary(bytes))
                throw new ArticleFormatException($"{fileName}: looks like a binary file, not an article");
            if (Utf8.IsValid(bytes))
                text = Encoding.UTF8.GetString(bytes);
            else
            {
                text = DecodeWindows1252(bytes);
                warnings.Add(Windows1252Warning);
            }
        }

        text = Normalise(text);
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleFormatException($"{fileName}: the file is empty");
        return text;
    }

    /// <summary>True for a NUL byte anywhere, a known binary signature, or too many control bytes.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
            return true;
        foreach (var signature in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
                return true;
        }

        var control = 0;
        for (var i = bytes.IndexOfAny(ControlBytes); i >= 0; )
        {
            control++;
            var next = bytes[(i + 1)..].IndexOfAny(ControlBytes);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return control > bytes.Length * MaxControlShare;
    }

    internal static string DecodeWindows1252(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
        });

    /// <summary>Newlines to "\n", fixed-width spaces to " ", invisible marks removed.</summary>
    internal static string Normalise(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\u2028', '\u2029') >= 0 || text.Contains('\u0085') || text.Contains('\f'))
            text = text.ReplaceLineEndings("\n");
        if (text.AsSpan().IndexOfAny("\u00A0\u2007\u202F\u200B\uFEFF") < 0)
            return text;

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\uFEFF':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
