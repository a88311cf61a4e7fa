using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Dashboard;

/// <summary>One event on the timeline: its date as precisely as it is known and why, the sentence with places marked, the source.</summary>
public partial class EventCard
{
    [Parameter, EditorRequired]
    public EventView Event { get; set; } = default!;

    /// <summary>True when this is the selected event (<c>event=</c> in the URL): drawn outlined, <c>aria-current="true"</c>.</summary>
    [Parameter]
    public bool Selected { get; set; }

    /// <summary>The card was clicked or Enter was pressed on it.</summary>
    [Parameter]
    public EventCallback<EventView> EventSelected { get; set; }

    private bool IsDay => Event.Precision == DatePrecision.Day;

    private string DateLabel => EventDateText.Label(Event);

    private string? PrecisionNote => EventDateText.PrecisionNote(Event.Precision);

    private string BasisNote => EventDateText.BasisNote(Event);

    private string AccessibleName => $"Event, {EventDateText.Label(Event)}";

    private IReadOnlyList<SentenceSegment> Segments => SentenceSegments.Build(Event.Sentence, Event.Places);

    private Task Select() => EventSelected.InvokeAsync(Event);

    private Task Key(KeyboardEventArgs e) => e.Key == "Enter" ? Select() : Task.CompletedTask;

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
