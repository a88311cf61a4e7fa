using Microsoft.AspNetCore.Components;
using Timeline.Data.Queries;
using Timeline.Web.Places;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// Date range, place and text of the view. Shows <see cref="Filter"/> and reports every change as a whole new filter
/// through <see cref="FilterChanged"/>; the page turns it into a URL, so the bar never owns the state.
/// </summary>
public partial class FilterBar
{
    [Parameter, EditorRequired]
    public EventFilter Filter { get; set; } = EventFilter.None;

    [Parameter]
    public EventCallback<EventFilter> FilterChanged { get; set; }

    [Inject]
    private PlaceSearch Places { get; set; } = default!;

    private DateTime? _from;
    private DateTime? _to;
    private PlaceOption? _place;
    private string? _text;

    protected override void OnParametersSet()
    {
        _from = Filter.From?.ToDateTime(TimeOnly.MinValue);
        _to = Filter.To?.ToDateTime(TimeOnly.MinValue);
        _place = Places.Find(Filter.PlaceId) ?? (Filter.PlaceId is null ? null : new PlaceOption(Filter.PlaceId, Filter.PlaceId, default, null));
        _text = Filter.Text;
    }

    private Task<IEnumerable<PlaceOption>> SearchPlaces(string? text, CancellationToken cancel) =>
        Task.FromResult<IEnumerable<PlaceOption>>(Places.Search(text));

    private Task FromChanged(DateTime? value) => Change(Filter with { From = ToDate(value) });

    private Task ToChanged(DateTime? value) => Change(Filter with { To = ToDate(value) });

    private Task PlaceChanged(PlaceOption? value) => Change(Filter.WithPlace(value?.Id));

    private Task TextChanged(string? value) => Change(Filter with { Text = string.IsNullOrWhiteSpace(value) ? null : value.Trim() });

    private Task Clear() => Change(EventFilter.None);

    private Task Change(EventFilter next) => next == Filter ? Task.CompletedTask : FilterChanged.InvokeAsync(next);

    private static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
