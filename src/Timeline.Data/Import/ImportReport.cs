namespace Timeline.Data.Import;

/// <summary>What happened to one file.</summary>
public enum ImportStatus
{
    /// <summary>Imported now.</summary>
    New,
    /// <summary>Already in the store from the same file name: nothing added.</summary>
    Unchanged,
    /// <summary>The same article is already in the store under another file name: nothing added.</summary>
    Duplicate,
    /// <summary>Not imported; <see cref="FileImportResult.Message"/> says why.</summary>
    Failed,
}

/// <summary>The result for one file, with a message for the user.</summary>
public sealed record FileImportResult(string Path, ImportStatus Status, int Events, string? Message, long Bytes);

/// <summary>The summary of one import run.</summary>
public sealed record ImportReport(IReadOnlyList<FileImportResult> Files, TimeSpan Elapsed)
{
    /// <summary>Time spent writing to the store (on its own thread, beside the reading and extraction of the next batch).</summary>
    public TimeSpan Writing { get; init; }

    public int New => Files.Count(f => f.Status == ImportStatus.New);
    public int Unchanged => Files.Count(f => f.Status == ImportStatus.Unchanged);
    public int Duplicates => Files.Count(f => f.Status == ImportStatus.Duplicate);
    public int Failed => Files.Count(f => f.Status == ImportStatus.Failed);
    public int Events => Files.Sum(f => f.Events);
    public long Bytes => Files.Sum(f => f.Bytes);

    /// <summary>Megabytes of article files processed per second of wall time.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}
