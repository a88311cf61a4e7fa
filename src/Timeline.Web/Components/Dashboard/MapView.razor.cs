using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using Timeline.Web.Hosting;
using Timeline.Web.Map;
using Timeline.Web.Places;

namespace Timeline.Web.Components.Dashboard;

/// <summary>The Leaflet map: bundled country base layer, admin-1 choropleth, point places. Clicks report a place id.</summary>
public partial class MapView : IAsyncDisposable
{
    /// <summary>What to show; a new instance redraws the layers.</summary>
    [Parameter, EditorRequired]
    public MapState State { get; set; } = default!;

    /// <summary>A region or point place was clicked or activated by keyboard.</summary>
    [Parameter]
    public EventCallback<string> PlaceSelected { get; set; }

    [Inject] private MapInterop Interop { get; set; } = default!;
    [Inject] private IOptions<TimelineOptions> Options { get; set; } = default!;

    private ElementReference _element;
    private DotNetObjectReference<MapView>? _callbacks;
    private MapState? _shown;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _callbacks = DotNetObjectReference.Create(this);
            var options = Options.Value;
            await Interop.InitAsync(_element, _callbacks, MapLayers.Setup(GazetteerRegistration.DataPath, options.TileUrl, options.TileAttribution));
        }
        if (!ReferenceEquals(_shown, State))
        {
            _shown = State;
            await Interop.UpdateAsync(State);
        }
    }

    /// <summary>Called by the map module.</summary>
    [JSInvokable]
    public Task PlaceClicked(string placeId) => PlaceSelected.InvokeAsync(placeId);

    public async ValueTask DisposeAsync()
    {
        await Interop.DisposeAsync();
        _callbacks?.Dispose();
        GC.SuppressFinalize(this);
    }
}
