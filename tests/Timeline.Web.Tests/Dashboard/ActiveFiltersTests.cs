using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Tests.Dashboard;

public class ActiveFiltersTests
{
    private static readonly EventFilter Full =
        new(new DateOnly(2024, 12, 1), new DateOnly(2025, 2, 28), ["SY-HA", "SY-DI"], "prison camp", ["Reuters", "AP"]);

    private static IReadOnlyList<FilterChip> Chips(EventFilter filter) => ActiveFilters.Chips(filter, id => id == "SY-HA" ? "Al-Hasakah" : id);

    [Fact]
    public void Chips_FullFilter_OnePerPartInUrlOrder() =>
        Assert.Equal(["From 2024-12-01", "To 2025-02-28", "Al-Hasakah", "SY-DI", "\u201cprison\u201d", "\u201ccamp\u201d", "Source: Reuters", "Source: AP"],
            Chips(Full).Select(c => c.Text));

    [Theory]
    [InlineData("From 2024-12-01", "/?to=2025-02-28&place=SY-HA&place=SY-DI&q=prison%20camp&source=Reuters&source=AP")]
    [InlineData("To 2025-02-28", "/?from=2024-12-01&place=SY-HA&place=SY-DI&q=prison%20camp&source=Reuters&source=AP")]
    [InlineData("Al-Hasakah", "/?from=2024-12-01&to=2025-02-28&place=SY-DI&q=prison%20camp&source=Reuters&source=AP")]
    [InlineData("\u201cprison\u201d", "/?from=2024-12-01&to=2025-02-28&place=SY-HA&place=SY-DI&q=camp&source=Reuters&source=AP")]
    [InlineData("Source: Reuters", "/?from=2024-12-01&to=2025-02-28&place=SY-HA&place=SY-DI&q=prison%20camp&source=AP")]
    public void Chips_Removed_LeavesTheRest(string chip, string url) =>
        Assert.Equal(url, DashboardUrl.Format(Chips(Full).Single(c => c.Text == chip).Without));

    [Fact]
    public void Chips_LastWordRemoved_NoText() =>
        Assert.Null(Chips(new EventFilter(Text: "camp")).Single().Without.Text);

    [Fact]
    public void Chips_EmptyFilter_None() => Assert.Empty(Chips(EventFilter.None));
}
