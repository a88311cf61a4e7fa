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

    /// <summary>The selected card's close button was pressed, or Escape on it.</summary>
    [Parameter]
    public EventCallback SelectionCleared { get; set; }

    private bool IsDay => Event.Precision == DatePrecision.Day;

    private string DateLabel => EventDateText.Label(Event);

    private string? PrecisionNote => EventDateText.PrecisionNote(Event.Precision);

    private string BasisNote => EventDateText.BasisNote(Event);

    private string AccessibleName => $"Event, {EventDateText.Label(Event)}";

    private IReadOnlyList<SentenceSegment> Segments => SentenceSegments.Build(Event.Sentence, Event.Places);

    // Selecting the selected card again changes nothing (and a click on its close button must not reselect it).
    private Task Select() => Selected ? Task.CompletedTask : EventSelected.InvokeAsync(Event);

    private Task Clear() => SelectionCleared.InvokeAsync();

    private Task Key(KeyboardEventArgs e) => e.Key switch
    {
        "Enter" => Select(),
        "Escape" when Selected => Clear(),
        _ => Task.CompletedTask,
    };

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
