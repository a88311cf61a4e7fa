using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Core.Places;
using Timeline.Data.Queries;

namespace Timeline.Web.Api;

/// <summary>The HTTP API: health, events (JSON, GeoJSON, CSV), histogram, place counts and articles, all with one filter.</summary>
public static class EventsApi
{
    public static IServiceCollection AddEventsApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddProblemDetails();
        // Precision, basis and kind as words ("month", "relative", "admin1"), as in the GeoJSON and CSV exports.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSingleton<PlaceShapes>();
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
        var api = app.MapGroup("/api").WithTags("Events");
        api.MapGet("/events", GetEvents).WithName("GetEvents")
            .WithSummary("Events in timeline order (start day, id) for the filter; limit 1–500 (default 100), after = the previous page's next.");
        api.MapGet("/histogram", GetHistogram).WithName("GetHistogram")
            .WithSummary("Events per day, week (ISO, Monday) or month of their start day, for the filter; bucket default month.");
        api.MapGet("/articles/{id:int}", GetArticle).WithName("GetArticle")
            .WithSummary("An article: text, events and every evidence span (body offsets).");
        api.MapEventExports();
        return app;
    }

    private static Results<Ok<EventPage>, ValidationProblem> GetEvents(
        HttpContext http, EventQueryService events, Gazetteer gazetteer, [AsParameters] FilterParameters filter, [AsParameters] PageParameters paging)
    {
        var request = ApiRequest.Read(http, gazetteer);
        var limit = request.Int("limit", 1, EventQueryService.MaxLimit, 100);
        var after = request.After();
        if (!request.IsValid)
            return request.Problem();

        var items = events.Events(request.Filter, limit, after);
        var next = items.Count == limit ? new EventCursor(items[^1].Start, items[^1].Id).ToString() : null;
        return TypedResults.Ok(new EventPage(events.Count(request.Filter), items, next));
    }

    private static Results<Ok<IReadOnlyList<HistogramBar>>, ValidationProblem> GetHistogram(
        HttpContext http, EventQueryService events, Gazetteer gazetteer, [AsParameters] FilterParameters filter, string? bucket)
    {
        var request = ApiRequest.Read(http, gazetteer);
        var size = request.Choice("bucket", HistogramBucket.Month);
        if (!request.IsValid)
            return request.Problem();
        return TypedResults.Ok(events.Histogram(request.Filter, size));
    }

    private static Results<Ok<ArticleView>, ProblemHttpResult> GetArticle(int id, EventQueryService events) =>
        events.Article(id) is { } article
            ? TypedResults.Ok(article)
            : TypedResults.Problem($"No article {id}.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>The answer of <c>/health</c>.</summary>
    public sealed record HealthReport(string Status);

    /// <summary>One page of events, how many match in all, and the cursor of the next page (null on the last).</summary>
    public sealed record EventPage(int Total, IReadOnlyList<EventView> Items, string? Next);
}
