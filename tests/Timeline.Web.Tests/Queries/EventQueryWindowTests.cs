using Timeline.Data.Queries;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Queries;

/// <summary>The offset seek and position lookup of the virtualized timeline, on the test world with 60 generated events.</summary>
public sealed class EventQueryWindowTests : IDisposable
{
    private readonly TestStore _world = new("window", generated: 60);
    private readonly EventQueryService _queries;

    public EventQueryWindowTests() => _queries = _world.Queries;

    public static TheoryData<int, string?> Windows => new() { { 0, null }, { 1, null }, { 31, null }, { 63, null }, { 1, TestWorld.Hasakah }, { 20, TestWorld.Damascus } };

    [Theory]
    [MemberData(nameof(Windows))]
    public void CursorBefore_Index_PageStartsThere(int index, string? place)
    {
        var filter = new EventFilter(Places: place is null ? [] : [place]);
        var all = _queries.Events(filter).Select(e => e.Id).ToList();

        var page = _queries.Events(filter, 5, _queries.CursorBefore(filter, index)).Select(e => e.Id);

        Assert.Equal(all.Skip(index).Take(5), page);
    }

    [Fact]
    public void CursorBefore_PastTheEnd_Null()
    {
        Assert.Null(_queries.CursorBefore(EventFilter.None, 65));
    }

    [Fact]
    public void IndexOf_EventInFilter_ItsPosition()
    {
        var filter = new EventFilter(Places: [TestWorld.Syria], From: new DateOnly(2024, 1, 1));
        var all = _queries.Events(filter);

        Assert.Equal(Enumerable.Range(0, all.Count), all.Select(e => _queries.IndexOf(filter, e.Id)!.Value));
    }

    [Fact]
    public void IndexOf_EventOutsideFilterOrUnknown_Null()
    {
        var damascus = _queries.Events(new EventFilter(Places: [TestWorld.Damascus]))[0];

        Assert.Null(_queries.IndexOf(new EventFilter(Places: [TestWorld.Hasakah]), damascus.Id));
        Assert.Null(_queries.IndexOf(EventFilter.None, 999_999));
    }

    public void Dispose()
    {
        _world.Dispose();
    }
}
