using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Timeline.Core.Places;
using Timeline.Web.Places;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Components;

/// <summary>A bUnit context with MudBlazor and the test world's gazetteer; disposed asynchronously as MudBlazor needs.</summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    protected ComponentTest()
    {
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        var gazetteer = TestWorld.Gazetteer();
        Context.Services.AddSingleton(gazetteer);
        Context.Services.AddSingleton(new PlaceSearch(gazetteer));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
