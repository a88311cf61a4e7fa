using Microsoft.AspNetCore.Components;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Dashboard;

/// <summary>The events of the current view in date order, under one heading per day (or coarser period).</summary>
public partial class TimelineView
{
    /// <summary>Events in date order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<EventView> Events { get; set; } = [];

    /// <summary>How many events match in all (more than <see cref="Events"/> when the list is capped).</summary>
    [Parameter]
    public int Total { get; set; }

    private IReadOnlyList<TimelineGroup> Groups { get; set; } = [];

    private string CountLine => Total > Events.Count
        ? $"Showing the first {Events.Count} of {Total} events"
        : $"{Events.Count} event{(Events.Count == 1 ? "" : "s")}";

    protected override void OnParametersSet() => Groups = TimelineGroups.ByDay(Events);
}
