using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// Events over time for the current filter without its dates, so the whole span stays visible and can be brushed; the
/// picked range is shown by fading the bars outside it. Each bar is a button named "Dec 2024: 12 events". A range is
/// picked by dragging across bars, by clicking one bar (its bucket), or from the keyboard: arrows move between bars,
/// Enter picks a bar, Shift+Enter (or Shift+click) extends to another. The drag itself runs in the page
/// (<c>wwwroot/js/histogram.js</c>, delegated on the histogram), which reports a drag's two ends to <see cref="Brushed"/>
/// and a click (or Enter) to <see cref="BarClicked"/>: a bar is one element with no Blazor handler, which keeps each
/// circuit's render trees small (a circuit holds two copies of every component's tree). The range is reported as a new filter through
/// <see cref="FilterChanged"/>: from the first day of the first bucket to the last day of the last.
/// </summary>
public partial class Histogram : IAsyncDisposable
{
    [Parameter, EditorRequired]
    public EventFilter Filter { get; set; } = EventFilter.None;

    [Parameter]
    public EventCallback<EventFilter> FilterChanged { get; set; }

    [Inject]
    private DashboardViews Views { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private HistogramView View { get; set; } = HistogramView.Empty;
    private int _focus;
    private int? _anchor;
    private ElementReference _section;
    private JsModule? _brush;
    private DotNetObjectReference<Histogram>? _callbacks;

    private bool HasRange => Filter.From is not null || Filter.To is not null;

    protected override void OnParametersSet()
    {
        // Asked on every render of the page (shared by all circuits until the store changes), so bars follow imports
        // too; the keyboard and brush state survive as long as the columns stay the same.
        var view = Views.Histogram(Views.Version(), Filter with { From = null, To = null });
        if (view.Columns.SequenceEqual(View.Columns))
            return;
        View = view;
        _focus = FirstInRange();
        _anchor = null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The drag across bars, by mouse or finger (see wwwroot/js/histogram.js).
            _callbacks = DotNetObjectReference.Create(this);
            _brush = new JsModule(JS, "./js/histogram.js");
            await _brush.InvokeVoidAsync("attachBrush", _section, _callbacks);
        }
    }

    /// <summary>A drag from bar <paramref name="anchor"/> to bar <paramref name="last"/> ended (called by the page).</summary>
    [JSInvokable]
    public Task Brushed(int anchor, int last)
    {
        var count = View.Columns.Count;
        if (anchor < 0 || last < 0 || anchor >= count || last >= count)
            return Task.CompletedTask; // the bars changed under the drag
        (_anchor, _focus) = (anchor, last);
        return Pick(anchor, last);
    }

    /// <summary>
    /// Bar <paramref name="index"/> was clicked, or Enter pressed on it (called by the page): picks its bucket, or with
    /// Shift extends the range from the last picked bar.
    /// </summary>
    [JSInvokable]
    public Task BarClicked(int index, bool shift)
    {
        if (index < 0 || index >= View.Columns.Count)
            return Task.CompletedTask; // the bars changed meanwhile
        _focus = index;
        if (shift && _anchor is { } anchor)
            return Pick(anchor, index);
        _anchor = index;
        return Pick(index, index);
    }

    private void MoveFocus(KeyboardEventArgs e)
    {
        var next = e.Key switch
        {
            "ArrowLeft" => _focus - 1,
            "ArrowRight" => _focus + 1,
            "Home" => 0,
            "End" => View.Columns.Count - 1,
            _ => _focus,
        };
        next = Math.Clamp(next, 0, Math.Max(0, View.Columns.Count - 1));
        if (next == _focus)
            return;
        // The new markup moves the tab stop; histogram.js puts the focus on it.
        _focus = next;
    }

    private Task Pick(int first, int last)
    {
        var (from, to) = View.Range(first, last);
        return Change(Filter with { From = from, To = to });
    }

    private Task ClearRange() => Change(Filter with { From = null, To = null });

    private Task Change(EventFilter next) => next == Filter ? Task.CompletedTask : FilterChanged.InvokeAsync(next);

    private int FirstInRange()
    {
        if (!HasRange)
            return 0;
        var index = View.Columns.ToList().FindIndex(c => c.Meets(Filter.From, Filter.To));
        return Math.Max(0, index);
    }

    private string Left(HistogramTick tick) =>
        string.Create(CultureInfo.InvariantCulture, $"{100.0 * tick.Column / View.Columns.Count:0.##}%");

    public async ValueTask DisposeAsync()
    {
        if (_brush is not null)
            await _brush.DisposeAsync();
        _callbacks?.Dispose();
        GC.SuppressFinalize(this);
    }
}
