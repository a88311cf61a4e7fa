using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Timeline.Web.Dashboard;

/// <summary>
/// The histogram's bars as one block of markup: a button per column named "Dec 2024: 12 events", <c>aria-pressed</c>
/// inside the picked range, one tab stop (<c>tabindex="0"</c> on the focused bar) and its height as <c>--fill</c>.
/// Rendered as a single frame instead of five or six per bar: with 134 bars that was the largest render tree of a
/// dashboard, and every circuit holds two copies of each. The text is ours (dates and counts, HTML-encoded), never
/// article content. A view's markup is built once per range and focused bar and shared by every circuit showing it.
/// </summary>
public static class HistogramBars
{
    /// <summary>Markups kept per view; beyond it (someone brushing through hundreds of ranges) they are built each time.</summary>
    public const int CachedPerView = 256;

    private static readonly ConditionalWeakTable<HistogramView, ConcurrentDictionary<(DateOnly?, DateOnly?, int), string>> Cache = new();

    /// <summary>
    /// The bars of <paramref name="view"/>: pressed where a column meets [<paramref name="from"/>, <paramref name="to"/>]
    /// when either is set, focusable at column <paramref name="focus"/>.
    /// </summary>
    public static string Markup(HistogramView view, DateOnly? from, DateOnly? to, int focus)
    {
        var built = Cache.GetValue(view, _ => new ConcurrentDictionary<(DateOnly?, DateOnly?, int), string>());
        if (built.TryGetValue((from, to, focus), out var markup))
            return markup;
        markup = Build(view, from, to, focus);
        if (built.Count < CachedPerView)
            built.TryAdd((from, to, focus), markup);
        return markup;
    }

    private static string Build(HistogramView view, DateOnly? from, DateOnly? to, int focus)
    {
        var ranged = from is not null || to is not null;
        var max = view.MaxEvents;
        var html = new StringBuilder(view.Columns.Count * 96);
        for (var i = 0; i < view.Columns.Count; i++)
        {
            var column = view.Columns[i];
            html.Append("<button aria-label=\"").Append(HtmlEncoder.Default.Encode(column.Description))
                .Append("\" aria-pressed=\"").Append(ranged && column.Meets(from, to) ? "true" : "false")
                .Append("\" tabindex=\"").Append(i == focus ? "0" : "-1")
                .Append("\" style=\"--fill: ");
            if (column.Events == 0)
                html.Append('0');
            else
                html.Append(CultureInfo.InvariantCulture, $"max(2px, {100.0 * column.Events / max:0.#}%)");
            html.Append("\"></button>");
        }
        return html.ToString();
    }
}
