using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Timeline.Core.Articles;
using Timeline.Core.Pipeline;
using Timeline.Data.Entities;

namespace Timeline.Data.Import;

/// <summary>
/// Imports article files into the store. Idempotent: an article whose content hash is stored is not added again.
/// Atomic per article: an article's row, events, places and spans are committed in one transaction together with
/// other whole articles, so an interrupted import leaves no half article and a rerun completes the rest.
/// </summary>
public sealed class ArticleImporter(ExtractionPipeline pipeline, Func<TimelineDbContext> createContext)
{
    /// <summary>Whole articles committed per transaction: fewer commits, same atomicity per article.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Test seam: runs after each event row is written, before its transaction commits.</summary>
    internal Action? AfterEventRow { get; init; }

    /// <summary>Imports the files; never throws for a bad file (it is reported), only for a broken store.</summary>
    public ImportReport Import(IReadOnlyList<string> files, DateOnly? published = null,
        IProgress<FileImportResult>? progress = null, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var results = new List<FileImportResult>(files.Count);
        var batch = new List<(ArticleRecord Record, FileImportResult Result)>();
        var pendingHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string> stored;
        using (var db = createContext())
            stored = db.Articles.AsNoTracking().Select(a => new { a.ContentHash, a.FileName }).ToDictionary(a => a.ContentHash, a => a.FileName, StringComparer.Ordinal);

        foreach (var file in files)
        {
            cancel.ThrowIfCancellationRequested();
            var result = Prepare(file, published, stored, pendingHashes, out var record);
            if (record is null)
            {
                results.Add(result);
                progress?.Report(result);
                continue;
            }
            batch.Add((record, result));
            if (batch.Count >= BatchSize)
                Commit(batch, results, stored, pendingHashes, progress);
        }
        Commit(batch, results, stored, pendingHashes, progress);
        return new ImportReport(results, watch.Elapsed);
    }

    private FileImportResult Prepare(string file, DateOnly? published, Dictionary<string, string> stored,
        Dictionary<string, string> pending, out ArticleRecord? record)
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
        if (pending.TryGetValue(hash, out var firstName))
            return new FileImportResult(file, ImportStatus.Duplicate, 0, $"{name}: same article as {firstName}", bytes.Length);

        if (stored.TryGetValue(hash, out var storedName))
        {
            return storedName == name
                ? new FileImportResult(file, ImportStatus.Unchanged, 0, null, bytes.Length)
                : new FileImportResult(file, ImportStatus.Duplicate, 0, $"{name}: same article as {storedName}", bytes.Length);
        }

        var extraction = pipeline.Extract(article);
        record = ArticleRecords.From(name, hash, extraction);
        pending[hash] = name;
        var warning = article.Warnings.Count > 0 ? $"{name}: {string.Join("; ", article.Warnings)}" : null;
        return new FileImportResult(file, ImportStatus.New, record.Events.Count, warning, bytes.Length);
    }

    private void Commit(List<(ArticleRecord Record, FileImportResult Result)> batch, List<FileImportResult> results,
        Dictionary<string, string> stored, Dictionary<string, string> pending, IProgress<FileImportResult>? progress)
    {
        if (batch.Count == 0)
            return;
        using (var db = createContext())
        {
            db.Database.OpenConnection();
            using var transaction = db.Database.BeginTransaction();
            using var writer = new ArticleWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), pipeline.Gazetteer) { AfterEventRow = AfterEventRow };
            var now = DateTimeOffset.UtcNow;
            foreach (var (record, _) in batch)
            {
                record.ImportedAt = now;
                writer.Write(record);
            }
            transaction.Commit();
        }
        foreach (var (record, result) in batch)
        {
            stored[record.ContentHash] = record.FileName;
            results.Add(result);
            progress?.Report(result);
        }
        batch.Clear();
        pending.Clear();
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
