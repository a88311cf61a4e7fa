using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Timeline.Data.Entities;

namespace Timeline.Data;

/// <summary>
/// The event store. SQLite by default. Make a migration from the repository root with
/// <c>dotnet ef migrations add NAME --project src/Timeline.Data --output-dir Migrations</c>.
/// </summary>
public sealed class TimelineDbContext(DbContextOptions<TimelineDbContext> options) : DbContext(options)
{
    public DbSet<ArticleRecord> Articles => Set<ArticleRecord>();
    public DbSet<EventRecord> Events => Set<EventRecord>();
    public DbSet<EventPlaceRecord> EventPlaces => Set<EventPlaceRecord>();
    public DbSet<SpanRecord> Spans => Set<SpanRecord>();
    public DbSet<PlaceAncestorRecord> PlaceAncestors => Set<PlaceAncestorRecord>();
    public DbSet<EventAncestorRecord> EventAncestors => Set<EventAncestorRecord>();
    public DbSet<AreaCountRecord> AreaCounts => Set<AreaCountRecord>();
    public DbSet<DateCountRecord> DateCounts => Set<DateCountRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimelineDbContext).Assembly);

    /// <summary>Options for a SQLite database file.</summary>
    public static DbContextOptions<TimelineDbContext> SqliteOptions(string databaseFile) =>
        new DbContextOptionsBuilder<TimelineDbContext>()
            .UseSqlite($"Data Source={databaseFile};Foreign Keys=True")
            .Options;
}

/// <summary>Lets <c>dotnet ef</c> create the context at design time.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TimelineDbContext>
{
    public TimelineDbContext CreateDbContext(string[] args) =>
        new(TimelineDbContext.SqliteOptions(Path.Combine(Path.GetTempPath(), "timeline-design.db")));
}
