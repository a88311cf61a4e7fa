using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;

namespace Timeline.Web.Tests.Components;

/// <summary>The card's link to its article carries the dashboard's filter, so that the article view can lead back to it.</summary>
public class EventCardArticleLinkTests : ComponentTest
{
    [Theory]
    [InlineData("/", "/articles/7")]
    [InlineData("/?place=SY-HA&q=camp", "/articles/7?place=SY-HA&q=camp")]
    public void EventCard_ArticleLink_CarriesTheDashboardQuery(string dashboard, string expected)
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(dashboard);
        var e = new EventView(3, 7, new DateOnly(2025, 2, 24), new DateOnly(2025, 2, 24), DatePrecision.Day, DateBasis.Publication,
            "2025-02-24", null, "Talks went on.", "Reuters", "Talks", new DateOnly(2025, 2, 24), []);

        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event, e));

        Assert.Equal(expected, cut.FindAll("a").Single(a => a.TextContent == "read the article").GetAttribute("href"));
    }
}
