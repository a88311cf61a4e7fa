using System.Text;
using Timeline.Core.Pipeline;
using Timeline.Data;
using Timeline.Data.Import;
using Timeline.Web.Import;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Import;

/// <summary>Uploads through the real importer and extractor into a SQLite file, on the test world's gazetteer.</summary>
public sealed class ArticleUploadTests : IDisposable
{
    public const string Dated = "Friday, December 27, 2024\n\nFamilies left Al-Hol camp on Monday.\n\nTalks in Damascus went on for hours.\n";
    public const string Undated = "Families left Al-Hol camp on Monday.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-upload-test-").FullName;
    private readonly TimelineStore _store;
    private readonly Lazy<ExtractionPipeline> _pipeline = new(() => new ExtractionPipeline(TestWorld.Gazetteer()));
    private readonly ArticleUpload _upload;

    public ArticleUploadTests()
    {
        _store = TimelineStore.InDataFolder(_folder);
        _store.Migrate();
        _upload = new ArticleUpload(_store, _pipeline);
    }

    public static UploadFile Text(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    public static UploadFile Bytes(string name, byte[] bytes) => new(name, bytes.Length, () => new MemoryStream(bytes));

    [Fact]
    public async Task ImportAsync_MixedFiles_OneResultPerFileInOrder()
    {
        var results = await _upload.ImportAsync([
            Text("camp.txt", Dated),
            Text("camp-copy.txt", Dated),
            Bytes("big.txt", new byte[6 * 1024 * 1024]),
            Text("photo.png", Dated),
            Text("undated.txt", Undated),
        ], published: null);

        Assert.Equal(["camp.txt", "camp-copy.txt", "big.txt", "photo.png", "undated.txt"], results.Select(r => r.Name));
        Assert.Equal([ImportStatus.New, ImportStatus.Duplicate, ImportStatus.Failed, ImportStatus.Failed, ImportStatus.Failed], results.Select(r => r.Status));
        Assert.Equal("camp-copy.txt: same article as camp.txt", results[1].Message);
        Assert.Equal("big.txt: 6.0 MB is over the 5 MB limit", results[2].Message);
        Assert.Equal("photo.png: not an article file; choose .txt, .html or .htm files", results[3].Message);
        Assert.StartsWith("undated.txt: ", results[4].Message);
        Assert.DoesNotContain(_folder, string.Concat(results.Select(r => r.Message)));
        Assert.DoesNotContain(Path.GetTempPath(), string.Concat(results.Select(r => r.Message)));

        using var db = _store.CreateContext();
        var article = Assert.Single(db.Articles.ToList());
        Assert.Equal("camp.txt", article.FileName);
        Assert.Equal(new DateOnly(2024, 12, 27), article.Published);
        Assert.Equal(db.Events.Count(e => e.ArticleId == article.Id), results[0].Events);
        Assert.True(results[0].Events > 0);
    }

    [Fact]
    public async Task ImportAsync_OnlyRefusedFiles_DoesNotBuildThePipeline()
    {
        var results = await _upload.ImportAsync([Text("notes.docx", Dated)], null);

        Assert.Equal(ImportStatus.Failed, Assert.Single(results).Status);
        Assert.False(_pipeline.IsValueCreated);
    }

    [Fact]
    public async Task ImportAsync_SameFileAgain_IsAlreadyImported()
    {
        await _upload.ImportAsync([Text("camp.txt", Dated)], null);

        var again = Assert.Single(await _upload.ImportAsync([Text("camp.txt", Dated)], null));

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        using var db = _store.CreateContext();
        Assert.Single(db.Articles.ToList());
    }

    [Fact]
    public async Task ImportAsync_PublishedGiven_ImportsAnUndatedFile()
    {
        var result = Assert.Single(await _upload.ImportAsync([Text("undated.txt", Undated)], new DateOnly(2025, 2, 25)));

        Assert.Equal(ImportStatus.New, result.Status);
        using var db = _store.CreateContext();
        Assert.Equal(new DateOnly(2025, 2, 25), Assert.Single(db.Articles.ToList()).Published);
    }

    [Fact]
    public async Task ImportAsync_Progress_ReportsBytesThenFiles()
    {
        var reports = new List<UploadProgress>();

        await _upload.ImportAsync([Text("camp.txt", Dated), Text("damascus.txt", Dated.Replace("hours", "days", StringComparison.Ordinal))], null,
            new InlineProgress<UploadProgress>(reports.Add));

        var received = reports.Where(r => r.Stage == "Receiving").ToList();
        Assert.Equal(received[^1].BytesTotal, received[^1].BytesReceived);
        Assert.Equal(2, reports[^1].FilesDone);
        Assert.Equal(2, reports[^1].FilesTotal);
    }

    public void Dispose()
    {
        _upload.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
