using Microsoft.JSInterop;

namespace Timeline.Web.Components;

/// <summary>
/// A module of <c>wwwroot/js</c>, imported on first use and released with the component that owns it. Releasing after
/// the circuit is gone is not an error: the browser took the module with it.
/// </summary>
public sealed class JsModule(IJSRuntime js, string path) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public async ValueTask<T> InvokeAsync<T>(string identifier, params object?[] args) =>
        await (await ImportAsync()).InvokeAsync<T>(identifier, args);

    public async ValueTask InvokeVoidAsync(string identifier, params object?[] args) =>
        await (await ImportAsync()).InvokeVoidAsync(identifier, args);

    private async ValueTask<IJSObjectReference> ImportAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", path);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser took the module with it.
        }
        _module = null;
    }
}
