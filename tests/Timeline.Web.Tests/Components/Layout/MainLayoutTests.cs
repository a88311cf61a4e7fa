using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;
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

    private static bool IsDark(IRenderedComponent<MainLayout> cut) => cut.FindComponent<SharedThemeProvider>().Instance.GetState(x => x.IsDarkMode);

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
