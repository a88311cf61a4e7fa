using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using Timeline.Data.Queries;
using Timeline.Web.Places;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// Date range, places, words and sources of the view, the active ones as removable chips, and "Copy link". Shows
/// <see cref="Filter"/> and reports every change as a whole new filter through <see cref="FilterChanged"/>; the page
/// turns it into a URL, so the bar never owns the state. The place box is a combobox that adds a place (several
/// allowed; arrows and Enter, or a click, pick one); the source button opens a multi-select list; the chips remove.
/// </summary>
public partial class FilterBar : IAsyncDisposable
{
    /// <summary>Typing pauses this long before the place search runs.</summary>
    public const int PlaceSearchDelayMs = 150;

    /// <summary>Places offered at most.</summary>
    public const int MaxSuggestions = 10;

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

    private JsModule? _clipboard;
    private IReadOnlyList<string> _sources = [];
    private bool _sourcesOpen;
    private ElementReference _sourceButton;
    private int _placeBox;
    private ElementReference _placeInput;
    private bool _refocusPlace;
    private IReadOnlyList<PlaceOption> _suggestions = [];
    private int _active = -1;
    private CancellationTokenSource? _typing;

    private string SourceSummary => Filter.Sources.Count == 0 ? "All sources" : string.Join(", ", Filter.Sources);

    protected override void OnInitialized() => _sources = Queries.Sources();

    protected override void OnParametersSet()
    {
        // A source named in the URL but absent from the store stays selectable, so that its chip and the list agree.
        var missing = Filter.Sources.Where(s => !_sources.Contains(s, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
            _sources = [.. _sources, .. missing];
    }

    private static string DateValue(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string OptionId(int index) => $"filter-place-option-{index}";

    /// <summary>A date input's value: empty clears the bound; a value the input should never send is ignored.</summary>
    private static bool TryDate(object? value, out DateOnly? date)
    {
        date = null;
        var text = value as string;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }

    private Task FromChanged(ChangeEventArgs e) => TryDate(e.Value, out var date) ? Change(Filter with { From = date }) : Task.CompletedTask;

    private Task ToChanged(ChangeEventArgs e) => TryDate(e.Value, out var date) ? Change(Filter with { To = date }) : Task.CompletedTask;

    private Task TextChanged(ChangeEventArgs e)
    {
        var text = e.Value as string;
        return Change(Filter with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });
    }

    /// <summary>Searches the gazetteer once typing pauses; places already chosen are not offered again.</summary>
    private async Task PlaceTyped(ChangeEventArgs e)
    {
        var text = e.Value as string ?? "";
        _typing?.Cancel();
        _typing?.Dispose();
        var typing = _typing = new CancellationTokenSource();
        try
        {
            await Task.Delay(PlaceSearchDelayMs, typing.Token);
        }
        catch (OperationCanceledException)
        {
            return; // a later keystroke searches instead
        }
        _suggestions = text.Trim().Length < 2
            ? []
            : Places.Search(text, MaxSuggestions + Filter.Places.Count).Where(p => !Filter.Places.Contains(p.Id, StringComparer.Ordinal)).Take(MaxSuggestions).ToList();
        _active = _suggestions.Count > 0 ? 0 : -1;
    }

    private async Task PlaceKey(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowDown" when _suggestions.Count > 0:
                _active = (_active + 1) % _suggestions.Count;
                break;
            case "ArrowUp" when _suggestions.Count > 0:
                _active = (_active - 1 + _suggestions.Count) % _suggestions.Count;
                break;
            case "Enter" when _active >= 0 && _active < _suggestions.Count:
                await AddPlace(_suggestions[_active]);
                break;
            case "Escape":
                CloseSuggestions();
                break;
        }
    }

    private void CloseSuggestions()
    {
        _typing?.Cancel();
        (_suggestions, _active) = ([], -1);
    }

    private async Task AddPlace(PlaceOption option)
    {
        // The box is for adding: a new, empty box (with the focus) for the next place; the chips show the chosen ones.
        CloseSuggestions();
        _placeBox++;
        _refocusPlace = true;
        if (!Filter.Places.Contains(option.Id, StringComparer.Ordinal))
            await Change(Filter with { Places = [.. Filter.Places, option.Id] });
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_refocusPlace)
            return;
        _refocusPlace = false;
        try
        {
            await _placeInput.FocusAsync();
        }
        catch (JSException)
        {
            // The box is gone (the page changed meanwhile): nothing to focus.
        }
    }

    private void ToggleSources() => _sourcesOpen = !_sourcesOpen;

    private void CloseSources() => _sourcesOpen = false;

    private async Task SourceKey(KeyboardEventArgs e, string source)
    {
        switch (e.Key)
        {
            case "Enter" or " ":
                await ToggleSource(source);
                break;
            case "Escape":
                _sourcesOpen = false;
                await _sourceButton.FocusAsync();
                break;
        }
    }

    /// <summary>Adds or removes a source; the URL's order is kept for the others, a new one goes last.</summary>
    private Task ToggleSource(string source) => Change(Filter with
    {
        Sources = Filter.Sources.Contains(source, StringComparer.Ordinal)
            ? [.. Filter.Sources.Where(s => s != source)]
            : [.. Filter.Sources, source],
    });

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

    public async ValueTask DisposeAsync()
    {
        _typing?.Cancel();
        _typing?.Dispose();
        if (_clipboard is not null)
            await _clipboard.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The answer of <c>clipboard.js</c>: the address it read and whether the clipboard took it.</summary>
    internal sealed record CopiedLink(string Url, bool Copied);
}
