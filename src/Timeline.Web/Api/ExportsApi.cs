using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Features;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Api;

/// <summary>Exports for GIS tools and notebooks: events as GeoJSON and CSV, place counts as GeoJSON.</summary>
public static class ExportsApi
{
    /// <summary>Most events one export answer holds; page on with <c>after</c> (the <c>Link: rel="next"</c> header).</summary>
    public const int MaxExport = 10_000;

    private const string GeoJsonType = "application/geo+json";

    public static RouteGroupBuilder MapEventExports(this RouteGroupBuilder api)
    {
        api.MapGet("/events.geojson", GetEventsGeoJson).WithName("GetEventsGeoJson").Produces(200, contentType: GeoJsonType)
            .WithSummary("RFC 7946 FeatureCollection of events (Point/MultiPoint of their places); limit 1–10000 (default 1000), after.");
        api.MapGet("/events.csv", GetEventsCsv).WithName("GetEventsCsv").Produces(200, contentType: "text/csv")
            .WithSummary("CSV (RFC 4180), one row per event and place, with a header; limit 1–10000 (default 1000), after.");
        api.MapGet("/places.geojson", GetPlacesGeoJson).WithName("GetPlacesGeoJson").Produces(200, contentType: GeoJsonType)
            .WithSummary("Places with the count of matching events: level admin1 (default), admin2 or country as simplified polygons, point as points.");
        return api;
    }

    private static Results<JsonHttpResult<FeatureCollection>, ValidationProblem> GetEventsGeoJson(
        HttpContext http, EventQueryService events, Gazetteer gazetteer, [AsParameters] FilterParameters filter, [AsParameters] PageParameters paging)
    {
        if (!TryPage(http, events, gazetteer, out var page, out var problem))
            return problem!;
        var features = new FeatureCollection();
        foreach (var e in page)
            features.Add(EventFeatures.Event(e));
        return TypedResults.Json(features, EventFeatures.SerializerOptions, GeoJsonType);
    }

    private static Results<FileContentHttpResult, ValidationProblem> GetEventsCsv(
        HttpContext http, EventQueryService events, Gazetteer gazetteer, [AsParameters] FilterParameters filter, [AsParameters] PageParameters paging)
    {
        if (!TryPage(http, events, gazetteer, out var page, out var problem))
            return problem!;
        return TypedResults.File(EventCsv.Write(page), "text/csv; charset=utf-8", "events.csv");
    }

    private static Results<JsonHttpResult<FeatureCollection>, ValidationProblem> GetPlacesGeoJson(
        HttpContext http, EventQueryService events, Gazetteer gazetteer, PlaceShapes shapes, [AsParameters] FilterParameters filter, string? level)
    {
        var request = ApiRequest.Read(http, gazetteer);
        var chosen = request.Choice("level", PlaceLevel.Admin1);
        if (!request.IsValid)
            return request.Problem();
        var features = new FeatureCollection();
        foreach (var count in events.PlaceCounts(request.Filter, chosen))
        {
            var shape = chosen == PlaceLevel.Point ? null : shapes.Of(count.PlaceId);
            features.Add(EventFeatures.PlaceCount(count, shape, EventFeatures.Precision(count.Kind)));
        }
        return TypedResults.Json(features, EventFeatures.SerializerOptions, GeoJsonType);
    }

    /// <summary>Up to <c>limit</c> events after the cursor, read in pages; sets <c>Link: rel="next"</c> when more may follow.</summary>
    private static bool TryPage(HttpContext http, EventQueryService events, Gazetteer gazetteer,
        out List<EventView> page, out ValidationProblem? problem)
    {
        page = [];
        problem = null;
        var request = ApiRequest.Read(http, gazetteer);
        var limit = request.Int("limit", 1, MaxExport, 1000);
        var cursor = request.After();
        if (!request.IsValid)
        {
            problem = request.Problem();
            return false;
        }
        while (page.Count < limit)
        {
            var chunk = events.Events(request.Filter, Math.Min(EventQueryService.MaxLimit, limit - page.Count), cursor);
            page.AddRange(chunk);
            if (chunk.Count == 0 || page.Count == limit || chunk.Count < EventQueryService.MaxLimit)
                break;
            cursor = new EventCursor(chunk[^1].Start, chunk[^1].Id);
        }
        if (page.Count == limit)
        {
            var next = new EventCursor(page[^1].Start, page[^1].Id).ToString();
            var url = DashboardUrl.Format(request.Filter, http.Request.Path);
            var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            http.Response.Headers.Link = $"<{url}{separator}limit={limit}&after={next}>; rel=\"next\"";
        }
        return true;
    }
}
