using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;
using Timeline.Web.Components.Pages;
using Timeline.Web.Hosting;
using Timeline.Web.Map;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Components;

/// <summary>The dashboard page on the test world's store: the URL in, the view out.</summary>
public sealed class HomeTests : ComponentTest
{
    public HomeTests()
    {
        UseTestStore();
        Context.Services.AddScoped<MapInterop>();
        Context.Services.AddSingleton(Options.Create(new TimelineOptions()));
        Context.Services.AddSingleton(new DistrictLayers(TestWorld.Gazetteer()));
        Context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    private IRenderedComponent<Home> Open(string url)
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Context.Render<Home>();
    }

    private static List<string> Cards(IRenderedComponent<Home> cut) =>
        cut.FindAll("section[aria-label='Timeline'] article").Select(a => a.QuerySelector("p")!.TextContent).ToList();

    [Fact]
    public void Home_PlaceInUrl_ShowsOnlyItsEvents()
    {
        var cut = Open("/?place=SY-HA");

        Assert.Equal(["Fighting spread across Al-Hasakah last month.", "Hundreds of families left Al-Hol camp on Monday."], Cards(cut));
    }

    [Fact]
    public void Home_GarbageDate_ShowsNoticeAndAllEvents()
    {
        var cut = Open("/?from=garbage");

        Assert.Contains("'garbage' is not a date", cut.Find("[role='alert']").TextContent);
        Assert.Equal(4, Cards(cut).Count);
    }

    [Fact]
    public void Home_NoticeClosed_RemovesIt()
    {
        var cut = Open("/?place=XX-NOPE");

        cut.Find("[role='alert'] button").Click();

        Assert.Empty(cut.FindAll("[role='alert']"));
    }

    [Fact]
    public void Home_FiltersCleared_NavigatesToUnfilteredView()
    {
        var cut = Open("/?place=SY-HA");

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Clear filters").Click();

        Assert.Equal("http://localhost/", Context.Services.GetRequiredService<NavigationManager>().Uri);
        cut.WaitForAssertion(() => Assert.Equal(4, Cards(cut).Count));
    }

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    private static int IdOf(IRenderedComponent<Home> cut, string sentenceStart) =>
        int.Parse(cut.FindAll("[data-event-id]").First(e => e.TextContent.Contains(sentenceStart, StringComparison.Ordinal)).GetAttribute("data-event-id")!);

    [Fact]
    public void Home_EventInUrl_MarksItsCardCurrent()
    {
        var id = IdOf(Open("/"), "Talks in Damascus");

        var cut = Open($"/?event={id}");

        Assert.StartsWith("Talks in Damascus", cut.Find("article[aria-current='true'] p").TextContent);
        Assert.Empty(cut.FindAll("[role='alert']"));
    }

    [Fact]
    public void Home_EventOutsideFilter_ShowsNoticeAndSelectsNothing()
    {
        var id = IdOf(Open("/"), "Talks in Damascus");

        var cut = Open($"/?place=SY-HA&event={id}");

        Assert.Contains($"Event {id} is not in this view", cut.Find("[role='alert']").TextContent);
        Assert.Empty(cut.FindAll("article[aria-current='true']"));
        Assert.Equal(2, Cards(cut).Count);
    }

    [Fact]
    public async Task Home_CardClicked_ReplacesUrlWithEventAndKeepsFilter()
    {
        var cut = Open("/?place=SY-HA&map=36.3,41,7");
        var id = IdOf(cut, "Hundreds of families");

        // A click on the card, as timeline.js reports it.
        var timeline = cut.FindComponent<TimelineView>();
        await timeline.InvokeAsync(() => timeline.Instance.Select(id));

        Assert.Equal($"http://localhost/?place=SY-HA&event={id}&map=36.3,41,7", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.StartsWith("Hundreds of families", cut.Find("article[aria-current='true'] p").TextContent));
    }

    [Fact]
    public async Task Home_SelectionCleared_DropsEventFromUrlAndUnmarksCard()
    {
        var id = Context.Services.GetRequiredService<EventQueryService>().Events(new EventFilter(Text: "Hundreds of families")).Single().Id;
        var cut = Open($"/?place=SY-HA&event={id}&map=36.3,41,7");
        Assert.Single(cut.FindAll("article[aria-current='true']"));

        // The card's close button, as timeline.js reports it.
        var timeline = cut.FindComponent<TimelineView>();
        await timeline.InvokeAsync(() => timeline.Instance.Clear());

        Assert.Equal("http://localhost/?place=SY-HA&map=36.3,41,7", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("article[aria-current='true']")));
        Assert.Equal(2, Cards(cut).Count);
    }

    [Fact]
    public void Home_BadMapView_ShowsNotice()
    {
        var cut = Open("/?map=95,41,7");

        Assert.Contains("is not a map view", cut.Find("[role='alert']").TextContent);
        Assert.Equal(4, Cards(cut).Count);
    }
}
