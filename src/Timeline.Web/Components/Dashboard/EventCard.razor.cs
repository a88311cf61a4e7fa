using Microsoft.AspNetCore.Components;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Dashboard;

/// <summary>One event on the timeline: its date as precisely as it is known and why, the sentence with places marked, the source.</summary>
public partial class EventCard
{
    [Parameter, EditorRequired]
    public EventView Event { get; set; } = default!;

    private bool IsDay => Event.Precision == DatePrecision.Day;

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
            return string.IsNullOrWhiteSpace(Event.Title) ? $"{source}, {published}" : $"{source}: {Event.Title}, {published}";
        }
    }
}
