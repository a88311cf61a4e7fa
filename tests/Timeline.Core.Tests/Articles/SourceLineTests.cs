using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

/// <summary>Header line → is it a byline/source line, and which outlet ("-" for none).</summary>
public class SourceLineTests
{
    [Theory]
    [InlineData("Via The Cradle", true, "The Cradle")]
    [InlineData("via Reuters", true, "Reuters")]
    [InlineData("Via Badia Post", true, "Badia Post")]
    [InlineData("News Desk - The Cradle", true, "The Cradle")]
    [InlineData("News Desk – The Cradle", true, "The Cradle")]
    [InlineData("The Cradle - News Desk", true, "The Cradle")]
    [InlineData("By Leyla Osman | Frontline Syria", true, "Frontline Syria")]
    [InlineData("By Omar Haddad, The Reconstruction Report", true, "The Reconstruction Report")]
    [InlineData("By Omar Haddad and Sara Ali, Reuters", true, "Reuters")]
    [InlineData("BY OMAR HADDAD | AL-MONITOR", true, "AL-MONITOR")]
    [InlineData("By a correspondent in northeast Syria", true, "-")]
    [InlineData("By Omar Haddad", true, "-")]
    [InlineData("By Omar Haddad, Staff Writer", true, "-")]
    [InlineData("By Omar Haddad | Senior correspondent", true, "-")]
    [InlineData("Northeast Dispatch | Staff reporter", true, "Northeast Dispatch")]
    [InlineData("Staff reporter | Northeast Dispatch", true, "Northeast Dispatch")]
    [InlineData("EastMed Observer - English edition", true, "EastMed Observer")]
    [InlineData("Frontline Syria | Damascus bureau", true, "Frontline Syria")]
    [InlineData("Reuters | Baghdad", true, "Baghdad")]
    [InlineData("Home | World | Middle East", true, "-")]
    [InlineData("Posted by Syria Water Watch", true, "-")]
    [InlineData("Written by Leyla Osman | Frontline Syria", true, "Frontline Syria")]
    [InlineData("Posted by the end of the week, the plan was ready.", false, "-")]
    // Not source lines.
    [InlineData("By Tuesday, fighting had ended.", false, "-")]
    [InlineData("Syria - Iraq talks resume in Baghdad", false, "-")]
    [InlineData("Car bomb kills four near Qamishli market", false, "-")]
    [InlineData("Crossroads News", false, "-")]
    [InlineData("Baghdad has deployed anti-terror forces to its border with Iraq to prevent infiltration | analysis of the week ahead", false, "-")]
    [InlineData("Friday, December 27, 2024", false, "-")]
    public void TryParse_HeaderLine_FindsOutlet(string line, bool isSource, string outlet)
    {
        var found = SourceLine.TryParse(line, out var name);
        Assert.Equal((isSource, outlet), (found, name ?? "-"));
    }

    [Theory]
    [InlineData("Crossroads News", true)]
    [InlineData("The Regional Ledger", true)]
    [InlineData("Daily Bulletin", true)]
    [InlineData("Faith & Community News", true)]
    [InlineData("Northwest Monitor", true)]
    [InlineData("Kurdistan 24", true)]
    [InlineData("Global Affairs Daily", true)]
    [InlineData("Frontline Syria", false)]
    [InlineData("Car bomb kills four near Qamishli market", false)]
    [InlineData("Iraq brings home another 187 families from Al-Hol camp", false)]
    [InlineData("The News.", false)]
    [InlineData("Why the news matters", false)]
    public void IsOutletName_ShortLine_RecognisesOutlets(string line, bool expected) =>
        Assert.Equal(expected, SourceLine.IsOutletName(line));

    [Theory]
    [InlineData("QAMISHLI, Syria (Levant Wire) — A car bomb exploded.", "Levant Wire")]
    [InlineData("BAGHDAD (Reuters) - Iraq said on Monday it would act.", "Reuters")]
    [InlineData("DAMASCUS, Dec 27 (AFP) – Talks began.", "AFP")]
    [InlineData("ERBIL, Kurdistan Region (Kurdistan 24) — Officials said.", "Kurdistan 24")]
    [InlineData("A car bomb (the second) — exploded.", "-")]
    [InlineData("Officials in Baghdad (Iraq) - said so.", "-")]
    [InlineData("The head of the Iraqi National Intelligence Service (INIS), Hamid al-Shatri, led a delegation.", "-")]
    public void FromDateline_FirstBodyLine_FindsOutlet(string line, string expected) =>
        Assert.Equal(expected, SourceLine.FromDateline(line) ?? "-");

    [Theory]
    [InlineData("The Cradle", "The Cradle", "")]
    [InlineData("The Cradle The head of Iraq's intelligence service said", "The Cradle", "The head of Iraq's intelligence service said")]
    [InlineData("Badia Post Islamic State fighters ambushed a group", "Badia Post", "Islamic State fighters ambushed a group")]
    [InlineData("Reuters Iraqi forces said on Monday", "Reuters", "Iraqi forces said on Monday")]
    [InlineData("Al-Monitor Officials said", "Al-Monitor", "Officials said")]
    [InlineData("Kurdistan 24 Officials in Erbil said", "Kurdistan 24", "Officials in Erbil said")]
    public void SplitVia_GluedText_SeparatesOutletFromBody(string text, string outlet, string body) =>
        Assert.Equal((outlet, body), SourceLine.SplitVia(text));
}
