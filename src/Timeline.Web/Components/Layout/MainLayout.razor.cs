using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Timeline.Web.Components.Layout;

/// <summary>
/// App bar, theme toggle and the page. The theme starts from the reader's stored choice (<see cref="ThemePreference"/>,
/// passed down from the request's cookie so the prerendered page is already right), else from the browser's
/// <c>prefers-color-scheme</c> (applied in the page before the first paint, read once interactive); the toggle switches
/// the page's palette class and stores the new choice (<c>wwwroot/js/theme.js</c>).
/// </summary>
public partial class MainLayout : IAsyncDisposable
{
    /// <summary>The stored choice read from the request (see <c>Routes</c>); null: none.</summary>
    [CascadingParameter(Name = ThemePreference.CookieName)]
    public bool? StoredDarkTheme { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private JsModule? _themeModule;
    private bool _dark;
    private bool _chosen;

    protected override void OnInitialized()
    {
        _dark = StoredDarkTheme ?? false;
        _chosen = StoredDarkTheme is not null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _chosen)
            return;
        bool systemDark;
        try
        {
            systemDark = await Theme.InvokeAsync<bool>("isDark");
        }
        catch (JSException)
        {
            return; // the light theme stays
        }
        if (systemDark != _dark && !_chosen)
        {
            _dark = systemDark;
            StateHasChanged();
        }
    }

    private JsModule Theme => _themeModule ??= new JsModule(JS, "./js/theme.js");

    private async Task ToggleTheme()
    {
        _dark = !_dark;
        _chosen = true;
        try
        {
            await Theme.InvokeVoidAsync("storeTheme", _dark ? "dark" : "light");
        }
        catch (JSException)
        {
            // Cookies blocked: the theme still changes for this page.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_themeModule is not null)
            await _themeModule.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
