using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

/// <summary>The "done when" list and more, against the real bundle: one line per case, name (+ context) → place id.</summary>
public class GeocoderBundleTests
{
    [Theory]
    [InlineData("Hasakah", "", "SY-HA")]
    [InlineData("Hasakeh", "", "SY-HA")]
    [InlineData("al-Hasakah", "", "SY-HA")]
    [InlineData("Al Hasaka", "", "SY-HA")]
    [InlineData("Hasakah Governorate", "", "SY-HA")]
    [InlineData("Hasakah province", "", "SY-HA")]
    [InlineData("al-Hasaka", "the city of al-Hasaka", "gn:173811")]
    [InlineData("Sinjar", "the Sinjar region of Iraq", "gn:9166620")]
    [InlineData("Sinjar", "Yazidis returned to Sinjar in Nineveh province, Iraq.", "gn:9166620")]
    [InlineData("Sinjar", "A drone hit Sinjar near Saraqib in Idlib province.", "gn:164094")]
    [InlineData("Sinjar", "", "gn:9166620")]
    [InlineData("Shingal", "", "gn:9166620")]
    [InlineData("Sinjar district", "", "gn:9166620")]
    [InlineData("Mount Sinjar", "", "mount-sinjar")]
    [InlineData("Al-Hol camp", "", "al-hol-camp")]
    [InlineData("al-Hawl camp", "", "al-hol-camp")]
    [InlineData("Qamishli", "", "gn:173377")]
    [InlineData("Qamishlo", "", "gn:173377")]
    [InlineData("Kamishli", "", "gn:173377")]
    [InlineData("Deir al-Zour", "", "SY-DY")]
    [InlineData("Deir ez-Zor", "", "SY-DY")]
    [InlineData("Erbil", "", "gn:95446")]
    [InlineData("Arbil", "", "gn:95446")]
    [InlineData("Hawler", "", "gn:95446")]
    [InlineData("Nineveh", "", "IQ-NI")]
    [InlineData("Ninewa", "", "IQ-NI")]
    [InlineData("Damascus", "", "gn:170654")]
    [InlineData("Aleppo", "", "gn:170063")]
    [InlineData("Mosul", "", "gn:99072")]
    [InlineData("Baghdad", "", "gn:98182")]
    [InlineData("Ramadi", "", "gn:98717")]
    [InlineData("Kobani", "", "gn:172256")]
    [InlineData("Ayn al-Arab", "", "gn:172256")]
    [InlineData("Tal Afar", "", "gn:90393")]
    [InlineData("Tal Afar", "the city of Tal Afar", "gn:90393")]
    [InlineData("Tel Afar", "", "gn:90392")]
    [InlineData("Albu Kamal", "", "gn:174448")]
    [InlineData("Abu Kamal", "", "gn:174448")]
    [InlineData("Raqqah", "", "SY-RA")]
    [InlineData("Qaraqosh", "", "gn:92430")]
    [InlineData("Bakhdida", "", "gn:92430")]
    [InlineData("Slemani", "", "gn:98463")]
    [InlineData("Serekaniye", "", "gn:165509")]
    [InlineData("Efrin", "", "gn:174186")]
    [InlineData("Palmyra", "", "gn:163808")]
    [InlineData("northeast Syria", "", "northeast-syria")]
    [InlineData("the Levant", "", "levant")]
    [InlineData("Levant", "", "levant")]
    [InlineData("Iraqi Kurdistan", "", "iraqi-kurdistan")]
    [InlineData("Kurdistan Region", "", "iraqi-kurdistan")]
    [InlineData("Iraqi–Syrian border", "", "iraq-syria-border")]
    [InlineData("Iraqi", "", "IQ")]
    [InlineData("Turkish", "", "TR")]
    [InlineData("US", "", "US")]
    [InlineData("Euphrates", "", "euphrates")]
    [InlineData("Semalka crossing", "", "semalka-crossing")]
    [InlineData("Rabia border crossing", "", "rabia-crossing")]
    public void Candidates_Name_BestIsExpectedPlace(string name, string context, string id)
    {
        var best = BundledGazetteer.Geocoder.Candidates(name, context.Length == 0 ? null : context);
        Assert.NotEmpty(best);
        Assert.True(best[0].Place.Id == id, $"{name}: got {best[0].Place.Id} {best[0].Place.Name} ({best[0].Why})");
    }

    [Theory]
    [InlineData("northeast Syria")]
    [InlineData("the Levant")]
    [InlineData("Iraqi Kurdistan")]
    [InlineData("Iraqi–Syrian border")]
    public void Candidates_Region_HasGeometry(string name) =>
        Assert.True(BundledGazetteer.Geocoder.Candidates(name)[0].Place.HasGeometry);

    [Theory]
    [InlineData("Turkish-backed factions attacked Manbij.", "Turkish", "TR")]
    [InlineData("Iraqi forces entered Sinjar.", "Iraqi", "IQ")]
    [InlineData("the US-led coalition struck Hajin in Deir ez-Zor.", "US", "US")]
    // an abbreviated country before the noun it qualifies says who, not where
    [InlineData("US troops in Iraq were attacked.", "US", "US")]
    [InlineData("U.S. airstrikes began on Aug. 8.", "U.S", "US")]
    [InlineData("Trump withdrew most U.S. forces from the border.", "U.S", "US")]
    [InlineData("U.S. aircraft began bombing the militants.", "U.S", "US")]
    [InlineData("Kyiv struck a depot with U.S.-supplied missiles.", "U.S", "US")]
    [InlineData("The plan seeks US$4.07 billion.", "US", "US")]
    [InlineData("the UK government said", "UK", "GB")]
    // a possessive place before an institution says whose institution
    [InlineData("Qasim al-Araji, Iraq's National Security advisor, said", "Iraq", "IQ")]
    [InlineData("Israel's military said it struck the compound.", "Israel", "IL")]
    public void Resolve_Demonym_IsCountryMarkedAsDemonym(string text, string mention, string id)
    {
        var resolved = BundledGazetteer.Geocoder.Resolve(text, BundledGazetteer.Matcher.Match(text));
        var m = Assert.Single(resolved, r => r.Match.Text == mention);
        Assert.Equal(id, m.Place.Id);
        Assert.True(m.IsDemonym);
    }

    [Theory]
    [InlineData("Al-Hol camp")]
    [InlineData("al-Hawl camp")]
    public void Candidates_Camp_IsInsideHasakah(string name) =>
        Assert.True(Gazetteer.IsWithin(BundledGazetteer.Geocoder.Candidates(name)[0].Place, "SY-HA"));

    [Theory]
    [InlineData("Nowhereville")]
    [InlineData("")]
    [InlineData("the")]
    public void Candidates_Unknown_IsEmpty(string name) => Assert.Empty(BundledGazetteer.Geocoder.Candidates(name));

    [Theory]
    [InlineData("The city's water directorate said on Thursday that it had begun rationing.", "")]
    [InlineData("The bridge was destroyed during the battle.", "")]
    [InlineData("Cars crossed the bridge in Raqqa on Tuesday.", "Raqqa")]
    [InlineData("The SDF and HTS traded fire near the PKK bases.", "")]
    // an everyday word opening a longer proper name, a town inside the name of a sea, an organisation, a surname
    [InlineData("Shelling by the Rapid Support Forces killed 40 people in El Fasher.", "El Fasher")]
    [InlineData("A missile struck a ship in the Gulf of Aden near Aden.", "Aden")]
    [InlineData("Pressure came from Baghdad and the Gulf states.", "Baghdad")]
    [InlineData("Floods hit the Gulf province of Papua New Guinea.", "Gulf province | Papua New Guinea")]
    [InlineData("Hamas said the strike hit Gaza City.", "Gaza City")]
    [InlineData("Deputy envoy Jordan Hayes visited the site in Idlib.", "Idlib")]
    [InlineData("Talks in Jordan resumed.", "Jordan")]
    [InlineData("The Houthis attacked ships in the Red Sea.", "")]
    [InlineData("Port Sudan is the capital of Red Sea state.", "Port Sudan | Red Sea state")]
    // a kunya names a person; a village name before an unknown capitalised word starts a longer name
    [InlineData("Abu Ali's brother was killed near Marjayoun.", "Marjayoun")]
    [InlineData("The SDF repelled an attack on the Qara Halwaz bridge east of Manbij.", "Manbij")]
    [InlineData("The SDF repelled an attack on the Qara Qozak bridge east of Manbij.", "Qara Qozak bridge | Manbij")]
    // the end of an organisation's name; a big city's name as a speaker's surname, and that surname alone later
    [InlineData("Troops of the African Union left Kismayo.", "Kismayo")]
    [InlineData("The Government of National Unity said clashes ended in Tripoli.", "Tripoli")]
    [InlineData("Floods hit South Sudan's Unity state.", "South Sudan | Unity")]
    [InlineData("\"A historic day,\" said Mehmet Kaya, a shopkeeper in Sur.", "Sur")]
    [InlineData("Mehmet Kaya, a shopkeeper, left Sur. Kaya said he was rebuilding.", "Sur")]
    [InlineData("Mehmet Kaya, a shopkeeper, left Sur. Later he went to Kaya.", "Sur | Kaya")]
    [InlineData("The army repelled an attack on Kaya on Sunday.", "Kaya")]
    public void Match_EverydayWordsAndAcronyms_AreNoPlacesInTheRealBundle(string text, string expected)
    {
        var found = string.Join(" | ", BundledGazetteer.Matcher.Match(text).Where(m => m.NameKind != NameKind.Demonym).Select(m => m.Text));
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("Talks between the US and Israel resumed.", "US")]
    [InlineData("He flew to the US.", "US")]
    [InlineData("the US said it would respond", "US")]
    [InlineData("Deir ez-Zor's oil fields remain under SDF control.", "Deir ez-Zor")]
    [InlineData("Sudan's war broke out in April 2023.", "Sudan")]
    public void Resolve_AbbreviatedCountryAsNoun_IsAPlace(string text, string mention)
    {
        var resolved = BundledGazetteer.Geocoder.Resolve(text, BundledGazetteer.Matcher.Match(text));
        Assert.False(Assert.Single(resolved, r => r.Match.Text == mention).IsDemonym);
    }

    [Theory]
    [InlineData("US and Israeli air strikes hit the port.", "US")]
    [InlineData("US and British warships patrolled the strait.", "US")]
    // a place name before an organisation head names the group
    [InlineData("The Arakan Army took most of Rakhine State.", "Arakan")]
    [InlineData("Fighters of the Nineveh Brigades clashed near Mosul.", "Nineveh")]
    public void Resolve_AbbreviatedCountryBeforeDemonym_IsADemonym(string text, string mention)
    {
        var resolved = BundledGazetteer.Geocoder.Resolve(text, BundledGazetteer.Matcher.Match(text));
        Assert.True(Assert.Single(resolved, r => r.Match.Text == mention).IsDemonym);
    }

    [Theory]
    // the same name in two countries: the one where the text's other places lie wins over the bigger one
    [InlineData("Drones struck near Tyre and Naqoura. In Marjayoun shells fell. A grenade exploded in Tripoli.", "Tripoli", "LB")]
    [InlineData("Brigades from Misrata and Zawiya moved towards Tripoli.", "Tripoli", "LY")]
    [InlineData("A grenade exploded in Tripoli.", "Tripoli", "LY")]
    public void Resolve_NameInTwoCountries_TakesTheTextsCountry(string text, string mention, string country)
    {
        var resolved = BundledGazetteer.Geocoder.Resolve(text, BundledGazetteer.Matcher.Match(text));
        Assert.Equal(country, Assert.Single(resolved, r => r.Match.Text == mention).Place.CountryCode);
    }

    [Fact]
    public void Resolve_LoneCandidateInCountryNothingElseSupports_LosesConfidence()
    {
        const string alone = "Militants attacked a base near Djibo.";
        const string abroad = "Protests in Diyarbakir and Cizre; in Hakkari the mayor was removed; a base near Djibo was attacked.";
        var before = Assert.Single(BundledGazetteer.Geocoder.Resolve(alone, BundledGazetteer.Matcher.Match(alone)), r => r.Match.Text == "Djibo");
        var after = Assert.Single(BundledGazetteer.Geocoder.Resolve(abroad, BundledGazetteer.Matcher.Match(abroad)), r => r.Match.Text == "Djibo");
        Assert.Equal(before.Place.Id, after.Place.Id);
        Assert.True(after.Confidence < before.Confidence, $"{after.Confidence} should be below {before.Confidence}");
        Assert.Contains("nothing else in BF", after.Reason, StringComparison.Ordinal);
    }
}
