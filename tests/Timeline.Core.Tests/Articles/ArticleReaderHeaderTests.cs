using System.Text;
using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

/// <summary>Whole header → (date, source, title, first body paragraph). "¶" in the input stands for a blank line.</summary>
public class ArticleReaderHeaderTests
{
    private const string Sentence = "Officials said on Monday that the convoy had reached the camp after a long journey through the desert.";

    [Theory]
    [InlineData("Friday, December 27, 2024¶Iraqi delegation visits Damascus¶News Desk - The Cradle¶" + Sentence, "2024-12-27", "The Cradle", "Iraqi delegation visits Damascus")]
    [InlineData(" date 2025-02-25 Via The Cradle¶" + Sentence, "2025-02-25", "The Cradle", "-")]
    [InlineData("Post a Comment date 2025-02-25 Via The Cradle¶" + Sentence, "2025-02-25", "The Cradle", "-")]
    [InlineData(" date 2023-11-19 Via Badia Post " + Sentence, "2023-11-19", "Badia Post", "-")]
    [InlineData("Sep 18, 2024 14:05 GMT¶Drone strike near Kobani kills three¶By Leyla Osman | Frontline Syria¶" + Sentence, "2024-09-18", "Frontline Syria", "Drone strike near Kobani kills three")]
    [InlineData("2025-06-18T09:30:00Z¶Drone shot down near Erbil airport¶The Regional Ledger¶" + Sentence, "2025-06-18", "The Regional Ledger", "Drone shot down near Erbil airport")]
    [InlineData("07/02/2025¶Hasakeh runs short of water¶EastMed Observer - English edition¶" + Sentence, "2025-02-07", "EastMed Observer", "Hasakeh runs short of water")]
    [InlineData("November 4, 2024¶Car bomb kills four near Qamishli market¶QAMISHLI, Syria (Levant Wire) — " + Sentence, "2024-11-04", "Levant Wire", "Car bomb kills four near Qamishli market")]
    [InlineData("Published: 17 April 2025¶Families begin returning to Qaraqosh¶Faith & Community News¶" + Sentence, "2025-04-17", "Faith & Community News", "Families begin returning to Qaraqosh")]
    [InlineData("UPDATED 12 Jan 2024¶Drone strike on Sinjar market¶Northwest Monitor¶" + Sentence, "2024-01-12", "Northwest Monitor", "Drone strike on Sinjar market")]
    [InlineData("Thursday 22 August 2024 | 11:42¶Fresh clashes east of Deir al-Zour¶Frontline Syria¶" + Sentence, "2024-08-22", "Frontline Syria", "Fresh clashes east of Deir al-Zour")]
    // Title before the date; byline after.
    [InlineData("Fresh clashes east of Deir al-Zour¶27 Dec 2024¶By Omar Haddad, The Reconstruction Report¶" + Sentence, "2024-12-27", "The Reconstruction Report", "Fresh clashes east of Deir al-Zour")]
    [InlineData("Fresh clashes east of Deir al-Zour¶By Omar Haddad | 27 Dec 2024¶" + Sentence, "2024-12-27", "-", "Fresh clashes east of Deir al-Zour")]
    [InlineData("Fresh clashes east of Deir al-Zour¶By Jane Doe, December 27, 2024¶" + Sentence, "2024-12-27", "-", "Fresh clashes east of Deir al-Zour")]
    [InlineData("27 Dec 2024¶Fresh clashes east of Deir al-Zour¶Source: Frontline Syria¶" + Sentence, "2024-12-27", "Frontline Syria", "Fresh clashes east of Deir al-Zour")]
    // A question headline stays a title; a short first sentence is never a title.
    [InlineData("27 Dec 2024¶Can Iraq and Syria secure the long desert border between them in the coming months?¶" + Sentence, "2024-12-27", "-", "Can Iraq and Syria secure the long desert border between them in the coming months?")]
    [InlineData("27 Dec 2024¶Nine shepherds were killed on Friday.¶" + Sentence, "2024-12-27", "-", "-")]
    // Boilerplate in the header.
    [InlineData("Share this¶27 Dec 2024¶Subscribe¶Fresh clashes east of Deir al-Zour¶" + Sentence, "2024-12-27", "-", "Fresh clashes east of Deir al-Zour")]
    // No title: the first body line follows the date.
    [InlineData("27 Dec 2024¶" + Sentence, "2024-12-27", "-", "-")]
    [InlineData("27 Dec 2024¶BAGHDAD (Reuters) - " + Sentence, "2024-12-27", "Reuters", "-")]
    // Header lines without blank lines between them.
    [InlineData("27 Dec 2024\nFresh clashes east of Deir al-Zour\nDaily Bulletin\n" + Sentence, "2024-12-27", "Daily Bulletin", "Fresh clashes east of Deir al-Zour")]
    // A date after the body has begun is not the publication date.
    [InlineData("Fresh clashes east of Deir al-Zour¶" + Sentence + "¶27 Dec 2024¶" + Sentence, "-", "-", "Fresh clashes east of Deir al-Zour")]
    [InlineData("Fresh clashes east of Deir al-Zour¶In 2019, the committee bought nearly 400,000 tonnes of wheat from local farmers in the province.", "-", "-", "Fresh clashes east of Deir al-Zour")]
    public void Read_Header_FindsDateSourceTitle(string input, string date, string source, string title)
    {
        var bytes = Bytes(input);
        if (date == "-")
            Assert.Throws<ArticleFormatException>(() => Reader.Read("a.txt", bytes));
        var article = Reader.Read("a.txt", bytes, date == "-" ? new DateOnly(2000, 1, 1) : null);

        Assert.Equal((date, source, title), (article.PublishedText is null ? "-" : article.Published.ToString("yyyy-MM-dd"), article.Source ?? "-", article.Title ?? "-"));
        Assert.EndsWith(input.Split('¶')[^1][^30..], article.Body);
    }

    [Theory]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence, Sentence)]
    [InlineData(" date 2023-11-19 Via Badia Post " + Sentence, Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶A standfirst that explains the story in more words than a title has¶Daily Bulletin¶" + Sentence,
        "A standfirst that explains the story in more words than a title has\n\n" + Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶No comments:¶Post a Comment", Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶Share this post\nComments (0)", Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶Tags: Yazidis, Iraq, travel¶3 comments:¶Post a Comment", Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶For further information, please contact: OCHA Syria, ochasyria@un.org", Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶3 comments were made by officials on Monday.", Sentence + "\n\n3 comments were made by officials on Monday.")]
    [InlineData("27 Dec 2024¶Nine shepherds were killed on Friday.¶" + Sentence, "Nine shepherds were killed on Friday.\n\n" + Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶Share this¶" + Sentence + "¶Read more: Iraq's border wall¶" + Sentence, Sentence + "\n\n" + Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶Subscribe to our newsletter is what they said.", Sentence + "\n\nSubscribe to our newsletter is what they said.")]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶[Synthetic test article: the events described are invented for software testing.]", Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "¶¶¶" + Sentence, Sentence + "\n\n" + Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶" + Sentence + "\n" + Sentence, Sentence + "\n\n" + Sentence)]
    [InlineData("27 Dec 2024¶Title of the piece¶Officials said the convoy\nhad reached the camp.", "Officials said the convoy\nhad reached the camp.")]
    [InlineData("27 Dec 2024¶Title of the piece¶   Indented first line of the body text that goes on and on for a while.   ", "Indented first line of the body text that goes on and on for a while.")]
    public void Read_Article_BodyIsParagraphsJoinedByBlankLine(string input, string body) =>
        Assert.Equal(body, Read(input).Body);

    [Fact]
    public void Read_SuppliedDate_WinsOverHeaderAndWarns()
    {
        var article = Reader.Read("a.txt", Bytes("27 Dec 2024¶" + Sentence), new DateOnly(2025, 1, 2));
        Assert.Equal((new DateOnly(2025, 1, 2), (string?)null, Sentence), (article.Published, article.PublishedText, article.Body));
        Assert.Equal(["the header date 2024-12-27 differs from the supplied 2025-01-02; using the supplied date"], article.Warnings);
    }

    private static readonly ArticleReader Reader = new();

    private static byte[] Bytes(string input) => Encoding.UTF8.GetBytes(input.Replace("¶", "\n\n"));

    private static Article Read(string input) => Reader.Read("a.txt", Bytes(input));
}
