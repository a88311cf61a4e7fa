using Microsoft.AspNetCore.Components;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;
using Timeline.Web.Places;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// The active parts of <see cref="Filter"/> as removable chips (each place by name, dates, words, sources); removing
/// one reports the filter without it through <see cref="FilterChanged"/>. The list and its removals are decided by
/// <see cref="ActiveFilters"/>.
/// </summary>
public partial class FilterChips
{
    [Parameter, EditorRequired]
    public EventFilter Filter { get; set; } = EventFilter.None;

    [Parameter]
    public EventCallback<EventFilter> FilterChanged { get; set; }

    [Inject]
    private PlaceSearch Places { get; set; } = default!;

    private IReadOnlyList<FilterChip> Chips { get; set; } = [];

    protected override void OnParametersSet() => Chips = ActiveFilters.Chips(Filter, id => Places.Find(id)?.Name ?? id);
}
