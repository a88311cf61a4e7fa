using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;
using Timeline.Web.Map;

namespace Timeline.Web.Components.Pages;

/// <summary>
/// The dashboard. The URL is the state: the page reads the filter from it on every navigation and changes it only by
/// navigating, so Back/Forward and shared links show the same view.
/// </summary>
public partial class Home : IDisposable
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private EventQueryService Queries { get; set; } = default!;
    [Inject] private Gazetteer Gazetteer { get; set; } = default!;

    private EventFilter Filter { get; set; } = EventFilter.None;
    private IReadOnlyList<EventView> Events { get; set; } = [];
    private int Total { get; set; }
    private MapState Map { get; set; } = MapLayers.State([], [], null);
    private List<UrlProblem> Notices { get; } = [];

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
        Notices.Clear();
        Notices.AddRange(state.Problems);
        Filter = state.Filter;
        Events = Queries.Events(Filter);
        Total = Events.Count < EventQueryService.MaxLimit ? Events.Count : Queries.Count(Filter);
        // The map keeps its context when a place is selected: counts follow dates and words, the selection is outlined.
        var mapFilter = Filter.WithPlace(null);
        Map = MapLayers.State(Queries.Admin1Counts(mapFilter), Queries.PointCounts(mapFilter), Filter.PlaceId);
    }

    private void Navigate(EventFilter filter) => Navigation.NavigateTo(DashboardUrl.Format(filter));

    private void SelectPlace(string placeId) => Navigate(Filter.WithPlace(placeId));

    private void Dismiss(UrlProblem problem) => Notices.Remove(problem);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
