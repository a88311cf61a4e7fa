using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Timeline.Web.Map;

/// <summary>
/// The C# side of the Leaflet module <c>wwwroot/js/map.js</c>: one map per instance (scoped: one per circuit).
/// The module calls back <c>PlaceClicked(id)</c> on the given .NET object when a feature is clicked or activated by key.
/// </summary>
public sealed class MapInterop(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;

    /// <summary>Creates the map in <paramref name="element"/> and loads the bundled layers.</summary>
    public async ValueTask InitAsync<T>(ElementReference element, DotNetObjectReference<T> callbacks, MapSetup setup) where T : class
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/map.js");
        _map = await _module.InvokeAsync<IJSObjectReference>("createMap", element, callbacks, setup);
    }

    /// <summary>Shows the counts, markers and selection of the current filter.</summary>
    public async ValueTask UpdateAsync(MapState state)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync("update", state);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            var (map, module) = (_map, _module);
            (_map, _module) = (null, null);
            if (map is not null)
            {
                await map.InvokeVoidAsync("dispose");
                await map.DisposeAsync();
            }
            if (module is not null)
                await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser took the map with it.
        }
    }
}
