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
    [Inject] private DashboardViews Views { get; set; } = default!;

    private EventFilter? _loadedFilter;
    private int _navigations;

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
        var state = Parse(Navigation.Uri);
        Apply(state, state.Filter != _loadedFilter ? Prepare(state.Filter) : null);
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = LoadAsync(e.Location, ++_navigations);

    /// <summary>
    /// A new filter's queries run off the circuit's thread (the answers are shared: circuits asking for the same view
    /// wait for one computation), then the page applies them, unless another navigation came in meanwhile.
    /// </summary>
    private async Task LoadAsync(string uri, int navigation)
    {
        try
        {
            var state = Parse(uri);
            var view = state.Filter != _loadedFilter ? await Task.Run(() => Prepare(state.Filter)) : null;
            await InvokeAsync(() =>
            {
                if (navigation != _navigations)
                    return;
                Apply(state, view);
                StateHasChanged();
            });
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    }

    private DashboardState Parse(string uri) => DashboardUrl.Parse(uri, id => Gazetteer.Find(id) is not null);

    /// <summary>The timeline and map of a filter, from the shared views; touches no state of the page.</summary>
    private LoadedView Prepare(EventFilter filter)
    {
        var version = Views.Version();
        return new LoadedView(TimelinePages.For(Views, version, filter), MapFor(version, filter));
    }

    private void Apply(DashboardState state, LoadedView? view)
    {
        View = state.View;
        if (view is not null)
        {
            // Only a change of filter queries again; selecting an event or moving the map keeps the timeline and counts.
            _loadedFilter = Filter = state.Filter;
            Notices.Clear();
            (Pages, Map) = (view.Pages, view.Map);
        }
        else
        {
            Notices.RemoveAll(n => n.Parameter is DashboardUrl.EventKey or DashboardUrl.MapKey);
        }
        Notices.AddRange(state.Problems.Where(p => view is not null || p.Parameter is DashboardUrl.EventKey or DashboardUrl.MapKey));
        if (view is not null || state.EventId != SelectedEventId)
            Select(state.EventId);
    }

    private MapState MapFor(int version, EventFilter filter)
    {
        // The map keeps its context when a place is selected: counts follow dates and words, the selection is outlined,
        // and the selection's admin-1 shows its districts (drill-down). The count layers are shared and fetched by the
        // map over HTTP; only the selection and the drill-down travel through the circuit.
        var state = new MapState(Views.MapCounts(version, filter), filter.PlaceId) { CountsUrl = DashboardViews.MapCountsUrl(version, filter) };
        if (MapLayers.DrillDownRegion(Gazetteer, filter.PlaceId) is not { } region)
            return state;
        return state with
        {
            Districts = MapLayers.Districts(Gazetteer, Queries.PlaceCounts(filter.WithPlace(null), PlaceLevel.Admin2), region),
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

    private void SelectEvent(EventView e) => Replace(e.Id);

    /// <summary>Drops <c>event=</c> from the URL (replace): the card and the map lose the selection's marks.</summary>
    private void ClearEvent() => Replace(null);

    private void MapMoved(MapViewport view)
    {
        View = view;
        Replace(SelectedEventId);
    }

    /// <summary>A small change of the same filter's view (selected event, map view): replaces the history entry.</summary>
    private void Replace(int? eventId) =>
        Navigation.NavigateTo(DashboardUrl.Format(Filter, eventId, View), new NavigationOptions { ReplaceHistoryEntry = true });

    private void ShowInView(IReadOnlyList<EventView> events) => PlacesInView = MapLayers.Focus(events);

    private void Dismiss(UrlProblem problem) => Notices.Remove(problem);

    private sealed record LoadedView(TimelinePages Pages, MapState Map);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
