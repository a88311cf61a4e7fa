using System.Globalization;
using System.Text;
using Timeline.Data.Queries;

namespace Timeline.Web.Api;

/// <summary>Events as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).</summary>
public static class EventCsv
{
    public static readonly string[] Header =
    [
        "event_id", "article_id", "date", "start", "end", "precision", "basis", "source", "sentence",
        "place_id", "place_name", "place_kind", "place_precision", "latitude", "longitude", "mention",
    ];

    /// <summary>One row per event and place; an event without places gives one row with empty place fields. UTF-8, no BOM.</summary>
    public static byte[] Write(IEnumerable<EventView> events)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var e in events)
        {
            string[] head =
            [
                Int(e.Id), Int(e.ArticleId), e.Edtf, Day(e.Start), Day(e.End), e.Precision.ToString().ToLowerInvariant(),
                e.Basis.ToString().ToLowerInvariant(), e.Source ?? "", e.Sentence,
            ];
            if (e.Places.Count == 0)
                Row(csv, [.. head, "", "", "", "", "", "", ""]);
            foreach (var p in e.Places)
            {
                Row(csv, [.. head, p.PlaceId, p.Name, p.Kind.ToString().ToLowerInvariant(), EventFeatures.Precision(p.Kind),
                    Number(p.Latitude), Number(p.Longitude), p.Mention]);
            }
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>One field as RFC 4180 wants it.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
