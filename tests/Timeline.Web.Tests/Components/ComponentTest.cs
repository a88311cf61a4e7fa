using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Timeline.Core.Places;
using Timeline.Data.Queries;
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

    /// <summary>Registers a query service over the test world's store (a SQLite file in a temp folder, deleted on dispose).</summary>
    protected EventQueryService UseTestStore()
    {
        _storeFolder = Directory.CreateTempSubdirectory("timeline-component-").FullName;
        var queries = new EventQueryService(TestWorld.WriteStore(_storeFolder).CreateContext, TestWorld.Gazetteer());
        Context.Services.AddSingleton(queries);
        return queries;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        if (_storeFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_storeFolder, recursive: true);
        }
    }
}
