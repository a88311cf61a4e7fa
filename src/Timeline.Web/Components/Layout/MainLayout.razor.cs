using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Timeline.Web.Components.Layout;

/// <summary>
/// App bar, theme and the page. The theme starts from the reader's stored choice (<see cref="ThemePreference"/>,
/// passed down from the request's cookie so the prerendered page is already right), else from the browser's
/// <c>prefers-color-scheme</c> once interactive; the toggle stores the new choice.
/// </summary>
public partial class MainLayout : IAsyncDisposable
{
    /// <summary>The stored choice read from the request (see <c>Routes</c>); null: none.</summary>
    [CascadingParameter(Name = ThemePreference.CookieName)]
    public bool? StoredDarkTheme { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>One theme for all circuits (MudBlazor's default; without it every circuit builds its own palettes).</summary>
    private static readonly MudTheme SharedTheme = new();

    private SharedThemeProvider? _themeProvider;
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
        if (!firstRender || _chosen || _themeProvider is null)
            return;
        var systemDark = await _themeProvider.GetSystemDarkModeAsync();
        if (systemDark != _dark && !_chosen)
        {
            _dark = systemDark;
            StateHasChanged();
        }
    }

    private async Task ToggleTheme()
    {
        _dark = !_dark;
        _chosen = true;
        try
        {
            _themeModule ??= new JsModule(JS, "./js/theme.js");
            await _themeModule.InvokeVoidAsync("storeTheme", _dark ? "dark" : "light");
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
