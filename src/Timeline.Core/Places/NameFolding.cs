using System.Globalization;
using System.Text;

namespace Timeline.Core.Places;

/// <summary>
/// Folds a place name to a key that ignores the ways news and official sources spell the same name:
/// case, diacritics, ʿayn/hamza and apostrophes, hyphens, a leading Arabic article, the -ah/-eh/-a endings
/// and administrative words ("Governorate", "Province", "District", "Muhafazat", "Qada").
/// </summary>
/// <remarks>
/// "Al-Hasakeh Governorate", "al Hasakah" and "Hasaka" all fold to <c>hasaka</c>. Only a LEADING article is
/// dropped ("Ras al-Ain" keeps its inner "al"), so folding is safe to apply to names but is not a text normaliser.
/// </remarks>
public static class NameFolding
{
    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ul"];
    private static readonly HashSet<string> AdminWords =
        ["governorate", "province", "district", "muhafazat", "muhafazah", "muhafaza", "qada", "qadaa", "qadha", "subdistrict", "nahiya"];

    // Latin letters with diacritics and their base letters (from Unicode NFD; generated, not hand-typed). A table,
    // because the product runs with InvariantGlobalization, where string.Normalize cannot decompose.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";
    private static readonly char[] BaseLetter = BuildBaseLetters();

    /// <summary>The folded key of <paramref name="name"/>; empty when nothing but punctuation remains.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            var c = ch < BaseLetter.Length && BaseLetter[ch] != '\0' ? BaseLetter[ch] : ch;
            switch (c)
            {
                // ʿayn, hamza and apostrophes vanish: "Dar'a" = "Dara", "Ma‘arrat" = "Maarrat".
                case '\'' or '’' or '‘' or '`' or '´' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or '′':
                    continue;
                case 'ı': sb.Append('i'); continue;
                case 'ł': sb.Append('l'); continue;
                case 'ø' or 'Ø': sb.Append('o'); continue;
                case 'ß': sb.Append("ss"); continue;
                case 'æ' or 'Æ': sb.Append("ae"); continue;
                case 'đ' or 'Đ': sb.Append('d'); continue;
                case 'ħ' or 'Ħ': sb.Append('h'); continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && AdminWords.Contains(words[0]))
            words.RemoveAt(0);
        while (words.Count > 1 && AdminWords.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        if (words.Count > 1 && Articles.Contains(words[0]))
            words.RemoveAt(0);
        for (var i = 0; i < words.Count; i++)
            words[i] = FoldEnding(words[i]);
        return string.Join(' ', words);
    }

    private static char[] BuildBaseLetters()
    {
        var table = new char[0x1F00];
        for (var i = 0; i < Accented.Length; i++)
            table[Accented[i]] = Plain[i];
        return table;
    }

    // Transliterations end the same Arabic tāʾ marbūṭa as -ah, -eh or -a; fold all three to -a.
    private static string FoldEnding(string word) =>
        word.Length > 3 && (word.EndsWith("ah", StringComparison.Ordinal) || word.EndsWith("eh", StringComparison.Ordinal))
            ? word[..^2] + "a"
            : word;
}
