using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Api;

/// <summary>The HTTP API: health and events, with the same filter as the dashboard's URL.</summary>
public static class EventsApi
{
    public static IServiceCollection AddEventsApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthReport("ok")))
            .WithName("Health").WithSummary("Liveness: the app is up and its store is migrated.");
        return app;
    }

    public static WebApplication MapEventsApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapGet("/api/events", GetEvents)
            .WithName("GetEvents")
            .WithSummary("Events in date order for from/to (ISO dates, overlap), place (id, with descendants), q (words); limit ≤ 500.");
        return app;
    }

    private static Results<Ok<EventPage>, ValidationProblem> GetEvents(
        HttpContext http, EventQueryService events, Gazetteer gazetteer, int? limit)
    {
        var state = DashboardUrl.Parse(http.Request.QueryString.Value, id => gazetteer.Find(id) is not null);
        var errors = state.Problems
            .GroupBy(p => p.Parameter)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        if (limit is < 1 or > EventQueryService.MaxLimit)
            errors["limit"] = [$"limit must be between 1 and {EventQueryService.MaxLimit}."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var items = events.Events(state.Filter, limit ?? 100);
        return TypedResults.Ok(new EventPage(events.Count(state.Filter), items));
    }

    /// <summary>The answer of <c>/health</c>.</summary>
    public sealed record HealthReport(string Status);

    /// <summary>One page of events and how many match in all.</summary>
    public sealed record EventPage(int Total, IReadOnlyList<EventView> Items);
}
