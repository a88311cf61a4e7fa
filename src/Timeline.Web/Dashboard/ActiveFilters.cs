using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>One active part of a filter as the dashboard shows it, and the filter without that part.</summary>
public sealed record FilterChip(string Text, EventFilter Without);

/// <summary>
/// The active parts of a filter, one chip each, in URL order: dates, every place (by name), every word of the text,
/// every source. Removing a chip means navigating to its <see cref="FilterChip.Without"/>.
/// </summary>
public static class ActiveFilters
{
    /// <summary>The chips of <paramref name="filter"/>; <paramref name="placeName"/> names a place id (the id itself when unknown).</summary>
    public static IReadOnlyList<FilterChip> Chips(EventFilter filter, Func<string, string> placeName)
    {
        var chips = new List<FilterChip>();
        if (filter.From is { } from)
            chips.Add(new FilterChip($"From {DashboardUrl.Format(from)}", filter with { From = null }));
        if (filter.To is { } to)
            chips.Add(new FilterChip($"To {DashboardUrl.Format(to)}", filter with { To = null }));
        foreach (var place in filter.Places)
            chips.Add(new FilterChip(placeName(place), filter with { Places = filter.Places.Where(p => p != place).ToList() }));
        // Words as the query matches them: separated by white space, each required.
        var words = string.IsNullOrWhiteSpace(filter.Text) ? [] : filter.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        foreach (var word in words)
        {
            var rest = string.Join(' ', words.Where(w => w != word));
            chips.Add(new FilterChip($"\u201c{word}\u201d", filter with { Text = rest.Length == 0 ? null : rest }));
        }
        foreach (var source in filter.Sources)
            chips.Add(new FilterChip($"Source: {source}", filter with { Sources = filter.Sources.Where(s => s != source).ToList() }));
        return chips;
    }
}
