using MudBlazor;

namespace Timeline.Web.Components.Layout;

/// <summary>
/// The two MudBlazor themes the page carries as CSS variables, written once into the page's head by
/// <see cref="SharedThemeProvider"/> (static rendering, outside any circuit): the light palette on <c>:root</c>, the
/// dark one on <c>:root.theme-dark</c>. The light/dark switch is then a class on <c>&lt;html&gt;</c> (set from the
/// theme cookie by <c>App</c>, from the browser's <c>prefers-color-scheme</c> by <c>wwwroot/js/theme-early.js</c>
/// before the first paint, and by the toggle), so no circuit holds a theme provider, its MudTheme (about 110 colours)
/// and its JS callbacks.
/// </summary>
public static class ThemeStyles
{
    /// <summary>The class on <c>&lt;html&gt;</c> that selects the dark palette.</summary>
    public const string DarkClass = "theme-dark";

    /// <summary>The class on <c>&lt;html&gt;</c> for a reader who chose the light theme (the browser's preference is then ignored).</summary>
    public const string LightClass = "theme-light";

    /// <summary>MudBlazor's default theme, light palette, on <c>:root</c>.</summary>
    public static MudTheme Light { get; } = new();

    /// <summary>MudBlazor's default theme, dark palette, on <c>:root.theme-dark</c>.</summary>
    public static MudTheme Dark { get; } = new() { PseudoCss = new PseudoCss { Scope = $":root.{DarkClass}" } };

    /// <summary>The class of <c>&lt;html&gt;</c> for a stored choice (<see cref="ThemePreference"/>); null without one.</summary>
    public static string? HtmlClass(bool? dark) => dark switch
    {
        true => DarkClass,
        false => LightClass,
        null => null,
    };
}
