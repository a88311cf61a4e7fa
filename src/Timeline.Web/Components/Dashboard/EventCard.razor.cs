using Microsoft.AspNetCore.Components;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// One event on the timeline: its date as precisely as it is known and why, the sentence with places marked, the source.
/// A click or Enter selects it and its close button or Escape clears the selection, through <see cref="TimelineView"/>
/// (delegated in <c>wwwroot/js/timeline.js</c>); the card itself only shows.
/// </summary>
public partial class EventCard
{
    [Parameter, EditorRequired]
    public EventView Event { get; set; } = default!;

    /// <summary>True when this is the selected event (<c>event=</c> in the URL): drawn outlined, <c>aria-current="true"</c>.</summary>
    [Parameter]
    public bool Selected { get; set; }

    /// <summary>Day events are drawn solid, coarser ones (month, season, year, range) dashed; the selected one outlined.</summary>
    private string CardClass => (Event.Precision == DatePrecision.Day, Selected) switch
    {
        (true, false) => "event-card event-day",
        (true, true) => "event-card event-day event-selected",
        (false, false) => "event-card event-coarse",
        (false, true) => "event-card event-coarse event-selected",
    };

    private string DateLabel => EventDateText.Label(Event);

    private string? PrecisionNote => EventDateText.PrecisionNote(Event.Precision);

    private string BasisNote => EventDateText.BasisNote(Event);

    private string AccessibleName => $"Event, {EventDateText.Label(Event)}";

    private IReadOnlyList<SentenceSegment> Segments => SentenceSegments.Build(Event.Sentence, Event.Places);

    private string SourceLine
    {
        get
        {
            var source = string.IsNullOrWhiteSpace(Event.Source) ? "unknown source" : Event.Source;
            var published = $"published {DashboardUrl.Format(Event.Published)}";
            // The separator before the article link is part of the line: one text frame less per card.
            return string.IsNullOrWhiteSpace(Event.Title) ? $"{source}, {published} · " : $"{source}: {Event.Title}, {published} · ";
        }
    }
}
