using Timeline.Data.Queries;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Queries;

public sealed class EventQueryServiceSourcesTests : IDisposable
{
    private readonly TestStore _world = new("sources");

    [Fact]
    public void Sources_TestWorld_DistinctInOrdinalOrder()
    {
        Assert.Equal(["News Desk - The Cradle", "Reuters"], _world.Queries.Sources());
    }

    public void Dispose()
    {
        _world.Dispose();
    }
}
