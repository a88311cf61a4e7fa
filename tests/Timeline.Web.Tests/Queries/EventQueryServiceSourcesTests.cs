using Timeline.Data.Queries;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Queries;

public sealed class EventQueryServiceSourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-sources-").FullName;

    [Fact]
    public void Sources_TestWorld_DistinctInOrdinalOrder()
    {
        var queries = new EventQueryService(TestWorld.WriteStore(_folder).CreateContext, TestWorld.Gazetteer());

        Assert.Equal(["News Desk - The Cradle", "Reuters"], queries.Sources());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
