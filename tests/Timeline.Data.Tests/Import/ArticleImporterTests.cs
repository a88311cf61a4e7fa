using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Timeline.Core.Tests;
using Timeline.Data.Import;

namespace Timeline.Data.Tests.Import;

public sealed class ArticleImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The seed articles and the dated dev articles, copied into a folder of their own.</summary>
    private string Corpus()
    {
        var dir = Directory.CreateDirectory(_temp.File("corpus")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.SharedFile("seeds"), "*.txt")
                     .Concat(Directory.GetFiles(TestPaths.SharedFile("eval", "dev"), "*.txt").Where(f => !f.Contains("nodate"))))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    private TimelineStore Store(string name = "timeline.db")
    {
        var store = new TimelineStore(_temp.File(name));
        store.Migrate();
        return store;
    }

    private static IReadOnlyList<string> Files(string dir) => ArticleFiles.Expand([dir], []);

    [Fact]
    public void Import_SameFilesTwice_SecondRunAddsNothing()
    {
        var store = Store();
        var importer = new ArticleImporter(TestPipeline.Instance, store.CreateContext);
        var files = Files(Corpus());

        var first = importer.Import(files);
        var before = Dump(store);
        var second = importer.Import(files);

        Assert.Equal(files.Count, first.New);
        Assert.True(first.Events > files.Count, "every article yields events");
        Assert.Equal(0, second.New);
        Assert.Equal(files.Count, second.Unchanged);
        Assert.Equal(before, Dump(store));
    }

    [Fact]
    public void Import_Seeds_RowsReadBackThroughEfEqualTheExtraction()
    {
        var store = Store();
        var file = Directory.GetFiles(TestPaths.SharedFile("seeds"), "*.txt").Order(StringComparer.Ordinal).Last();
        new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import([file]);
        var expected = TestPipeline.Instance.Extract(TestPipeline.Instance.Read(Path.GetFileName(file), File.ReadAllBytes(file)));

        using var db = store.CreateContext();
        var article = db.Articles.Include(a => a.Events).ThenInclude(e => e.Places).Include(a => a.Spans).Single();
        var events = article.Events.OrderBy(e => e.Ordinal).ToList();

        Assert.Equal(expected.Article.Published, article.Published);
        Assert.Equal(expected.Events.Select(e => (e.Sentence, e.Interval.Start, e.Interval.End, e.Precision, e.Basis, e.Edtf, e.Places.Count)),
            events.Select(e => (e.Sentence, e.DateStart, e.DateEnd, e.Precision, e.Basis, e.Edtf, e.Places.Count)));
        Assert.Equal(expected.Dates.Count + expected.Places.Count, article.Spans.Count);
        Assert.All(events.SelectMany(e => e.Places), p => Assert.Equal(p.Mention, article.Body[p.MentionStart..p.MentionEnd]));
    }

    [Fact]
    public void Import_SameArticleUnderTwoNames_SecondIsDuplicate()
    {
        var dir = Corpus();
        var original = Files(dir)[0];
        File.Copy(original, Path.Combine(dir, "zz_copy_of_first.txt"));
        var store = Store();

        var report = new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import(Files(dir));

        var duplicate = Assert.Single(report.Files, f => f.Status == ImportStatus.Duplicate);
        Assert.Contains("zz_copy_of_first.txt", duplicate.Message);
        Assert.Contains(Path.GetFileName(original), duplicate.Message);
        using var db = store.CreateContext();
        Assert.Equal(report.New, db.Articles.Count());
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("binary.txt", "\0\u0001\u0002PNG\0\0\0\u0003", "binary")]
    [InlineData("nodate.txt", "Just some words about Syria.\n\nNothing else here.", "publication date")]
    public void Import_BadFileAmongGoodOnes_ReportsItByNameAndImportsTheRest(string name, string content, string reason)
    {
        var dir = Corpus();
        File.WriteAllBytes(Path.Combine(dir, name), Encoding.UTF8.GetBytes(content));
        var store = Store();

        var report = new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import(Files(dir));

        var failed = Assert.Single(report.Files, f => f.Status == ImportStatus.Failed);
        Assert.Contains(name, failed.Message);
        Assert.Contains(reason, failed.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Files(dir).Count - 1, report.New);
    }

    [Fact]
    public void Import_MissingPath_IsReportedNotSkipped()
    {
        var store = Store();
        var missing = _temp.File("does-not-exist.txt");

        var report = new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import([missing]);

        var failed = Assert.Single(report.Files);
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Contains("does-not-exist.txt", failed.Message);
    }

    [Fact]
    public void Import_OverSizeLimit_IsRefusedWithTheLimitNamed()
    {
        var big = _temp.File("huge.txt");
        File.WriteAllText(big, "Friday, December 27, 2024\n\n" + new string('a', 6 * 1024 * 1024));
        var store = Store();

        var report = new ArticleImporter(TestPipeline.Instance, store.CreateContext).Import([big]);

        var failed = Assert.Single(report.Files);
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Contains("5 MB", failed.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    public void Import_CrashMidway_LeavesNoHalfArticleAndRerunEqualsCleanImport(int failOnEventRow)
    {
        var files = Files(Corpus());
        var clean = Store("clean.db");
        new ArticleImporter(TestPipeline.Instance, clean.CreateContext) { BatchSize = 3 }.Import(files);

        var crashed = Store("crashed.db");
        var written = 0;
        var crashing = new ArticleImporter(TestPipeline.Instance, crashed.CreateContext)
        {
            BatchSize = 3,
            AfterEventRow = () =>
            {
                if (++written == failOnEventRow)
                    throw new SimulatedCrash(); // mid-article: some of its events are written, the commit is not
            },
        };
        Assert.Throws<SimulatedCrash>(() => crashing.Import(files));

        using (var db = crashed.CreateContext())
        {
            var half = db.Articles.Where(a => !a.Events.Any()).Select(a => a.FileName).ToList();
            Assert.Empty(half);
            Assert.True(db.Articles.Count() < files.Count);
        }
        var rerun = new ArticleImporter(TestPipeline.Instance, crashed.CreateContext) { BatchSize = 3 }.Import(files);

        Assert.Equal(0, rerun.Failed);
        Assert.Equal(Dump(clean), Dump(crashed));
    }

    /// <summary>Every row of every table except import timestamps, in key order (the hierarchy and the summaries too): two equal dumps are equal databases.</summary>
    private static string Dump(TimelineStore store)
    {
        using var connection = new SqliteConnection($"Data Source={store.DatabaseFile};Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        foreach (var (table, key) in new[]
                 {
                     ("articles", "Id"), ("events", "Id"), ("event_places", "Id"), ("spans", "Id"),
                     ("place_ancestors", "PlaceId, AncestorId"), ("event_ancestors", "EventId, AncestorId"),
                     ("area_counts", "Level, Grain, Period, Area"), ("date_counts", "Source, Start, \"End\""),
                 })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {key}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.Append(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) != "ImportedAt")
                        text.Append('|').Append(reader.GetValue(i));
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private sealed class SimulatedCrash() : Exception("simulated crash");
}
