using Microsoft.EntityFrameworkCore;
using Timeline.Core.Tests;
using Timeline.Data.Import;

namespace Timeline.Data.Tests.Hierarchy;

/// <summary>The precomputed hierarchy: written by the importer, rebuilt from scratch on start to the same rows.</summary>
public sealed class PlaceAncestryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private TimelineStore ImportedSeeds()
    {
        var store = new TimelineStore(_temp.File("timeline.db"));
        store.Migrate();
        new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import(ArticleFiles.Expand([TestPaths.SharedFile("seeds")], []));
        return store;
    }

    private static HashSet<(string, string)> Pairs(TimelineStore store)
    {
        using var db = store.CreateContext();
        return db.PlaceAncestors.AsNoTracking().Select(a => new { a.PlaceId, a.AncestorId }).AsEnumerable()
            .Select(a => (a.PlaceId, a.AncestorId)).ToHashSet();
    }

    [Theory]
    [InlineData("al-hol-camp", "al-hol-camp")]
    [InlineData("al-hol-camp", "SY-HA")]
    [InlineData("al-hol-camp", "SY")]
    [InlineData("gn:9166620", "IQ-NI")]
    public void Import_Seeds_WritesAncestorsIncludingSelf(string placeId, string ancestorId)
    {
        Assert.Contains((placeId, ancestorId), Pairs(ImportedSeeds()));
    }

    [Fact]
    public void Rebuild_AfterImport_GivesSameRows()
    {
        var store = ImportedSeeds();
        var imported = Pairs(store);

        var places = store.RebuildHierarchy(TestPipeline.Instance.Gazetteer);

        Assert.True(places > 10);
        Assert.Equal(imported, Pairs(store));
    }

    [Fact]
    public void Rebuild_EventAncestorsLost_RestoresThemAsImported()
    {
        var store = ImportedSeeds();
        var imported = EventPairs(store);
        using (var db = store.CreateContext())
            db.EventAncestors.ExecuteDelete();

        store.RebuildHierarchy(TestPipeline.Instance.Gazetteer);

        Assert.Contains(imported, p => p.Item2 == "SY-HA");
        Assert.Equal(imported, EventPairs(store));
    }

    private static HashSet<(int, string)> EventPairs(TimelineStore store)
    {
        using var db = store.CreateContext();
        return db.EventAncestors.AsNoTracking().Select(a => new { a.EventId, a.AncestorId }).AsEnumerable()
            .Select(a => (a.EventId, a.AncestorId)).ToHashSet();
    }
}
