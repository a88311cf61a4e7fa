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

    private string? _storeFolder;
    private EventQueryService? _storeQueries;

    /// <summary>Registers a query service over the test world's store (a SQLite file in a temp folder, deleted on dispose).</summary>
    protected EventQueryService UseTestStore()
    {
        _storeFolder = Directory.CreateTempSubdirectory("timeline-component-").FullName;
        var store = TestWorld.WriteStore(_storeFolder);
        var queries = _storeQueries = new EventQueryService(store.CreateContext, TestWorld.Gazetteer());
        Context.Services.AddSingleton(queries);
        Context.Services.AddSingleton(new DashboardViews(queries, queries.StoreVersion));
        return queries;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        if (_storeFolder is not null)
            StoreFolder.Delete(_storeFolder, _storeQueries);
    }
}
