using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Timeline.Web.Components.Layout;

namespace Timeline.Web.Tests.Components.Layout;

public class MainLayoutTests : Timeline.Web.Tests.Components.ComponentTest
{
    private IRenderedComponent<MainLayout> Render(bool? stored = null) =>
        Context.Render<MainLayout>(p =>
        {
            if (stored is { } dark)
                p.AddCascadingValue(ThemePreference.CookieName, dark);
            p.Add(c => c.Body, (RenderFragment)(b => b.AddContent(0, "the page")));
        });

    private static IElement ThemeButton(IRenderedComponent<MainLayout> cut) => cut.Find("button[aria-label='Dark theme']");

    // The page's palette class (the circuit's side; theme.js sets the same class on <html>).
    private static bool IsDark(IRenderedComponent<MainLayout> cut) => cut.Find(".mud-layout").ClassList.Contains(ThemeStyles.DarkClass);

    [Fact]
    public void MainLayout_ThemeToggled_GoesDarkAndStoresTheChoice()
    {
        var module = Context.JSInterop.SetupModule("./js/theme.js");
        module.SetupVoid("storeTheme", "dark").SetVoidResult();
        var cut = Render();
        Assert.Equal("false", ThemeButton(cut).GetAttribute("aria-pressed"));

        ThemeButton(cut).Click();

        Assert.Equal("true", ThemeButton(cut).GetAttribute("aria-pressed"));
        Assert.True(IsDark(cut));
        Assert.Contains("theme-dark", cut.Find(".mud-layout").ClassList);
        module.VerifyInvoke("storeTheme");
    }

    [Fact]
    public void MainLayout_StoredDark_StartsDarkAndTogglesToLight()
    {
        var module = Context.JSInterop.SetupModule("./js/theme.js");
        module.SetupVoid("storeTheme", "light").SetVoidResult();
        var cut = Render(stored: true);
        Assert.True(IsDark(cut));

        ThemeButton(cut).Click();

        Assert.False(IsDark(cut));
        Assert.Equal("false", ThemeButton(cut).GetAttribute("aria-pressed"));
        module.VerifyInvoke("storeTheme");
    }

    [Fact]
    public void MainLayout_NoChoiceAndBrowserPrefersDark_StartsDark()
    {
        // theme-early.js has applied the browser's preference before the first paint; the layout reads it from the page.
        var module = Context.JSInterop.SetupModule("./js/theme.js");
        module.Setup<bool>("isDark").SetResult(true);

        var cut = Render();

        cut.WaitForAssertion(() => Assert.Equal("true", ThemeButton(cut).GetAttribute("aria-pressed")));
        Assert.True(IsDark(cut));
    }

    [Fact]
    public void MainLayout_StoredLight_DoesNotAskTheBrowser()
    {
        var module = Context.JSInterop.SetupModule("./js/theme.js");
        module.Setup<bool>("isDark").SetResult(true);

        var cut = Render(stored: false);

        Assert.False(IsDark(cut));
        Assert.DoesNotContain(module.Invocations, i => i.Identifier == "isDark");
    }

    [Fact]
    public void ThemeStyles_DarkPaletteIsScopedToTheHtmlClass()
    {
        Assert.Equal(":root", ThemeStyles.Light.PseudoCss.Scope);
        Assert.Equal(":root.theme-dark", ThemeStyles.Dark.PseudoCss.Scope);
        Assert.Equal("theme-dark", ThemeStyles.HtmlClass(true));
        Assert.Equal("theme-light", ThemeStyles.HtmlClass(false));
        Assert.Null(ThemeStyles.HtmlClass(null));
    }

    [Fact]
    public void SharedThemeProvider_RendersEachPaletteInItsScope_OnceForAllRenders()
    {
        var light = Context.Render<SharedThemeProvider>(p => p.Add(c => c.Theme, ThemeStyles.Light).Add(c => c.IsDarkMode, false));
        var dark = Context.Render<SharedThemeProvider>(p => p.Add(c => c.Theme, ThemeStyles.Dark).Add(c => c.IsDarkMode, true));
        var again = Context.Render<SharedThemeProvider>(p => p.Add(c => c.Theme, ThemeStyles.Dark).Add(c => c.IsDarkMode, true));

        var lightCss = light.Find("style.mud-theme-provider").TextContent;
        var darkCss = dark.Find("style.mud-theme-provider").TextContent;
        Assert.StartsWith(":root{", lightCss.Trim());
        Assert.StartsWith(":root.theme-dark{", darkCss.Trim());
        // MudBlazor's default palettes: a white light background, a dark one.
        Assert.Contains("--mud-palette-background: rgba(255,255,255,1);", lightCss);
        Assert.DoesNotContain("--mud-palette-background: rgba(255,255,255,1);", darkCss);
        Assert.Equal(darkCss, again.Find("style.mud-theme-provider").TextContent);
    }

    [Fact]
    public void MainLayout_AppBar_LinksTheApiAndShowsThePage()
    {
        var cut = Render();

        Assert.Equal("/openapi/v1.json", cut.FindAll("a").Single(a => a.TextContent.Contains("API")).GetAttribute("href"));
        Assert.Contains("the page", cut.Markup);
    }

    [Theory]
    [InlineData("dark", true)]
    [InlineData("light", false)]
    [InlineData("", null)]
    [InlineData("purple", null)]
    [InlineData(null, null)]
    public void ThemePreference_Cookie_Parsed(string? cookie, bool? expected) => Assert.Equal(expected, ThemePreference.Parse(cookie));
}
