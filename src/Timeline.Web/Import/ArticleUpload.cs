using Timeline.Core.Articles;
using Timeline.Core.Pipeline;
using Timeline.Data;
using Timeline.Data.Import;

namespace Timeline.Web.Import;

/// <summary>A file chosen in the browser: its name, its size as the browser reports it, and how to read it.</summary>
/// <param name="Name">File name as the browser gives it (no folder).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="OpenRead">Opens the content; the stream refuses to read more than <see cref="ArticleReader.MaxBytes"/>.</param>
public sealed record UploadFile(string Name, long Size, Func<Stream> OpenRead);

/// <summary>What the upload is doing: receiving bytes, then importing file after file.</summary>
public sealed record UploadProgress(string Stage, long BytesReceived, long BytesTotal, int FilesDone, int FilesTotal);

/// <summary>The result for one uploaded file, named as the user named it.</summary>
public sealed record UploadResult(string Name, ImportStatus Status, int Events, string? Message);

/// <summary>
/// Imports articles uploaded from the dashboard with the CLI's rules: the same <see cref="ArticleImporter"/> (content
/// hash, atomic per article, duplicates reported), the same 5 MB limit and message, and an optional publication date
/// for files without one (<c>--published</c>). Only <c>.txt</c>, <c>.html</c> and <c>.htm</c> files are accepted:
/// unlike the CLI, which tries any file named explicitly, a browser upload of an image or a PDF is refused by name
/// before it is read. Files are received into a private temporary folder under their own names (the name is what the
/// store and the reports show) and deleted afterwards. One upload runs at a time; others wait.
/// </summary>
public sealed class ArticleUpload(TimelineStore store, Lazy<ExtractionPipeline> pipeline) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>The extensions accepted, for the file picker's <c>accept</c> attribute.</summary>
    public static string Accept => string.Join(",", ArticleFiles.Extensions.Order(StringComparer.Ordinal));

    /// <summary>Why a file is refused before reading it (wrong type, too large, empty), or null when it may be read.</summary>
    public static string? Refusal(string name, long size)
    {
        if (!ArticleFiles.Extensions.Contains(Path.GetExtension(name)))
            return $"{name}: not an article file; choose .txt, .html or .htm files";
        if (size > ArticleReader.MaxBytes)
            return ArticleReader.TooLarge(name, size);
        return null;
    }

    /// <summary>
    /// Receives and imports the files; one result per file, in the order given. Never throws for a bad file (it gets a
    /// <see cref="ImportStatus.Failed"/> result with the reason), only for a broken store or when cancelled.
    /// </summary>
    public async Task<IReadOnlyList<UploadResult>> ImportAsync(IReadOnlyList<UploadFile> files, DateOnly? published,
        IProgress<UploadProgress>? progress = null, CancellationToken cancel = default)
    {
        await _oneAtATime.WaitAsync(cancel);
        var folder = Directory.CreateTempSubdirectory("timeline-upload-");
        try
        {
            var results = new UploadResult?[files.Count];
            var received = await ReceiveAsync(files, folder.FullName, results, progress, cancel);

            var paths = received.Select(r => r.Path).ToList();
            if (paths.Count == 0)
                return results.Select(r => r!).ToList();
            var done = 0;
            var total = received.Sum(r => files[r.Index].Size);
            var report = await Task.Run(() => new ArticleImporter(pipeline.Value, store.CreateContext).Import(paths, published,
                new InlineProgress<FileImportResult>(_ => progress?.Report(new UploadProgress("Importing", total, total, ++done, paths.Count))), cancel), cancel);

            var byPath = received.ToDictionary(r => r.Path, r => r.Index, StringComparer.Ordinal);
            foreach (var file in report.Files)
            {
                var index = byPath[file.Path];
                // Messages name the file; the temporary path means nothing to the user.
                results[index] = new UploadResult(files[index].Name, file.Status, file.Events, file.Message?.Replace(file.Path, files[index].Name, StringComparison.Ordinal));
            }
            return results.Select((r, i) => r ?? new UploadResult(files[i].Name, ImportStatus.Failed, 0, $"{files[i].Name}: not imported")).ToList();
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still open: the temporary folder is cleaned by the OS.
            }
            _oneAtATime.Release();
        }
    }

    private static async Task<List<(int Index, string Path)>> ReceiveAsync(IReadOnlyList<UploadFile> files, string folder,
        UploadResult?[] results, IProgress<UploadProgress>? progress, CancellationToken cancel)
    {
        var received = new List<(int Index, string Path)>();
        var total = files.Where(f => Refusal(f.Name, f.Size) is null).Sum(f => f.Size);
        long bytes = 0;
        var buffer = new byte[81920];
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var name = Path.GetFileName(file.Name);
            if (Refusal(name, file.Size) is { } refusal)
            {
                results[i] = new UploadResult(file.Name, ImportStatus.Failed, 0, refusal);
                continue;
            }
            // One folder per file: two files of the same name in one upload stay apart, and each keeps its name.
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName, name);
            try
            {
                await using var source = file.OpenRead();
                await using var target = File.Create(path);
                int read;
                while ((read = await source.ReadAsync(buffer, cancel)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancel);
                    bytes += read;
                    progress?.Report(new UploadProgress("Receiving", bytes, total, 0, files.Count));
                }
            }
            catch (IOException e)
            {
                results[i] = new UploadResult(file.Name, ImportStatus.Failed, 0, $"{file.Name}: the upload broke off ({e.Message})");
                continue;
            }
            received.Add((i, path));
        }
        return received;
    }

    public void Dispose() => _oneAtATime.Dispose();
}

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to a captured context.</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
