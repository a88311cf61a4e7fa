using System.Globalization;
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
    private const string StringPrefix = "«string in a render tree» ";
    private const string FramesInBuilders = "«RenderTreeFrame[] held by a component's builder»";
    private const string FramesElsewhere = "«RenderTreeFrame[] elsewhere: pool, batch buffers»";
    private const string BuilderArraysPrefix = "«RenderTreeFrame[] in a builder, ";
    private const string LargeHeapPrefix = "(large object heap) ";
    private const string PinnedHeapPrefix = "(pinned object heap) ";

    private readonly Dictionary<string, (long Bytes, long Count)> _types;

    private HeapTypes(Dictionary<string, (long Bytes, long Count)> types) => _types = types;

    public long Bytes => _types.Where(t => !t.Key.StartsWith('«')).Sum(t => t.Value.Bytes);

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
        void Add(string name, ulong size)
        {
            var (bytes, count) = types.GetValueOrDefault(name);
            types[name] = (bytes + (long)size, count + 1);
        }
        // Render tree buffers: those a component's builder holds, and the rest (ArrayPool, the batch builder); and the
        // strings the buffers point to, by value.
        var frameArrays = new List<(ulong Address, ulong Size)>();
        var inBuilders = new HashSet<ulong>();
        var frameStrings = new HashSet<ulong>();
        // Objects of the large and pinned heaps are counted under their heap's name too: there live the shared pools
        // (I/O buffers, count arrays) that the runtime grows and trims between snapshots, apart from a circuit's own
        // small objects.
        foreach (var segment in runtime.Heap.Segments)
        foreach (var item in segment.EnumerateObjects())
        {
            if (!item.IsValid || item.IsFree)
                continue;
            var name = item.Type?.Name ?? "?";
            Add(segment.Kind switch
            {
                GCSegmentKind.Large => LargeHeapPrefix + name,
                GCSegmentKind.Pinned => PinnedHeapPrefix + name,
                _ => name,
            }, item.Size);
            if (name == "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameArrayBuilder" && item.ReadObjectField("_items") is { IsNull: false } items)
                inBuilders.Add(items.Address);
            if (name != "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]")
                continue;
            frameArrays.Add((item.Address, item.Size));
            foreach (var reference in item.EnumerateReferences())
            {
                if (reference.Type?.IsString == true && frameStrings.Add(reference.Address))
                {
                    var value = reference.AsString(60) ?? "";
                    Add(StringPrefix + value.ReplaceLineEndings(" "), reference.Size);
                }
            }
        }
        foreach (var (address, size) in frameArrays)
        {
            Add(inBuilders.Contains(address) ? FramesInBuilders : FramesElsewhere, size);
            // By array size, to see which render trees dominate (a tree's buffer is a power of two of frames).
            if (inBuilders.Contains(address))
                Add(string.Create(CultureInfo.InvariantCulture, $"{BuilderArraysPrefix}{size,7} bytes»"), size);
        }
        return new HeapTypes(types);
    }

    /// <summary>
    /// Takes a snapshot and writes it to <paramref name="path"/>; not inlined, so that no stack slot of the caller keeps
    /// the snapshot alive into the next one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void SnapshotTo(string path) => Snapshot().Save(path);

    /// <summary>
    /// Writes the snapshot to a file, so that it need not stay on the heap it describes until the next one (thousands
    /// of type names would count as the circuits' strings).
    /// </summary>
    public void Save(string path) =>
        File.WriteAllLines(path, _types.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Value.Bytes}\t{t.Value.Count}\t{t.Key}")));

    public static HeapTypes Load(string path) =>
        new(File.ReadLines(path).Select(line => line.Split('\t', 3)).ToDictionary(
            parts => parts[2],
            parts => (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture)),
            StringComparer.Ordinal));

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
        // Shared pools and caches grow and shrink by megabytes between snapshots (trimmed on a timer); the types that
        // grew are what the added circuits hold, an upper bound that this noise cannot pull below zero.
        var grew = growth.Where(g => !g.Name.StartsWith('«')).Sum(g => g.Bytes);
        Measure.Report("  heap snapshots, per circuit", $"{grew / (double)circuits / 1024:F0} KB in the types that grew, " +
            $"{(after.Bytes - before.Bytes) / (double)circuits / 1024:F0} KB net of all live objects ({circuits} circuits added; goal <= 400 KB{(grew <= 400 * 1024 * circuits ? "" : ", MISSED")})");
        foreach (var (name, bytes, count) in growth.Where(g => !g.Name.StartsWith(StringPrefix, StringComparison.Ordinal) && !g.Name.StartsWith(BuilderArraysPrefix, StringComparison.Ordinal)).Take(top))
            Measure.Report("", $"{bytes / (double)circuits / 1024,7:F1} KB {count / (double)circuits,8:F1} objects  {Shorten(name)}");
        Measure.Report("  render tree buffers by size", string.Join(", ", growth.Where(g => g.Name.StartsWith(BuilderArraysPrefix, StringComparison.Ordinal))
            .OrderByDescending(g => g.Bytes).Select(g => string.Create(CultureInfo.InvariantCulture,
                $"{g.Count / (double)circuits:F1} × {g.Name[BuilderArraysPrefix.Length..^1].Trim()}"))));
        var strings = growth.Where(g => g.Name.StartsWith(StringPrefix, StringComparison.Ordinal)).ToList();
        Measure.Report("  strings in render trees", $"{strings.Sum(s => s.Bytes) / (double)circuits / 1024:F1} KB per circuit; the largest by value:");
        foreach (var (name, bytes, count) in strings.Take(15))
            Measure.Report("", $"{bytes / (double)circuits / 1024,7:F1} KB {count / (double)circuits,8:F1} strings  {name[StringPrefix.Length..]}");
        // What shrank: shared pools and caches trimmed between the snapshots (noise for the per-circuit figure).
        foreach (var (name, bytes, count) in after._types.Keys.Union(before._types.Keys)
                     .Select(name => (Name: name, Bytes: after._types.GetValueOrDefault(name).Bytes - before._types.GetValueOrDefault(name).Bytes,
                         Count: after._types.GetValueOrDefault(name).Count - before._types.GetValueOrDefault(name).Count))
                     .Where(g => g.Bytes < 0).OrderBy(g => g.Bytes).Take(5))
            Measure.Report("  shrank", $"{bytes / 1024.0,9:F0} KB {count,8} objects  {Shorten(name)}");
        // The components a circuit adds (each keeps two render tree buffers and its state).
        var components = growth.Where(g => g.Name.StartsWith("MudBlazor.", StringComparison.Ordinal) && !g.Name.StartsWith("MudBlazor.State", StringComparison.Ordinal)
                                           || g.Name.StartsWith("Timeline.Web.Components", StringComparison.Ordinal)
                                           || g.Name.StartsWith("Microsoft.AspNetCore.Components.Web", StringComparison.Ordinal))
            .OrderByDescending(g => g.Count).Take(25);
        Measure.Report("  UI objects, per circuit", string.Join(", ", components.Select(c => string.Create(CultureInfo.InvariantCulture, $"{ShortName(c.Name)} {c.Count / (double)circuits:F0}"))));
        // The types whose JSON metadata each circuit builds: every circuit's JS runtime has its own serializer options
        // (their converters hold the circuit), so each type sent through JS interop costs every circuit its metadata.
        const string JsonTypeInfo = "System.Text.Json.Serialization.Metadata.JsonTypeInfo<";
        var json = growth.Where(g => g.Name.StartsWith(JsonTypeInfo, StringComparison.Ordinal)).OrderByDescending(g => g.Count).ToList();
        Measure.Report("  JSON metadata, per circuit", string.Join(", ", json.Select(j => string.Create(CultureInfo.InvariantCulture,
            $"{ShortName(j.Name[JsonTypeInfo.Length..^1])} {j.Count / (double)circuits:F1}"))));
        Measure.Report("  by namespace, per circuit", "");
        foreach (var group in growth.Where(g => !g.Name.StartsWith('«')).GroupBy(g => Namespace(g.Name)).Select(g => (Name: g.Key, Bytes: g.Sum(x => x.Bytes))).OrderByDescending(g => g.Bytes).Take(12))
            Measure.Report("", $"{group.Bytes / (double)circuits / 1024,7:F1} KB  {group.Name}");
    }

    private static string Namespace(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var parts = (generic < 0 ? type : type[..generic]).Split('.');
        return parts.Length > 2 ? $"{parts[0]}.{parts[1]}.{parts[2]}" : string.Join('.', parts);
    }

    private static string ShortName(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        return generic < 0 ? type.Split('.')[^1] : type[..generic].Split('.')[^1] + type[generic..].Replace("System.", "", StringComparison.Ordinal);
    }

    private static string Shorten(string name) => name.Length <= 140 ? name : name[..137] + "...";
}
