using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>
/// The dashboard's state as a URL query:
/// <c>/?from=2024-12-01&amp;to=2025-02-28&amp;place=SY-HA&amp;q=prison&amp;event=42&amp;map=36.3,41,7</c>.
/// The only place that parses and formats it, for the page and the API alike. Parsing never throws: a bad value is
/// ignored and reported as a <see cref="UrlProblem"/> so that the page can show a notice instead of an error.
/// </summary>
public static class DashboardUrl
{
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string PlaceKey = "place";
    public const string TextKey = "q";
    public const string SourceKey = "source";
    public const string EventKey = "event";
    public const string MapKey = "map";

    /// <summary>Most place ids (and most sources) one filter may name.</summary>
    public const int MaxValues = 50;

    /// <summary>Longest accepted source name.</summary>
    public const int MaxSourceLength = 200;

    /// <summary>Longest accepted <c>q</c>.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Longest accepted place id.</summary>
    public const int MaxPlaceIdLength = 64;

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// Reads the state from a query string (with or without <c>?</c>) or a whole URL. <paramref name="isKnownPlace"/>,
    /// when given, rejects place ids the gazetteer does not know.
    /// </summary>
    public static DashboardState Parse(string? queryOrUrl, Func<string, bool>? isKnownPlace = null)
    {
        var query = QueryHelpers.ParseQuery(QueryPart(queryOrUrl));
        var problems = new List<UrlProblem>();

        var from = ParseDate(query, FromKey, problems);
        var to = ParseDate(query, ToKey, problems);
        if (from is not null && to is not null && to < from)
        {
            problems.Add(new UrlProblem(ToKey, $"'to' ({Format(to.Value)}) is before 'from' ({Format(from.Value)}); it was ignored."));
            to = null;
        }

        var places = ParsePlaces(query, problems, isKnownPlace);
        var sources = ParseSources(query, problems);

        string? text = null;
        if (First(query, TextKey) is { } value)
        {
            if (value.Length > MaxTextLength)
                problems.Add(new UrlProblem(TextKey, $"The search text is longer than {MaxTextLength} characters; it was ignored."));
            else
                text = value;
        }

        return new DashboardState(new EventFilter(from, to, places, text, sources), problems)
        {
            EventId = ParseEvent(query, problems),
            View = ParseView(query, problems),
        };
    }

    /// <summary>
    /// The relative URL of a view: <c>/</c> for no filter, else <c>/?from=…&amp;to=…&amp;place=…&amp;q=…&amp;source=…</c> in that
    /// order, one <c>place</c> (and <c>source</c>) per value.
    /// </summary>
    public static string Format(EventFilter filter, string path = "/")
    {
        var query = new StringBuilder();
        Append(query, FromKey, filter.From is { } from ? Format(from) : null);
        Append(query, ToKey, filter.To is { } to ? Format(to) : null);
        foreach (var place in filter.Places)
            Append(query, PlaceKey, place);
        Append(query, TextKey, string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim());
        foreach (var source in filter.Sources)
            Append(query, SourceKey, source);
        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>
    /// The relative URL of a view with its selected event and map view: the filter as <see cref="Format(EventFilter, string)"/>,
    /// then <c>event=42</c> and <c>map=36.3,41,7</c> (latitude, longitude to 4 decimals; zoom to 2).
    /// </summary>
    public static string Format(EventFilter filter, int? eventId, MapViewport? view, string path = "/")
    {
        var url = Format(filter, path);
        var query = new StringBuilder();
        Append(query, EventKey, eventId?.ToString(CultureInfo.InvariantCulture));
        // Digits, '.', '-' and ',' only: the commas stay readable (they are legal in a query).
        Append(query, MapKey, view?.ToString(), escape: false);
        if (query.Length == 0)
            return url;
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }

    /// <summary>The ISO form used in URLs (<c>2024-12-26</c>).</summary>
    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(Dictionary<string, StringValues> query, string key, List<UrlProblem> problems)
    {
        if (First(query, key) is not { } value)
            return null;
        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add(new UrlProblem(key, $"'{Shorten(value)}' is not a date (expected YYYY-MM-DD); '{key}' was ignored."));
        return null;
    }

    private static int? ParseEvent(Dictionary<string, StringValues> query, List<UrlProblem> problems)
    {
        if (First(query, EventKey) is not { } value)
            return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        problems.Add(new UrlProblem(EventKey, $"'{Shorten(value)}' is not an event id (expected a positive whole number); 'event' was ignored."));
        return null;
    }

    private static MapViewport? ParseView(Dictionary<string, StringValues> query, List<UrlProblem> problems)
    {
        if (First(query, MapKey) is not { } value)
            return null;
        if (MapViewport.TryParse(value, out var view))
            return view;
        problems.Add(new UrlProblem(MapKey,
            $"'{Shorten(value)}' is not a map view (expected latitude,longitude,zoom with latitude -90…90, longitude -180…180, " +
            $"zoom {MapViewport.MinZoom}…{MapViewport.MaxZoom}); 'map' was ignored."));
        return null;
    }

    /// <summary>Place ids from repeated <c>place</c> keys or comma-separated values (ids never contain commas).</summary>
    private static List<string> ParsePlaces(Dictionary<string, StringValues> query, List<UrlProblem> problems, Func<string, bool>? isKnownPlace)
    {
        var places = new List<string>();
        var values = Values(query, PlaceKey).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            if (value.Length > MaxPlaceIdLength || !value.All(IsPlaceIdChar))
                problems.Add(new UrlProblem(PlaceKey, $"'{Shorten(value)}' is not a place id; it was ignored."));
            else if (isKnownPlace is not null && !isKnownPlace(value))
                problems.Add(new UrlProblem(PlaceKey, $"Unknown place '{value}'; it was ignored."));
            else if (places.Count == MaxValues)
                problems.Add(new UrlProblem(PlaceKey, $"More than {MaxValues} places; '{value}' was ignored."));
            else
                places.Add(value);
        }
        return places;
    }

    private static List<string> ParseSources(Dictionary<string, StringValues> query, List<UrlProblem> problems)
    {
        var sources = new List<string>();
        foreach (var value in Values(query, SourceKey).Distinct(StringComparer.Ordinal))
        {
            if (value.Length > MaxSourceLength || sources.Count == MaxValues)
                problems.Add(new UrlProblem(SourceKey, $"'{Shorten(value)}' is too long or one source too many; it was ignored."));
            else
                sources.Add(value);
        }
        return sources;
    }

    /// <summary>The first value of a key, trimmed; null when the key is missing or blank.</summary>
    private static string? First(Dictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values[0]!.Trim() : null;

    private static IEnumerable<string> Values(Dictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values)
            ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            : [];

    private static void Append(StringBuilder query, string key, string? value, bool escape = true)
    {
        if (value is null)
            return;
        if (query.Length > 0)
            query.Append('&');
        query.Append(key).Append('=').Append(escape ? Uri.EscapeDataString(value) : value);
    }

    private static string QueryPart(string? queryOrUrl)
    {
        if (string.IsNullOrEmpty(queryOrUrl))
            return "";
        var mark = queryOrUrl.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0)
            return queryOrUrl[mark..];
        // A bare query ("from=…") or a URL without one ("https://host/").
        return queryOrUrl.Contains('=', StringComparison.Ordinal) && !queryOrUrl.Contains('/', StringComparison.Ordinal) ? "?" + queryOrUrl : "";
    }

    private static bool IsPlaceIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_' or '.';

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>The state read from a URL and what was wrong with it.</summary>
public sealed record DashboardState(EventFilter Filter, IReadOnlyList<UrlProblem> Problems)
{
    /// <summary>The selected event (<c>event=42</c>), if any.</summary>
    public int? EventId { get; init; }

    /// <summary>The map's view (<c>map=36.3,41,7</c>), if the URL has one; else the map frames the events.</summary>
    public MapViewport? View { get; init; }
}

/// <summary>A map view: centre and Leaflet zoom level. Written <c>36.3,41,7</c> (the <c>map</c> URL value).</summary>
public sealed record MapViewport(double Latitude, double Longitude, double Zoom)
{
    public const double MinZoom = 0;
    public const double MaxZoom = 18;

    /// <summary>Reads <c>lat,lon,zoom</c>; false when a part is missing, not a number or out of range.</summary>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MapViewport? view)
    {
        view = null;
        var parts = value?.Split(',', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 3 })
            return false;
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(parts[0], style, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(parts[1], style, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180
            || !double.TryParse(parts[2], style, CultureInfo.InvariantCulture, out var zoom) || zoom is < MinZoom or > MaxZoom)
            return false;
        view = new MapViewport(lat, lon, zoom);
        return true;
    }

    /// <summary>Rounded for a readable URL: about 10 m, and quarter zoom steps survive.</summary>
    public MapViewport Rounded() => new(Math.Round(Latitude, 4), Math.Round(Longitude, 4), Math.Round(Zoom, 2));

    public override string ToString()
    {
        var r = Rounded();
        return string.Create(CultureInfo.InvariantCulture, $"{r.Latitude:0.####},{r.Longitude:0.####},{r.Zoom:0.##}");
    }
}

/// <summary>A value in the URL that was ignored, and why, in words for the user.</summary>
public sealed record UrlProblem(string Parameter, string Message);
