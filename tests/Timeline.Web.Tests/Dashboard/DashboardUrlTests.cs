using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Tests.Dashboard;

public class DashboardUrlTests
{
    public static TheoryData<string> Urls => new()
    {
        "/",
        "/?from=2024-12-01",
        "/?to=2025-02-28",
        "/?from=2024-12-01&to=2025-02-28&place=SY-HA&q=prison",
        "/?place=gn%3A448149",
        "/?q=al-Hol%20camp%20%26%20more",
        "/?place=SY-HA&place=IQ-NI&source=The%20Cradle&source=Rudaw",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Format_ParsedUrl_GivesSameUrl(string url)
    {
        var state = DashboardUrl.Parse(url);

        Assert.Empty(state.Problems);
        Assert.Equal(url, DashboardUrl.Format(state.Filter));
    }

    [Fact]
    public void Parse_FormattedFilter_GivesSameFilter()
    {
        var filter = new EventFilter(new DateOnly(2024, 12, 1), new DateOnly(2025, 2, 28), ["gn:448149", "SY-HA"], "prison break & more", ["The Cradle"]);

        Assert.Equal(filter, DashboardUrl.Parse(DashboardUrl.Format(filter)).Filter);
    }

    [Theory]
    [InlineData("https://example.org/?from=2024-12-01", "2024-12-01")]
    [InlineData("from=2024-12-01", "2024-12-01")]
    [InlineData("?from=2024-12-01", "2024-12-01")]
    [InlineData("https://example.org/", null)]
    public void Parse_UrlOrQuery_ReadsFrom(string input, string? expected)
    {
        Assert.Equal(expected, DashboardUrl.Parse(input).Filter.From?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("/?from=garbage", "from")]
    [InlineData("/?to=2025-13-01", "to")]
    [InlineData("/?from=2025-02-01&to=2025-01-01", "to")]
    [InlineData("/?place=%3Cscript%3E", "place")]
    public void Parse_BadValue_IgnoresItWithProblem(string url, string parameter)
    {
        var state = DashboardUrl.Parse(url);

        var problem = Assert.Single(state.Problems);
        Assert.Equal(parameter, problem.Parameter);
        Assert.Equal("/", DashboardUrl.Format(state.Filter with { From = null }));
    }

    [Fact]
    public void Parse_UnknownPlace_IgnoresItWithProblem()
    {
        var state = DashboardUrl.Parse("/?place=XX-YY&from=2025-01-01", id => id == "SY-HA");

        Assert.Null(state.Filter.PlaceId);
        Assert.Equal(new DateOnly(2025, 1, 1), state.Filter.From);
        Assert.Contains("XX-YY", Assert.Single(state.Problems).Message);
    }

    [Fact]
    public void Parse_OverlongText_IgnoresItWithProblem()
    {
        var state = DashboardUrl.Parse("/?q=" + new string('a', DashboardUrl.MaxTextLength + 1));

        Assert.Null(state.Filter.Text);
        Assert.Equal("q", Assert.Single(state.Problems).Parameter);
    }

    [Fact]
    public void Parse_CommaSeparatedPlaces_ReadsEachAndFormatsRepeated()
    {
        var state = DashboardUrl.Parse("/?place=SY-HA,IQ-NI&place=SY-HA");

        Assert.Equal(["SY-HA", "IQ-NI"], state.Filter.Places);
        Assert.Equal("/?place=SY-HA&place=IQ-NI", DashboardUrl.Format(state.Filter));
    }

    [Fact]
    public void Parse_OneUnknownPlaceOfTwo_KeepsTheOtherWithProblem()
    {
        var state = DashboardUrl.Parse("/?place=SY-HA&place=XX-YY", id => id == "SY-HA");

        Assert.Equal(["SY-HA"], state.Filter.Places);
        Assert.Equal("place", Assert.Single(state.Problems).Parameter);
    }
}
