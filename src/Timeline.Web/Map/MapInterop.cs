using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Map;

/// <summary>
/// The C# side of the Leaflet module <c>wwwroot/js/map.js</c>: one map per instance (scoped: one per circuit).
/// The module calls back <c>PlaceClicked(id)</c> on the given .NET object when a feature is clicked or activated by key,
/// and <c>MapMoved(lat, lon, zoom)</c> when the user has moved the map (debounced; not for moves the page asked for).
/// The payloads (setup, state, places, view) travel as JSON text written with one serializer for the whole server: each
/// circuit's JS runtime has serializer options of its own, and every type it serializes costs that circuit the type's
/// metadata (about 30 KB for the map's records), while a string costs nothing more.
/// </summary>
public sealed class MapInterop(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;

    /// <summary>Creates the map in <paramref name="element"/> and loads the bundled layers; <paramref name="view"/> null frames the data.</summary>
    public async ValueTask InitAsync<T>(ElementReference element, DotNetObjectReference<T> callbacks, MapSetup setup, MapViewport? view) where T : class
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/map.js");
        _map = await _module.InvokeAsync<IJSObjectReference>("createMap", element, callbacks, Json(setup), Json(view));
    }

    /// <summary>Moves the map to a view (from the URL) without reporting it back.</summary>
    public ValueTask ShowViewAsync(MapViewport view) => Call("showView", Json(view));

    /// <summary>Marks the places of the events in view and of the selected event (<c>aria-current="true"</c>).</summary>
    public ValueTask HighlightAsync(IReadOnlyList<MapFocus> inView, IReadOnlyList<MapFocus> selection) => Call("highlight", Json(inView), Json(selection));

    /// <summary>Pans and zooms to the places (the selected event's).</summary>
    public ValueTask FlyToAsync(IReadOnlyList<MapFocus> places) => Call("flyTo", Json(places));

    /// <summary>How the map module reads its payloads, the count layers fetched over HTTP too: camelCase, as JS interop writes it.</summary>
    public static JsonSerializerOptions ModuleJson { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>A payload as the module reads it (it parses strings).</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ModuleJson);

    private async ValueTask Call(string method, params object?[] args)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync(method, args);
    }

    /// <summary>Shows the counts, markers and selection of the current filter.</summary>
    public ValueTask UpdateAsync(MapState state) => Call("update", Json(state));

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
