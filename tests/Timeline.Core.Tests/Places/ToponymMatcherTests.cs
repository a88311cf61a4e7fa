using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

/// <summary>
/// One line per case: text in, mentions out, written as <c>Text</c>, <c>Text/qualifier</c> and <c>Text!demonym</c>
/// (or <c>Text!abbr</c>) joined with " | ".
/// </summary>
public class ToponymMatcherTests
{
    private static readonly ToponymMatcher Matcher = new(SmallGazetteer.Instance);

    internal static string Render(IEnumerable<ToponymMatch> matches) => string.Join(" | ", matches.Select(m =>
        m.Text + (m.Qualifier is null ? "" : "/" + m.Qualifier)
        + m.NameKind switch { NameKind.Demonym => "!demonym", NameKind.Abbreviation => "!abbr", _ => "" }));

    [Theory]
    // Spelling variants and folding
    [InlineData("Fighting resumed in Hasakah on Monday.", "Hasakah")]
    [InlineData("Fighting resumed in Hasakeh on Monday.", "Hasakeh")]
    [InlineData("Fighting resumed in al-Hasakah on Monday.", "al-Hasakah")]
    [InlineData("Fighting resumed in Al Hasaka on Monday.", "Al Hasaka")]
    [InlineData("Fighting resumed in Al-Hasaka on Monday.", "Al-Hasaka")]
    [InlineData("Fighting resumed in el-Hasakeh on Monday.", "el-Hasakeh")]
    [InlineData("Fighting resumed in Al Ḩasakah on Monday.", "Al Ḩasakah")]
    [InlineData("Fighting resumed in AL-HASAKAH on Monday.", "AL-HASAKAH")]
    [InlineData("A blast shook Qamishli.", "Qamishli")]
    [InlineData("A blast shook Qamishlo.", "Qamishlo")]
    [InlineData("A blast shook Kamishli.", "Kamishli")]
    [InlineData("A blast shook al-Qāmishlī.", "al-Qāmishlī")]
    [InlineData("QAMISHLI, Syria (Wire) — A blast", "QAMISHLI | Syria")]
    [InlineData("Clashes near Deir ez-Zor and Deir al-Zour.", "Deir ez-Zor | Deir al-Zour")]
    [InlineData("Clashes near Deir Ezzor.", "Deir Ezzor")]
    [InlineData("Clashes near Dayr az Zawr.", "Dayr az Zawr")]
    [InlineData("Clashes near Deir ez‑Zor.", "Deir ez‑Zor")]
    [InlineData("Clashes near Deir ez–Zor.", "Deir ez–Zor")]
    [InlineData("Families returned to Sinjar and Shingal.", "Sinjar | Shingal")]
    [InlineData("Families returned to Shengal.", "Shengal")]
    [InlineData("He flew to Erbil, Arbil, Irbil and Hawler.", "Erbil | Arbil | Irbil | Hawler")]
    [InlineData("Nineveh, Ninewa and Ninawa", "Nineveh | Ninewa | Ninawa")]
    [InlineData("In Kobani, also called Ayn al-Arab or Ain al-Arab, people", "Kobani | Ayn al-Arab | Ain al-Arab")]
    [InlineData("Kobane was besieged.", "Kobane")]
    [InlineData("Protests in Daraa, Dar'a and Deraa.", "Daraa | Dar'a | Deraa")]
    [InlineData("Protests in Darʿā.", "Darʿā")]
    [InlineData("Shelling of Ras al-Ayn, known as Serekaniye.", "Ras al-Ayn | Serekaniye")]
    [InlineData("Shelling of Raʾs al ʿAyn.", "Raʾs al ʿAyn")]
    [InlineData("Idleb and Idlib", "Idleb | Idlib")]
    [InlineData("Homs and Hims", "Homs | Hims")]
    [InlineData("Troops left Mosul for Baghdad.", "Mosul | Baghdad")]
    [InlineData("the road to Al Mawsil", "Al Mawsil")]
    // Possessives
    [InlineData("Iraq's government said", "Iraq!demonym")]
    [InlineData("Iraq's north was shelled", "Iraq")]
    [InlineData("Iraq’s government said", "Iraq!demonym")]
    [InlineData("Nineveh's governor said", "Nineveh!demonym")]
    [InlineData("Syria's north", "Syria")]
    [InlineData("Turkey's army and Iran's", "Turkey!demonym | Iran")]
    // Qualifiers
    [InlineData("Hasakah Governorate officials", "Hasakah Governorate/governorate")]
    [InlineData("in Hasakah province,", "Hasakah province/province")]
    [InlineData("in the Hasakah countryside,", "Hasakah countryside/countryside")]
    [InlineData("in Al-Hol camp", "Al-Hol camp/camp")]
    [InlineData("in the al-Hawl camp", "al-Hawl camp/camp")]
    [InlineData("in the Al-Hol camp's annex", "Al-Hol camp/camp")]
    [InlineData("the Sinjar district", "Sinjar district/district")]
    [InlineData("the Sinjar sub-district", "Sinjar sub-district/subdistrict")]
    [InlineData("the city of al-Hasaka was", "al-Hasaka/city")]
    [InlineData("the town of Saraqib", "Saraqib/town")]
    [InlineData("the province of Idlib", "Idlib/province")]
    [InlineData("Yazidis fled to Mount Sinjar.", "Mount Sinjar/mount")]
    [InlineData("Yazidis fled to Jabal Sinjar.", "Jabal Sinjar/jabal")]
    [InlineData("Yazidis fled to the Sinjar Mountains.", "Sinjar Mountains/mountains")]
    [InlineData("Yazidis fled to Mt Sinjar.", "Mt Sinjar/mt")]
    [InlineData("in Damascus city", "Damascus city/city")]
    [InlineData("Deir ez-Zor Governorate", "Deir ez-Zor Governorate/governorate")]
    [InlineData("in Duhok province and Erbil", "Duhok province/province | Erbil")]
    [InlineData("the Sinjar region of Iraq", "Sinjar region/region | Iraq")]
    [InlineData("in northeast Syria", "northeast Syria")]
    [InlineData("in North and East Syria", "North and East Syria")]
    [InlineData("in Iraqi Kurdistan", "Iraqi Kurdistan")]
    [InlineData("the Iraqi-Syrian border", "Iraqi-Syrian border")]
    [InlineData("the Iraqi–Syrian border", "Iraqi–Syrian border")]
    // Demonyms and abbreviations
    [InlineData("Iraqi forces said", "Iraqi!demonym")]
    [InlineData("Turkish-backed factions", "Turkish!demonym")]
    [InlineData("the US-led coalition", "US!demonym")]
    [InlineData("the Iran-backed groups", "Iran!demonym")]
    [InlineData("Syrian and Iranian officials", "Syrian!demonym | Iranian!demonym")]
    [InlineData("American troops", "American!demonym")]
    [InlineData("US troops", "US!demonym")]
    [InlineData("U.S. troops", "U.S!demonym")]
    [InlineData("officials in the KRI said", "KRI!abbr")]
    // Negatives: everyday words, case, substrings
    [InlineData("He told us that it may rain.", "")]
    [InlineData("Let us go.", "")]
    [InlineData("In May the talks resumed.", "")]
    [InlineData("It may happen in May or in March.", "")]
    [InlineData("May God help them.", "")]
    [InlineData("Most people left.", "")]
    [InlineData("Nice weather today.", "")]
    [InlineData("It was nice.", "")]
    [InlineData("He moved to Nice last year.", "Nice")]
    [InlineData("A van exploded.", "")]
    [InlineData("Van was hit by a quake.", "")]
    [InlineData("a quake hit Van on Sunday", "Van")]
    [InlineData("The shell hit the market.", "")]
    [InlineData("Fighting spread to Hit and Baghdadi.", "Hit | Baghdadi")]
    [InlineData("One of them", "")]
    [InlineData("Of the ten", "")]
    [InlineData("Mr Homsy spoke.", "")]
    [InlineData("Homsy", "")]
    [InlineData("homs was shelled", "")]
    [InlineData("HomsCity", "")]
    [InlineData("Sinjari", "")]
    [InlineData("the iraq file", "")]
    [InlineData("12345 and 2024", "")]
    [InlineData("", "")]
    // Acronyms the text defines are organisations, not places
    [InlineData("the monitoring service (HOMS) said. Later HOMS reported", "")]
    [InlineData("Later HOMS reported", "HOMS")]
    [InlineData("the service (HOMS) in Homs", "Homs")]
    // Person names
    [InlineData("Prime Minister Mohammed Shia al-Sudani said", "")]
    [InlineData("Prime Minister Sudani said", "")]
    [InlineData("the leader Abu Bakr al-Baghdadi was killed", "")]
    [InlineData("Hamid al-Shatri, the governor, said", "")]
    [InlineData("Sheikh Hamid visited", "")]
    [InlineData("President Nice", "")]
    [InlineData("a court in Baghdad sentenced him", "Baghdad")]
    [InlineData("In al-Hasaka, officials said", "al-Hasaka")]
    [InlineData("Near al-Hasaka, officials said", "al-Hasaka")]
    [InlineData("The al-Hol camp", "al-Hol camp/camp")]
    // Multi-word names and longest match
    [InlineData("He lives in New York.", "New York")]
    [InlineData("Syrian Arab Republic", "Syrian Arab Republic")]
    [InlineData("the Republic of Iraq", "Republic of Iraq")]
    [InlineData("the United States of America and the United States", "United States of America | United States")]
    [InlineData("Syria. Iraq", "Syria | Iraq")]
    [InlineData("Aleppo–Hasakah road", "Hasakah")]
    public void Match_Text_FindsMentions(string text, string expected) =>
        Assert.Equal(expected, Render(Matcher.Match(text)));

    [Theory]
    [InlineData("Fighting in al-Hasakah.", 12, 22)]
    [InlineData("Iraq's army", 0, 4)]
    [InlineData("Iraqi forces", 0, 5)]
    [InlineData("Turkish-backed", 0, 7)]
    [InlineData("to Mount Sinjar.", 3, 15)]
    [InlineData("the city of al-Hasaka was", 12, 21)]
    [InlineData("in Hasakah Governorate.", 3, 22)]
    [InlineData("AL-HASAKAH", 0, 10)]
    [InlineData("é Qamishli", 2, 10)]
    public void Match_Span_IsOriginalOffsets(string text, int start, int end)
    {
        var match = Assert.Single(Matcher.Match(text));
        Assert.Equal((start, end), (match.Start, match.End));
        Assert.Equal(text[start..end], match.Text);
    }

    [Theory]
    [InlineData("Sinjar", "gn:164094 gn:448149 gn:9166620")]
    [InlineData("Shingal", "gn:448149 gn:9166620")]
    [InlineData("Hasakah", "SY-HA gn:173811")]
    [InlineData("Damascus", "SY-DI gn:170654")]
    [InlineData("Iraqi", "IQ")]
    [InlineData("US", "US")]
    [InlineData("Al-Hol camp", "al-hol-camp")]
    [InlineData("al-Hol", "gn:173797")]
    public void Match_Name_HasAllCandidates(string text, string ids)
    {
        var match = Assert.Single(Matcher.Match(text));
        Assert.Equal(ids, string.Join(' ', match.Candidates.Select(p => p.Id).Order(StringComparer.Ordinal)));
    }
}
