using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Api;

/// <summary>
/// The filter parameters every API endpoint takes, declared here for OpenAPI. The values are read from the raw query
/// string by <see cref="DashboardUrl"/>, the one parser of the filter, so the API and the dashboard cannot drift.
/// </summary>
public sealed class FilterParameters
{
    [FromQuery(Name = "from"), Description("First day (YYYY-MM-DD); an event matches when its date interval overlaps [from, to].")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Last day (YYYY-MM-DD), inclusive; not before from.")]
    public string? To { get; init; }

    [FromQuery(Name = "place"), Description("Gazetteer place ids (repeat the key or separate with commas); each matches the place and everything inside it.")]
    public string[]? Place { get; init; }

    [FromQuery(Name = "q"), Description("Words (at most 200 characters) that must all occur in the sentence or a place name.")]
    public string? Q { get; init; }

    [FromQuery(Name = "source"), Description("Article sources, exact (repeat the key).")]
    public string[]? Source { get; init; }
}

/// <summary>Paging parameters, declared here for OpenAPI and read by <see cref="ApiRequest"/>.</summary>
public sealed class PageParameters
{
    [FromQuery(Name = "limit"), Description("Page size (integer; range and default depend on the endpoint).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "after"), Description("Keyset cursor: the 'next' of the previous page (YYYY-MM-DD_id); events strictly after it.")]
    public string? After { get; init; }
}

/// <summary>Reads and validates an API request: the filter plus endpoint parameters, problems keyed by parameter name.</summary>
internal sealed class ApiRequest
{
    private readonly HttpContext _http;

    private ApiRequest(HttpContext http, EventFilter filter, Dictionary<string, string[]> errors)
    {
        _http = http;
        Filter = filter;
        Errors = errors;
    }

    public EventFilter Filter { get; }

    public Dictionary<string, string[]> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public static ApiRequest Read(HttpContext http, Gazetteer gazetteer)
    {
        var state = DashboardUrl.Parse(http.Request.QueryString.Value, id => gazetteer.Find(id) is not null);
        var errors = state.Problems
            .GroupBy(p => p.Parameter)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message.Replace("; it was ignored.", ".", StringComparison.Ordinal)).ToArray());
        return new ApiRequest(http, state.Filter, errors);
    }

    /// <summary>An integer parameter in [min, max]; the default when absent.</summary>
    public int Int(string name, int min, int max, int fallback)
    {
        var value = _http.Request.Query[name].ToString();
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        Errors[name] = [$"'{name}' must be an integer between {min} and {max}."];
        return fallback;
    }

    /// <summary>The keyset cursor <c>after</c> (as given in a previous answer's <c>next</c>), if any.</summary>
    public EventCursor? After()
    {
        var value = _http.Request.Query["after"].ToString();
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (EventCursor.TryParse(value, out var cursor))
            return cursor;
        Errors["after"] = ["'after' must be a cursor as returned in 'next' (YYYY-MM-DD_id)."];
        return null;
    }

    /// <summary>An enum parameter by its name (case-insensitive); the default when absent.</summary>
    public T Choice<T>(string name, T fallback) where T : struct, Enum
    {
        var value = _http.Request.Query[name].ToString();
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        if (Enum.TryParse<T>(value, ignoreCase: true, out var choice) && Enum.IsDefined(choice) && !char.IsDigit(value[0]))
            return choice;
        Errors[name] = [$"'{name}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."];
        return fallback;
    }

    /// <summary>HTTP 400 with RFC 7807 problem details; <c>errors</c> is keyed by parameter and the detail names them.</summary>
    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(Errors, detail: "Invalid parameter(s): " + string.Join(", ", Errors.Keys) + ".");
}
