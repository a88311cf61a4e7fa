using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Timeline.Core.Articles;
using Timeline.Core.Pipeline;
using Timeline.Data.Entities;
using Timeline.Data.Hierarchy;

namespace Timeline.Data.Import;

/// <summary>
/// Imports article files into the store. Idempotent: an article whose content hash is stored is not added again.
/// Atomic per article: an article's row, events, places and spans are committed in one transaction together with
/// other whole articles, so an interrupted import leaves no half article and a rerun completes the rest.
/// </summary>
public sealed class ArticleImporter(ExtractionPipeline pipeline, Func<TimelineDbContext> createContext)
{
    /// <summary>
    /// Whole articles committed per transaction: fewer commits and fewer summary rows to update (a batch shares its
    /// months and years; fewer rewrites of the same index pages into the log), same atomicity per article.
    /// </summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Articles per transaction unless <see cref="BatchSize"/> says otherwise.</summary>
    public const int DefaultBatchSize = 1024;

    /// <summary>Test seam: runs after each event row is written, before its transaction commits.</summary>
    internal Action? AfterEventRow { get; init; }

    /// <summary>
    /// Imports the files; never throws for a bad file (it is reported), only for a broken store (the batches committed
    /// before stay). Reading and extraction run on one thread while the previous batch is written on another.
    /// </summary>
    public ImportReport Import(IReadOnlyList<string> files, DateOnly? published = null,
        IProgress<FileImportResult>? progress = null, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var results = new List<FileImportResult>(files.Count);
        Dictionary<string, string> stored;
        using (var db = createContext())
            stored = db.Articles.AsNoTracking().Select(a => new { a.ContentHash, a.FileName }).ToDictionary(a => a.ContentHash, a => a.FileName, StringComparer.Ordinal);

        // Batches in file order: failed and unchanged files are reported in their place, after the batch before them.
        using var batches = new BlockingCollection<List<(ArticleRecord? Record, FileImportResult Result)>>(boundedCapacity: 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var writing = new Stopwatch();
        var writer = Task.Run(() =>
        {
            try
            {
                var ancestry = new AncestryCache(pipeline.Gazetteer);
                foreach (var batch in batches.GetConsumingEnumerable(stop.Token))
                {
                    writing.Start();
                    Commit(batch, ancestry);
                    writing.Stop();
                    foreach (var (_, result) in batch)
                    {
                        results.Add(result);
                        progress?.Report(result);
                    }
                }
            }
            catch
            {
                stop.Cancel(); // a broken store: stop reading files
                throw;
            }
        }, CancellationToken.None);

        try
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var batch = new List<(ArticleRecord? Record, FileImportResult Result)>();
            var articles = 0;
            foreach (var file in files)
            {
                cancel.ThrowIfCancellationRequested();
                stop.Token.ThrowIfCancellationRequested();
                var result = Prepare(file, published, stored, seen, out var record);
                batch.Add((record, result));
                if (record is not null && ++articles >= BatchSize)
                {
                    batches.Add(batch, stop.Token);
                    (batch, articles) = ([], 0);
                }
            }
            if (batch.Count > 0)
                batches.Add(batch, stop.Token);
            batches.CompleteAdding();
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // The writer failed; its exception is thrown below.
        }
        catch
        {
            stop.Cancel();
            try { writer.Wait(CancellationToken.None); } catch (AggregateException) { }
            throw;
        }
        try
        {
            writer.Wait(CancellationToken.None);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return new ImportReport(results, watch.Elapsed) { Writing = writing.Elapsed };
    }

    /// <param name="seen">Articles of this run so far, by content hash: a second copy is a duplicate.</param>
    private FileImportResult Prepare(string file, DateOnly? published, Dictionary<string, string> stored,
        Dictionary<string, string> seen, out ArticleRecord? record)
    {
        record = null;
        var name = Path.GetFileName(file);
        byte[] bytes;
        try
        {
            bytes = ArticleReader.ReadBytes(file);
        }
        catch (ArticleFormatException e)
        {
            return Failed(file, e.Message, File.Exists(file) ? new FileInfo(file).Length : 0);
        }

        Article article;
        try
        {
            article = pipeline.Read(name, bytes, published);
        }
        catch (ArticleFormatException e)
        {
            return Failed(file, e.Message, bytes.Length);
        }

        var hash = ContentHash(article);
        if (stored.TryGetValue(hash, out var storedName) || seen.TryGetValue(hash, out storedName))
        {
            return storedName == name
                ? new FileImportResult(file, ImportStatus.Unchanged, 0, null, bytes.Length)
                : new FileImportResult(file, ImportStatus.Duplicate, 0, $"{name}: same article as {storedName}", bytes.Length);
        }

        var extraction = pipeline.Extract(article);
        record = ArticleRecords.From(name, hash, extraction);
        seen[hash] = name;
        var warning = article.Warnings.Count > 0 ? $"{name}: {string.Join("; ", article.Warnings)}" : null;
        return new FileImportResult(file, ImportStatus.New, record.Events.Count, warning, bytes.Length);
    }

    private void Commit(List<(ArticleRecord? Record, FileImportResult Result)> batch, AncestryCache ancestry)
    {
        if (batch.All(b => b.Record is null))
            return;
        using var db = createContext();
        db.Database.OpenConnection();
        // Under WAL, NORMAL keeps every commit atomic and durable against a crash of the process; only a power loss can
        // lose the last commits (never half of one). It saves one fsync per commit.
        // A checkpoint (which syncs the database file) every 64 MB of log rather than every 4 MB; a 64 MB page cache
        // instead of 2 MB for the indexes being appended to.
        db.Database.ExecuteSqlRaw("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=16384; PRAGMA cache_size=-65536;");
        using var transaction = db.Database.BeginTransaction();
        using var writer = new ArticleWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), pipeline.Gazetteer, ancestry)
        {
            AfterEventRow = AfterEventRow,
        };
        var now = DateTimeOffset.UtcNow;
        foreach (var (record, _) in batch)
        {
            if (record is null)
                continue;
            record.ImportedAt = now;
            writer.Write(record);
        }
        writer.Complete();
        transaction.Commit();
        writer.Committed();
    }

    private static FileImportResult Failed(string file, string message, long bytes = 0) =>
        new(file, ImportStatus.Failed, 0, message, bytes);

    /// <summary>SHA-256 of the publication date and the body: independent of file name, encoding and line endings.</summary>
    public static string ContentHash(Article article)
    {
        var text = article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n" + article.Body;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
