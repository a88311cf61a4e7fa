using Microsoft.Diagnostics.Runtime;

namespace Timeline.Benchmarks;

/// <summary>
/// Bytes and object counts per type on this process's managed heap, read with ClrMD from a snapshot (on Linux a core
/// dump written by the runtime's <c>createdump</c> into the temp folder and deleted afterwards; the process pauses
/// while it is written). The dashboard benchmark runs the server in this process, so two snapshots with different
/// numbers of circuits open tell what a circuit holds.
/// </summary>
public sealed class HeapTypes
{
    private readonly Dictionary<string, (long Bytes, long Count)> _types;

    private HeapTypes(Dictionary<string, (long Bytes, long Count)> types) => _types = types;

    public long Bytes => _types.Values.Sum(t => t.Bytes);

    /// <summary>Every live object of the heap by type name (free space left out). Call after full GCs.</summary>
    public static HeapTypes Snapshot()
    {
        using var target = DataTarget.CreateSnapshotAndAttach(Environment.ProcessId);
        // The running runtime's own DAC: the snapshot is of this very process. ClrMD reads no version from the
        // dump's runtime module on Linux (it expects 0.0), hence no version check.
        var dac = Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(),
            OperatingSystem.IsWindows() ? "mscordaccore.dll" : OperatingSystem.IsMacOS() ? "libmscordaccore.dylib" : "libmscordaccore.so");
        using var runtime = target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true);
        var types = new Dictionary<string, (long Bytes, long Count)>(StringComparer.Ordinal);
        foreach (var item in runtime.Heap.EnumerateObjects())
        {
            if (!item.IsValid || item.IsFree)
                continue;
            var name = item.Type?.Name ?? "?";
            var (bytes, count) = types.GetValueOrDefault(name);
            types[name] = (bytes + (long)item.Size, count + 1);
        }
        return new HeapTypes(types);
    }

    /// <summary>
    /// Prints the types that grew most from <paramref name="before"/> to <paramref name="after"/>, per added circuit,
    /// and the growth by namespace (the first two parts of the type's name).
    /// </summary>
    public static void ReportGrowth(HeapTypes before, HeapTypes after, int circuits, int top = 30)
    {
        var growth = after._types.Select(pair =>
            {
                var old = before._types.GetValueOrDefault(pair.Key);
                return (Name: pair.Key, Bytes: pair.Value.Bytes - old.Bytes, Count: pair.Value.Count - old.Count);
            })
            .Where(g => g.Bytes > 0)
            .OrderByDescending(g => g.Bytes)
            .ToList();
        Measure.Report("  heap snapshots, per circuit", $"{(after.Bytes - before.Bytes) / (double)circuits / 1024:F0} KB of live objects ({circuits} circuits added)");
        foreach (var (name, bytes, count) in growth.Take(top))
            Measure.Report("", $"{bytes / (double)circuits / 1024,7:F1} KB {count / (double)circuits,8:F1} objects  {Shorten(name)}");
        Measure.Report("  by namespace, per circuit", "");
        foreach (var group in growth.GroupBy(g => Namespace(g.Name)).Select(g => (Name: g.Key, Bytes: g.Sum(x => x.Bytes))).OrderByDescending(g => g.Bytes).Take(12))
            Measure.Report("", $"{group.Bytes / (double)circuits / 1024,7:F1} KB  {group.Name}");
    }

    private static string Namespace(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var parts = (generic < 0 ? type : type[..generic]).Split('.');
        return parts.Length > 2 ? $"{parts[0]}.{parts[1]}.{parts[2]}" : string.Join('.', parts);
    }

    private static string Shorten(string name) => name.Length <= 140 ? name : name[..137] + "...";
}
