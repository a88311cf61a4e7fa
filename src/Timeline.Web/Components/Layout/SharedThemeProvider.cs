using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;
using MudBlazor.Extensions;

namespace Timeline.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme provider with its <c>&lt;style&gt;</c> blocks built once per theme and mode for the whole server
/// instead of once per render of every circuit: the theme's CSS variables are 23 KB of string, and each circuit kept its
/// own copy in both of the provider's render trees. Everything else (dark-mode detection, the palette state) is
/// MudBlazor's.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    private static readonly ConcurrentDictionary<(MudTheme Theme, bool Dark), string> Styles = new();
    private static readonly string Scrollbar = BuildMudBlazorScrollbar();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var dark = this.GetState(x => x.IsDarkMode);
        // The theme object is the layout's static one, so there are two entries: light and dark.
        var theme = Styles.GetOrAdd((GetTheme(), dark), _ => BuildTheme());
        if (!DefaultScrollbar)
            builder.AddMarkupContent(0, Scrollbar);
        builder.AddMarkupContent(1, theme);
    }
}
