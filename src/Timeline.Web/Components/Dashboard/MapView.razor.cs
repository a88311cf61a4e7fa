using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using Timeline.Web.Dashboard;
using Timeline.Web.Hosting;
using Timeline.Web.Map;
using Timeline.Web.Places;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// The Leaflet map: bundled country base layer, admin-1 choropleth, district drill-down, point places. Clicks report a
/// place id; the places of the events in view and of the selected event are pointed out (<c>aria-current</c>); the
/// map flies to a newly selected event and reports the view after the user moves it.
/// </summary>
public partial class MapView : IAsyncDisposable
{
    /// <summary>What to show; a new instance redraws the layers.</summary>
    [Parameter, EditorRequired]
    public MapState State { get; set; } = default!;

    /// <summary>A region or point place was clicked or activated by keyboard.</summary>
    [Parameter]
    public EventCallback<string> PlaceSelected { get; set; }

    /// <summary>Places to highlight: those of the events in the timeline's view.</summary>
    [Parameter]
    public IReadOnlyList<MapFocus> Highlighted { get; set; } = [];

    /// <summary>The selected event's places: highlighted, and the map flies to them when a new selection arrives.</summary>
    [Parameter]
    public IReadOnlyList<MapFocus> Selection { get; set; } = [];

    /// <summary>The view to show (from the URL); null lets the map frame the events. Applied when it changes.</summary>
    [Parameter]
    public MapViewport? View { get; set; }

    /// <summary>The user moved or zoomed the map (reported once it settles).</summary>
    [Parameter]
    public EventCallback<MapViewport> ViewChanged { get; set; }

    [Inject] private MapInterop Interop { get; set; } = default!;
    [Inject] private IOptions<TimelineOptions> Options { get; set; } = default!;

    private ElementReference _element;
    private Task? _init;
    private DotNetObjectReference<MapView>? _callbacks;
    private MapState? _shown;
    private MapViewport? _view;
    private (IReadOnlyList<MapFocus> Highlighted, IReadOnlyList<MapFocus> Selection)? _pointedOut;
    private IReadOnlyList<MapFocus>? _flownTo;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Renders that arrive while the map is still loading its layers wait for it, then send what changed.
        if (firstRender)
            _init = InitAsync();
        if (_init is null)
            return;
        await _init;
        await SyncAsync();
    }

    private async Task InitAsync()
    {
        _callbacks = DotNetObjectReference.Create(this);
        var options = Options.Value;
        _view = View;
        // A view in the URL wins over flying to the selected event: the shared link shows exactly that view.
        _flownTo = View is null ? null : Selection;
        await Interop.InitAsync(_element, _callbacks, MapLayers.Setup(GazetteerRegistration.DataPath, options.TileUrl, options.TileAttribution), View);
    }

    // Each check marks its change as sent before awaiting, so overlapping calls send every change once.
    private async Task SyncAsync()
    {
        if (!ReferenceEquals(_shown, State))
        {
            _shown = State;
            await Interop.UpdateAsync(State);
        }
        if (View is { } view && view != _view)
        {
            _view = view;
            await Interop.ShowViewAsync(view);
        }
        if (_pointedOut is not { } p || !ReferenceEquals(p.Highlighted, Highlighted) || !ReferenceEquals(p.Selection, Selection))
        {
            _pointedOut = (Highlighted, Selection);
            await Interop.HighlightAsync(Highlighted, Selection);
        }
        if (!ReferenceEquals(_flownTo, Selection))
        {
            _flownTo = Selection;
            if (Selection.Count > 0)
                await Interop.FlyToAsync(Selection);
        }
    }

    /// <summary>Called by the map module.</summary>
    [JSInvokable]
    public Task PlaceClicked(string placeId) => PlaceSelected.InvokeAsync(placeId);

    /// <summary>Called by the map module when the user has moved the map.</summary>
    [JSInvokable]
    public Task MapMoved(double latitude, double longitude, double zoom)
    {
        _view = new MapViewport(latitude, longitude, zoom).Rounded();
        return ViewChanged.InvokeAsync(_view);
    }

    public async ValueTask DisposeAsync()
    {
        await Interop.DisposeAsync();
        _callbacks?.Dispose();
        GC.SuppressFinalize(this);
    }
}
