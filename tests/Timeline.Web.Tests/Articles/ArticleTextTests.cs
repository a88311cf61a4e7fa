using Timeline.Data.Entities;
using Timeline.Data.Queries;
using Timeline.Web.Articles;

namespace Timeline.Web.Tests.Articles;

public class ArticleTextTests
{
    private static SpanView Date(int start, int end, string text, string edtf = "2025-02-24", string detail = "date, relative, weekday-past") =>
        new(SpanKind.Date, start, end, text, edtf, detail);

    private static SpanView Place(int start, int end, string text) =>
        new(SpanKind.Place, start, end, text, "curated:al-hol-camp", "Al-Hol camp (camp), 0.95: curated camp name");

    // Each paragraph as text, with marks shown as [D:…] and [P:…].
    private static List<string> Render(string body, params SpanView[] spans) =>
        ArticleText.Paragraphs(body, spans)
            .Select(p => string.Concat(p.Segments.Select(s => s.Mark switch
            {
                null => s.Text,
                { Kind: SpanKind.Date } => $"[D:{s.Text}]",
                _ => $"[P:{s.Text}]",
            })))
            .ToList();

    [Fact]
    public void Paragraphs_SpansInTwoParagraphs_AreCutFromBodyOffsets()
    {
        const string body = "Families left Al-Hol camp on Monday.\n\nIn December talks began.";

        Assert.Equal(["Families left [P:Al-Hol camp] [D:on Monday].", "[D:In December] talks began."],
            Render(body, Place(14, 25, "Al-Hol camp"), Date(26, 35, "on Monday"), Date(38, 49, "In December")));
    }

    [Fact]
    public void Paragraphs_NoSpans_KeepsTextAndDropsBlankParagraphs()
    {
        Assert.Equal(["One.", "Two\nlines."], Render("One.\n\n\n\nTwo\nlines.\n\n"));
    }

    [Fact]
    public void Paragraphs_OverlappingSpans_EarlierWinsAndTextIsKept()
    {
        const string body = "Al-Hol camp in 2019.";

        Assert.Equal(["[P:Al-Hol camp] in [D:2019]."],
            Render(body, Place(0, 11, "Al-Hol camp"), Place(7, 11, "camp"), Date(15, 19, "2019", "2019")));
    }

    [Fact]
    public void Paragraphs_SpanAcrossParagraphBreak_IsCutAtTheBreak()
    {
        Assert.Equal(["End [D:of]", "[D:year]."], Render("End of\n\nyear.", Date(4, 12, "of\n\nyear")));
    }

    [Fact]
    public void Paragraphs_MarkupInBody_StaysText()
    {
        var paragraph = Assert.Single(ArticleText.Paragraphs("<script>alert(1)</script> <img src=x onerror=alert(1)>", []));

        Assert.Equal("<script>alert(1)</script> <img src=x onerror=alert(1)>", Assert.Single(paragraph.Segments).Text);
    }

    [Theory]
    [InlineData("2025-02-24", "day precision")]
    [InlineData("2024-12", "month precision")]
    [InlineData("2019-22", "season precision")]
    [InlineData("2014", "year precision")]
    [InlineData("199X", "decade precision")]
    [InlineData("2004/2018", "a range")]
    [InlineData("P14Y", "a duration")]
    public void Precision_EdtfValue_SaysItsPrecision(string edtf, string expected) =>
        Assert.Equal(expected, ArticleText.Precision(edtf));

    [Fact]
    public void Explain_Date_SaysPhraseValuePrecisionBasisAndRule() =>
        Assert.Equal("Date 'on Monday': 2025-02-24 (EDTF), day precision; relative, rule weekday-past",
            ArticleText.Explain(Date(0, 9, "on Monday")));

    [Fact]
    public void Explain_Duration_SaysItDatesNoEvent() =>
        Assert.Equal("Date '14 years': P14Y (EDTF), a duration; a duration, not an event date; explicit, rule amount",
            ArticleText.Explain(Date(0, 8, "14 years", "P14Y", "duration, explicit, amount")));

    [Fact]
    public void Explain_Place_SaysNameKindConfidenceReasonAndId() =>
        Assert.Equal("Place 'Al-Hol camp': Al-Hol camp (camp), 0.95: curated camp name; id curated:al-hol-camp",
            ArticleText.Explain(Place(0, 11, "Al-Hol camp")));
}
