using Microsoft.Data.Sqlite;
using Timeline.Data.Queries;

namespace Timeline.Web.Tests.Support;

/// <summary>Deletes a test's store folder once nothing reads it any more.</summary>
public static class StoreFolder
{
    /// <summary>
    /// Waits for the query service's background count builds (they open the store on their own), closes the pooled
    /// connections, then deletes the folder: a build still running would recreate the store's -wal/-shm files.
    /// </summary>
    public static void Delete(string folder, EventQueryService? queries)
    {
        queries?.AreaCounts.Idle().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
