namespace Timeline.Web.Components.Layout;

/// <summary>
/// The reader's light/dark choice, kept in a cookie (written by <c>wwwroot/js/theme.js</c>) so that the server renders
/// the first paint in the right theme: <c>timeline-theme=dark</c> or <c>light</c>. No cookie: the browser's
/// <c>prefers-color-scheme</c> decides once the page is interactive.
/// </summary>
public static class ThemePreference
{
    public const string CookieName = "timeline-theme";

    /// <summary>True for dark, false for light, null when the cookie is missing or holds anything else.</summary>
    public static bool? Parse(string? cookie) => cookie switch
    {
        "dark" => true,
        "light" => false,
        _ => null,
    };
}
