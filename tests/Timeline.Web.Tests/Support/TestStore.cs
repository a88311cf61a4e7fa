using Microsoft.Data.Sqlite;
using Timeline.Data;
using Timeline.Data.Queries;

namespace Timeline.Web.Tests.Support;

/// <summary>
/// The test world's store in a temp folder of its own, with a query service over it. Disposing waits for the service's
/// background count builds (they open the store on their own and would recreate its -wal/-shm files), closes the pooled
/// connections, then deletes the folder.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <param name="name">Part of the temp folder's name, to tell the tests' folders apart.</param>
    /// <param name="generated">Generated events added to the test world's (see <see cref="TestWorld.WriteStore"/>).</param>
    public TestStore(string name, int generated = 0)
    {
        Folder = Directory.CreateTempSubdirectory($"timeline-{name}-").FullName;
        Store = TestWorld.WriteStore(Folder, generated);
        Queries = new EventQueryService(Store.CreateContext, TestWorld.Gazetteer());
    }

    public string Folder { get; }

    public TimelineStore Store { get; }

    public EventQueryService Queries { get; }

    public void Dispose()
    {
        Queries.AreaCounts.Idle().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
