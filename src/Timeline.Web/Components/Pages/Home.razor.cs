using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;
using Timeline.Web.Map;

namespace Timeline.Web.Components.Pages;

/// <summary>
/// The dashboard. The URL is the state: the page reads the filter, the selected event and the map view from it on every
/// navigation and changes them only by navigating, so Back/Forward and shared links show the same view. Filter changes
/// push a history entry; selecting an event and moving the map replace the current one.
/// </summary>
public partial class Home : IDisposable
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private EventQueryService Queries { get; set; } = default!;
    [Inject] private Gazetteer Gazetteer { get; set; } = default!;
    [Inject] private DistrictLayers DistrictLayers { get; set; } = default!;

    private EventFilter? _loadedFilter;

    private EventFilter Filter { get; set; } = EventFilter.None;
    private TimelinePages Pages { get; set; } = TimelinePages.Empty;
    private MapState Map { get; set; } = MapLayers.State([], [], null);
    private List<UrlProblem> Notices { get; } = [];

    /// <summary>The selected event (<c>event=</c>), its index in the timeline and its places.</summary>
    private int? SelectedEventId { get; set; }
    private int? SelectedIndex { get; set; }
    private IReadOnlyList<MapFocus> SelectedPlaces { get; set; } = [];

    /// <summary>The places of the events scrolled into view.</summary>
    private IReadOnlyList<MapFocus> PlacesInView { get; set; } = [];

    /// <summary>The map view of the URL, or the last one the map reported.</summary>
    private MapViewport? View { get; set; }

    private string Title => Filter.PlaceId is { } id ? $"{Gazetteer.Find(id)?.Name ?? id} — Timeline" : "Timeline";

    protected override void OnInitialized()
    {
        Navigation.LocationChanged += OnLocationChanged;
        Load();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        Load();
        InvokeAsync(StateHasChanged);
    }

    private void Load()
    {
        var state = DashboardUrl.Parse(Navigation.Uri, id => Gazetteer.Find(id) is not null);
        var filterChanged = _loadedFilter is null || state.Filter != _loadedFilter;
        View = state.View;
        if (filterChanged)
        {
            // Only a change of filter queries again; selecting an event or moving the map keeps the timeline and counts.
            _loadedFilter = Filter = state.Filter;
            Notices.Clear();
            Pages = TimelinePages.For(Queries, Filter, Queries.Count(Filter));
            Map = MapFor(Filter);
        }
        else
        {
            Notices.RemoveAll(n => n.Parameter is DashboardUrl.EventKey or DashboardUrl.MapKey);
        }
        Notices.AddRange(state.Problems.Where(p => filterChanged || p.Parameter is DashboardUrl.EventKey or DashboardUrl.MapKey));
        if (filterChanged || state.EventId != SelectedEventId)
            Select(state.EventId);
    }

    private MapState MapFor(EventFilter filter)
    {
        // The map keeps its context when a place is selected: counts follow dates and words, the selection is outlined,
        // and the selection's admin-1 shows its districts (drill-down).
        var mapFilter = filter.WithPlace(null);
        var state = MapLayers.State(Queries.Admin1Counts(mapFilter), Queries.PointCounts(mapFilter), filter.PlaceId,
            Queries.RegionMentionCounts(mapFilter));
        if (MapLayers.DrillDownRegion(Gazetteer, filter.PlaceId) is not { } region)
            return state;
        return state with
        {
            Districts = MapLayers.Districts(Gazetteer, Queries.PlaceCounts(mapFilter, PlaceLevel.Admin2), region),
            DistrictsUrl = DistrictLayers.UrlFor(region),
        };
    }

    private void Select(int? eventId)
    {
        (SelectedEventId, SelectedIndex, SelectedPlaces) = (null, null, []);
        if (eventId is not { } id)
            return;
        if (Queries.IndexOf(Filter, id) is not { } index)
        {
            Notices.Add(new UrlProblem(DashboardUrl.EventKey,
                $"Event {id} is not in this view (it does not match the filters, or does not exist); no event is selected."));
            return;
        }
        var selected = Pages.Items(index, 1);
        (SelectedEventId, SelectedIndex) = (id, index);
        SelectedPlaces = MapLayers.Focus(selected.Select(entry => entry.Event));
    }

    private void Navigate(EventFilter filter) => Navigation.NavigateTo(DashboardUrl.Format(filter, null, View));

    private void SelectPlace(string placeId) => Navigate(Filter.WithPlace(placeId));

    private void SelectEvent(EventView e) =>
        Navigation.NavigateTo(DashboardUrl.Format(Filter, e.Id, View), new NavigationOptions { ReplaceHistoryEntry = true });

    private void MapMoved(MapViewport view)
    {
        View = view;
        Navigation.NavigateTo(DashboardUrl.Format(Filter, SelectedEventId, view), new NavigationOptions { ReplaceHistoryEntry = true });
    }

    private void ShowInView(IReadOnlyList<EventView> events) => PlacesInView = MapLayers.Focus(events);

    private void Dismiss(UrlProblem problem) => Notices.Remove(problem);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
