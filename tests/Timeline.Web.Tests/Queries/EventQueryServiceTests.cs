using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Queries;

/// <summary>The query service on a real SQLite file with the test world (lives here until Timeline.Data.Tests builds on main).</summary>
public sealed class EventQueryServiceTests : IDisposable
{
    private readonly TestStore _world = new("query");
    private readonly EventQueryService _queries;

    public EventQueryServiceTests() => _queries = _world.Queries;

    private List<string> Sentences(EventFilter filter) => _queries.Events(filter).Select(e => e.Sentence[..12]).ToList();

    [Fact]
    public void Events_NoFilter_AllInDateOrder()
    {
        Assert.Equal(["A delegation", "Talks in Dam", "Fighting spr", "Hundreds of "], Sentences(EventFilter.None));
    }

    [Fact]
    public void Events_Admin1Place_FindsPlaceAndDescendants()
    {
        Assert.Equal(["Fighting spr", "Hundreds of "], Sentences(new EventFilter(Places: [TestWorld.Hasakah])));
    }

    [Fact]
    public void Events_Country_FindsEverythingInIt()
    {
        Assert.Equal(4, _queries.Count(new EventFilter(Places: [TestWorld.Syria])));
    }

    [Fact]
    public void Events_RangeInsideMonthEvent_FindsItByOverlap()
    {
        Assert.Equal(["Fighting spr"], Sentences(new EventFilter(new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 1))));
    }

    [Fact]
    public void Events_Words_MatchSentenceOrPlaceName()
    {
        Assert.Equal(["Hundreds of "], Sentences(new EventFilter(Text: "families hol")));
        Assert.Empty(Sentences(new EventFilter(Text: "100%")));
    }

    [Fact]
    public void Events_PlaceMentions_HaveSentenceOffsets()
    {
        var e = _queries.Events(new EventFilter(Places: [TestWorld.AlHol])).Single();
        var place = Assert.Single(e.Places);

        Assert.Equal("Al-Hol camp", e.Sentence[place.Start..place.End]);
    }

    [Fact]
    public void Admin1Counts_AllEvents_CountsEachRegionOnce()
    {
        var counts = _queries.Admin1Counts(EventFilter.None).ToDictionary(c => c.PlaceId, c => c.Events);

        Assert.Equal(new Dictionary<string, int> { [TestWorld.Hasakah] = 2, [TestWorld.Damascus] = 2 }, counts);
    }

    [Fact]
    public void PointCounts_AllEvents_ListsPointPlacesOnly()
    {
        var counts = _queries.PointCounts(EventFilter.None).Select(c => (c.PlaceId, c.Events)).ToList();

        Assert.Equal([(TestWorld.DamascusCity, 2), (TestWorld.AlHol, 1)], counts);
    }

    public void Dispose()
    {
        _world.Dispose();
    }
}
