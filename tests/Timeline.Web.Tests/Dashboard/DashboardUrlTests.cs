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
        "/?event=42",
        "/?map=36.3,41,7",
        "/?from=2024-12-01&place=SY-HA&event=42&map=-33.8688,151.2093,12.25",
        "/?map=0,-180,0",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Format_ParsedUrl_GivesSameUrl(string url)
    {
        var state = DashboardUrl.Parse(url);

        Assert.Empty(state.Problems);
        Assert.Equal(url, DashboardUrl.Format(state.Filter, state.EventId, state.View));
    }

    [Fact]
    public void Parse_EventAndMap_ReadsThem()
    {
        var state = DashboardUrl.Parse("/?place=SY-HA&event=42&map=36.3,41.05,7.5");

        Assert.Equal(42, state.EventId);
        Assert.Equal(new MapViewport(36.3, 41.05, 7.5), state.View);
        Assert.Equal(["SY-HA"], state.Filter.Places);
    }

    [Fact]
    public void Format_LongDecimals_RoundsMapView()
    {
        Assert.Equal("/?map=36.1235,41,7.33", DashboardUrl.Format(EventFilter.None, null, new MapViewport(36.123456, 40.99999, 7.3333)));
    }

    [Theory]
    [InlineData("/?event=abc", "event")]
    [InlineData("/?event=0", "event")]
    [InlineData("/?event=-3", "event")]
    [InlineData("/?event=99999999999", "event")]
    [InlineData("/?map=36.3,41", "map")]
    [InlineData("/?map=91,41,7", "map")]
    [InlineData("/?map=36.3,181,7", "map")]
    [InlineData("/?map=36.3,41,19", "map")]
    [InlineData("/?map=36.3,41,seven", "map")]
    [InlineData("/?map=1e3,41,7", "map")]
    public void Parse_BadEventOrMap_IgnoresItWithProblem(string url, string parameter)
    {
        var state = DashboardUrl.Parse(url + "&from=2025-01-01");

        var problem = Assert.Single(state.Problems);
        Assert.Equal(parameter, problem.Parameter);
        Assert.Null(state.EventId);
        Assert.Null(state.View);
        Assert.Equal(new DateOnly(2025, 1, 1), state.Filter.From);
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
