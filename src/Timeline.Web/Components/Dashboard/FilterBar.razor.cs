using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using Timeline.Data.Queries;
using Timeline.Web.Places;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// Date range, places, words and sources of the view, the active ones as removable chips, and "Copy link". Shows
/// <see cref="Filter"/> and reports every change as a whole new filter through <see cref="FilterChanged"/>; the page
/// turns it into a URL, so the bar never owns the state. The place box adds a place (several allowed); the chips remove.
/// </summary>
public partial class FilterBar : IAsyncDisposable
{
    [Parameter, EditorRequired]
    public EventFilter Filter { get; set; } = EventFilter.None;

    [Parameter]
    public EventCallback<EventFilter> FilterChanged { get; set; }

    [Inject]
    private PlaceSearch Places { get; set; } = default!;

    [Inject]
    private EventQueryService Queries { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private MudAutocomplete<PlaceOption>? _placeInput;
    private JsModule? _clipboard;
    private IReadOnlyList<string> _sources = [];
    private DateTime? _from;
    private DateTime? _to;
    private string? _text;

    protected override void OnInitialized() => _sources = Queries.Sources();

    protected override void OnParametersSet()
    {
        _from = Filter.From?.ToDateTime(TimeOnly.MinValue);
        _to = Filter.To?.ToDateTime(TimeOnly.MinValue);
        _text = Filter.Text;
        // A source named in the URL but absent from the store stays selectable, so that its chip and the select agree.
        var missing = Filter.Sources.Where(s => !_sources.Contains(s, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
            _sources = [.. _sources, .. missing];
    }

    // Places already chosen are not offered again.
    private Task<IEnumerable<PlaceOption>> SearchPlaces(string? text, CancellationToken cancel) =>
        Task.FromResult(Places.Search(text).Where(p => !Filter.Places.Contains(p.Id, StringComparer.Ordinal)));

    private Task FromChanged(DateTime? value) => Change(Filter with { From = ToDate(value) });

    private Task ToChanged(DateTime? value) => Change(Filter with { To = ToDate(value) });

    private async Task PlaceAdded(PlaceOption? value)
    {
        if (value is null)
            return;
        if (!Filter.Places.Contains(value.Id, StringComparer.Ordinal))
            await Change(Filter with { Places = [.. Filter.Places, value.Id] });
        // The box is for adding: empty it for the next place; the chips show the chosen ones.
        if (_placeInput is not null)
            await _placeInput.ClearAsync();
    }

    private Task TextChanged(string? value) => Change(Filter with { Text = string.IsNullOrWhiteSpace(value) ? null : value.Trim() });

    private Task SourcesChanged(IEnumerable<string>? values)
    {
        // Keep the URL's order for sources already chosen; new ones go last.
        var chosen = (values ?? []).ToHashSet(StringComparer.Ordinal);
        var kept = Filter.Sources.Where(chosen.Contains);
        var added = chosen.Where(s => !Filter.Sources.Contains(s, StringComparer.Ordinal)).Order(StringComparer.Ordinal);
        return Change(Filter with { Sources = [.. kept, .. added] });
    }

    private Task Clear() => Change(EventFilter.None);

    private Task Change(EventFilter next) => next == Filter ? Task.CompletedTask : FilterChanged.InvokeAsync(next);

    /// <summary>Copies the address of the current view (as the browser shows it) and says so.</summary>
    private async Task CopyLink()
    {
        CopiedLink result;
        try
        {
            _clipboard ??= new JsModule(JS, "./js/clipboard.js");
            result = await _clipboard.InvokeAsync<CopiedLink?>("copyLink") ?? new CopiedLink(Navigation.Uri, false);
        }
        catch (JSException)
        {
            result = new CopiedLink(Navigation.Uri, false);
        }
        if (result.Copied)
            Snackbar.Add("Link copied", Severity.Success);
        else
            Snackbar.Add($"Could not copy to the clipboard; the link is {result.Url}", Severity.Info,
                options => { options.RequireInteraction = true; options.SnackbarVariant = Variant.Outlined; });
    }

    private static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    public async ValueTask DisposeAsync()
    {
        if (_clipboard is not null)
            await _clipboard.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The answer of <c>clipboard.js</c>: the address it read and whether the clipboard took it.</summary>
    internal sealed record CopiedLink(string Url, bool Copied);
}
