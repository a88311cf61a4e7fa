using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Timeline.Core.Articles;
using Timeline.Data.Import;
using Timeline.Web.Import;

namespace Timeline.Web.Components.Import;

/// <summary>
/// Uploads article files into the store from the dashboard, with the CLI's rules (<see cref="ArticleUpload"/>): pick
/// files, optionally a publication date, import, and see one result per file. The files travel over the Blazor
/// circuit (<see cref="InputFile"/> streams them through the authenticated SignalR connection of this page), so there is
/// no form post and no endpoint to protect with an antiforgery token. When something new was imported it raises
/// <see cref="Imported"/> (the <see cref="ImportButton"/> then refreshes the page once the dialog is closed).
/// </summary>
public partial class ImportDialog : IDisposable
{
    /// <summary>Most files one upload takes.</summary>
    public const int MaxFiles = 100;

    private const int MaxMegabytes = ArticleReader.MaxBytes / (1024 * 1024);

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Inject] private ArticleUpload Upload { get; set; } = default!;

    /// <summary>Raised after an import that added at least one article.</summary>
    [Parameter] public EventCallback Imported { get; set; }

    private readonly CancellationTokenSource _closing = new();
    private IReadOnlyList<IBrowserFile> Chosen { get; set; } = [];
    private DateTime? Published { get; set; }
    private bool Busy { get; set; }
    private UploadProgress? Progress { get; set; }
    private DateTime _lastRender;
    private IReadOnlyList<UploadResult> Results { get; set; } = [];
    private string? Problem { get; set; }

    private string ChosenLine => $"{Chosen.Count} file{(Chosen.Count == 1 ? "" : "s")} chosen: {string.Join(", ", Chosen.Select(f => f.Name))}";

    private double ProgressPercent => Progress switch
    {
        null => 0,
        { Stage: "Receiving", BytesTotal: > 0 } p => 50.0 * p.BytesReceived / p.BytesTotal,
        { FilesTotal: > 0 } p => 50 + 50.0 * p.FilesDone / p.FilesTotal,
        _ => 0,
    };

    private string ProgressLine => Progress switch
    {
        { Stage: "Receiving" } p => $"Receiving {p.BytesReceived / 1024.0:0} of {p.BytesTotal / 1024.0:0} KB",
        { } p => $"Importing: {p.FilesDone} of {p.FilesTotal} files",
        _ => "Starting…",
    };

    private string Summary
    {
        get
        {
            var parts = new List<string>();
            var imported = Results.Where(r => r.Status == ImportStatus.New).ToList();
            if (imported.Count > 0)
            {
                var events = imported.Sum(r => r.Events);
                parts.Add($"{imported.Count} imported ({events} event{(events == 1 ? "" : "s")})");
            }
            foreach (var (status, word) in new[] { (ImportStatus.Unchanged, "already imported"), (ImportStatus.Duplicate, "duplicate"), (ImportStatus.Failed, "failed") })
            {
                var count = Results.Count(r => r.Status == status);
                if (count > 0)
                    parts.Add($"{count} {word}");
            }
            return string.Join(", ", parts);
        }
    }

    private static string StatusText(ImportStatus status) => status switch
    {
        ImportStatus.New => "imported",
        ImportStatus.Unchanged => "already imported",
        ImportStatus.Duplicate => "duplicate",
        _ => "failed",
    };

    private void Choose(InputFileChangeEventArgs e)
    {
        Results = [];
        Problem = e.FileCount > MaxFiles ? $"{e.FileCount} files chosen; at most {MaxFiles} are taken at a time." : null;
        Chosen = e.GetMultipleFiles(Math.Min(e.FileCount, MaxFiles));
    }

    private async Task ImportAsync()
    {
        Busy = true;
        Progress = null;
        Results = [];
        var files = Chosen.Select(f => new UploadFile(f.Name, f.Size, () => f.OpenReadStream(ArticleReader.MaxBytes, _closing.Token))).ToList();
        var published = Published is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
        try
        {
            Results = await Upload.ImportAsync(files, published, new InlineProgress<UploadProgress>(Report), _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Problem = $"The import stopped: {e.Message}";
        }
        finally
        {
            Busy = false;
        }
        if (Results.Any(r => r.Status == ImportStatus.New))
            await Imported.InvokeAsync();
    }

    // Progress arrives from the importer's thread; re-render at most ten times a second.
    private void Report(UploadProgress progress)
    {
        Progress = progress;
        var now = DateTime.UtcNow;
        if (now - _lastRender < TimeSpan.FromMilliseconds(100))
            return;
        _lastRender = now;
        _ = InvokeAsync(StateHasChanged);
    }

    private void Close() => Dialog.Close();

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
        GC.SuppressFinalize(this);
    }
}
