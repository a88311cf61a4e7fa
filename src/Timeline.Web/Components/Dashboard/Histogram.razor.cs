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
/// Enter picks a bar, Shift+Enter (or Shift+click) extends to another. The range is reported as a new filter through
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
    private ElementReference[] _bars = [];
    private int _focus;
    private int? _anchor;
    private (int First, int Last)? _brush;
    private bool _focusPending;
    private ElementReference _section;
    private JsModule? _touchDrag;

    private bool HasRange => Filter.From is not null || Filter.To is not null;

    protected override void OnParametersSet()
    {
        // Asked on every render of the page (shared by all circuits until the store changes), so bars follow imports
        // too; the keyboard and brush state survive as long as the columns stay the same.
        var view = Views.Histogram(Views.Version(), Filter with { From = null, To = null });
        if (view.Columns.SequenceEqual(View.Columns))
            return;
        View = view;
        _bars = new ElementReference[View.Columns.Count];
        _focus = FirstInRange();
        _anchor = null;
        _brush = null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Lets a finger drag across the bars (see wwwroot/js/histogram.js).
            _touchDrag = new JsModule(JS, "./js/histogram.js");
            await _touchDrag.InvokeVoidAsync("attachBrush", _section);
        }
        if (_focusPending && _focus < _bars.Length)
        {
            _focusPending = false;
            await _bars[_focus].FocusAsync();
        }
    }

    private void PointerDown(int index, PointerEventArgs e)
    {
        // Shift keeps the anchor: the click that follows extends the range to this bar.
        if (e.Button != 0 || (e.ShiftKey && _anchor is not null))
            return;
        _anchor = index;
        _brush = (index, index);
    }

    private void PointerEnter(int index, PointerEventArgs e)
    {
        if (_brush is null || _anchor is not { } anchor)
            return;
        // Released outside the histogram: the drag is over without a range.
        _brush = (e.Buttons & 1) == 0 ? null : (anchor, index);
    }

    private Task PointerUp(int index)
    {
        if (_brush is null || _anchor is not { } anchor || anchor == index)
            return Task.CompletedTask; // a click on one bar: handled by Clicked
        _brush = null;
        return Pick(anchor, index);
    }

    private Task Clicked(int index, MouseEventArgs e)
    {
        _brush = null;
        if (e.ShiftKey && _anchor is { } anchor)
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
        _focus = next;
        _focusPending = true;
    }

    private Task Pick(int first, int last)
    {
        var (from, to) = View.Range(first, last);
        return Change(Filter with { From = from, To = to });
    }

    private Task ClearRange() => Change(Filter with { From = null, To = null });

    private Task Change(EventFilter next) => next == Filter ? Task.CompletedTask : FilterChanged.InvokeAsync(next);

    private bool InRange(HistogramColumn column) => HasRange && column.Meets(Filter.From, Filter.To);

    private int FirstInRange()
    {
        if (!HasRange)
            return 0;
        var index = View.Columns.ToList().FindIndex(c => c.Meets(Filter.From, Filter.To));
        return Math.Max(0, index);
    }

    private string BarClass(int index)
    {
        var column = View.Columns[index];
        var css = "histogram-bar";
        if (_brush is { } brush && index >= Math.Min(brush.First, brush.Last) && index <= Math.Max(brush.First, brush.Last))
            css += " brushing";
        else if (HasRange && !InRange(column))
            css += " outside";
        return css;
    }

    private string Height(HistogramColumn column) => column.Events == 0
        ? "0"
        : string.Create(CultureInfo.InvariantCulture, $"max(2px, {100.0 * column.Events / View.MaxEvents:0.#}%)");

    private string Left(HistogramTick tick) =>
        string.Create(CultureInfo.InvariantCulture, $"{100.0 * tick.Column / View.Columns.Count:0.##}%");

    public async ValueTask DisposeAsync()
    {
        if (_touchDrag is not null)
            await _touchDrag.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
