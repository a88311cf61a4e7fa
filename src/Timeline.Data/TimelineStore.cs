using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Timeline.Data;

/// <summary>Where the store lives and how it is opened: one SQLite file in the data folder, migrated on open.</summary>
public sealed class TimelineStore
{
    /// <summary>File name of the database inside the data folder.</summary>
    public const string DatabaseFileName = "timeline.db";

    public TimelineStore(string databaseFile)
    {
        DatabaseFile = Path.GetFullPath(databaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        Options = TimelineDbContext.SqliteOptions(DatabaseFile);
    }

    public string DatabaseFile { get; }

    public Microsoft.EntityFrameworkCore.DbContextOptions<TimelineDbContext> Options { get; }

    public static TimelineStore InDataFolder(string dataFolder) => new(Path.Combine(dataFolder, DatabaseFileName));

    public TimelineDbContext CreateContext() => new(Options);

    /// <summary>Creates or upgrades the schema; WAL journal so readers never block the importer.</summary>
    public void Migrate()
    {
        using var db = CreateContext();
        db.Database.Migrate();
        using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Recomputes <c>place_ancestors</c> from the gazetteer for every stored place (on start: rows written before the
    /// table existed, or under an older gazetteer), and <c>event_ancestors</c> when that changed anything. Returns the
    /// number of places.
    /// </summary>
    public int RebuildHierarchy(Core.Places.Gazetteer gazetteer)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        connection.Open();
        return Hierarchy.PlaceAncestry.Rebuild(connection, gazetteer).Places;
    }
}
