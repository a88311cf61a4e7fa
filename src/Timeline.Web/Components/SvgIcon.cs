using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace Timeline.Web.Components;

/// <summary>
/// A MudBlazor icon (<c>Icons.Material…</c>, our own constants, never article content) as one markup frame instead of a
/// <c>MudIcon</c> component: on the dashboard every component costs each circuit its state and two render trees. The
/// markup of each icon and size is built once and shared.
/// </summary>
public static class SvgIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string Size), MarkupString> Built = new();

    /// <summary>The icon at MudBlazor's small size (20 px), hidden from assistive technology (the button names itself).</summary>
    public static MarkupString Small(string icon) => Of(icon, "small");

    /// <summary>The icon at MudBlazor's medium size (24 px).</summary>
    public static MarkupString Medium(string icon) => Of(icon, "medium");

    private static MarkupString Of(string icon, string size) => Built.GetOrAdd((icon, size), key => new MarkupString(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{key.Size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg>"));
}
