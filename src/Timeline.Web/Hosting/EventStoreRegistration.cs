using Microsoft.Extensions.Options;
using Timeline.Core.Places;
using Timeline.Data;
using Timeline.Data.Queries;

namespace Timeline.Web.Hosting;

/// <summary>The SQLite store in the data folder, migrated (and seeded when empty) before the app serves requests.</summary>
public static class EventStoreRegistration
{
    public static IServiceCollection AddEventStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => TimelineStore.InDataFolder(sp.GetRequiredService<IOptions<TimelineOptions>>().Value.DataPath));
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<TimelineStore>();
            return new EventQueryService(store.CreateContext, sp.GetRequiredService<Gazetteer>());
        });
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
