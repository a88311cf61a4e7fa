using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;
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

    private TestStore? _store;

    /// <summary>
    /// Registers a query service and the dashboard's shared views over the test world's store (a SQLite file in a temp
    /// folder, deleted on dispose).
    /// </summary>
    protected TestStore UseTestStore()
    {
        _store = new TestStore("component");
        var queries = _store.Queries;
        Context.Services.AddSingleton(queries);
        Context.Services.AddSingleton(new DashboardViews(queries, queries.StoreVersion));
        return _store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        _store?.Dispose();
    }
}
