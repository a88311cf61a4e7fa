using Timeline.Core.Places;
using Timeline.Core.Places.Building;

namespace Timeline.Core.Tests.Places.Building;

public class SourceTextTests
{
    [Theory]
    [InlineData("Sinjar", true)]
    [InlineData("Sinjār", true)]
    [InlineData("Ḩalab", true)]
    [InlineData("‘Ayn al ‘Arab", true)]
    [InlineData("Çiyayê Şingalê", true)]
    [InlineData("سنجار", false)]
    [InlineData("Синджар", false)]
    [InlineData("Sinjar سنجار", false)]
    [InlineData("辛贾尔", false)]
    [InlineData("123", false)]
    public void IsLatin_Name_IsDecided(string name, bool expected) => Assert.Equal(expected, SourceText.IsLatin(name));

    [Theory]
    [InlineData("Al-Hasakah", "Hasaka (Al Haksa)|Al Hasaka|Al Hasaka|سنجار|Al-Hasakah| |X", "Hasaka (Al Haksa)|Hasaka|Al Haksa|Al Hasaka")]
    [InlineData("Sinjar", "Shingal|Sinjar|Shengal", "Shingal|Shengal")]
    public void Aliases_Candidates_AreLatinDistinctAndSplit(string primary, string candidates, string expected) =>
        Assert.Equal(expected, string.Join('|', SourceText.Aliases(primary, candidates.Split('|'))));

    [Theory]
    [InlineData("PPLC", 0, PlaceKind.City)]
    [InlineData("PPLA", 0, PlaceKind.City)]
    [InlineData("PPL", 150_000, PlaceKind.City)]
    [InlineData("PPLA2", 38_294, PlaceKind.Town)]
    [InlineData("PPLA2", 0, PlaceKind.Town)]
    [InlineData("PPL", 12_000, PlaceKind.Town)]
    [InlineData("PPLA3", 0, PlaceKind.Village)]
    [InlineData("PPL", 600, PlaceKind.Village)]
    public void KindOf_FeatureCodeAndPopulation_GivesKind(string code, long population, PlaceKind expected) =>
        Assert.Equal(expected, GeoNamesSource.KindOf(code, population));

    [Theory]
    [InlineData("IQ.15.9166620", "", "gn:9166620")]
    [InlineData("AE.01.101", "", "adm2:AE.01.101")]
    [InlineData("FR.11.75", "", "adm2:FR.11.75")]
    [InlineData("IQ.15.9166620", "gn:9166620", "adm2:IQ.15.9166620")]
    public void Admin2Id_Code_GivesStableId(string key, string taken, string expected) =>
        Assert.Equal(expected, GeoNamesPlaces.Admin2Id(key, new HashSet<string>(taken.Split(',', StringSplitOptions.RemoveEmptyEntries))));
}
