using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.JSInterop;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Dashboard;

/// <summary>
/// The events of the current view in date order, virtualized over keyset pages (<see cref="TimelinePages"/>); a day
/// (or coarser period) heading opens the first card of each group. Reports the events scrolled into view (debounced,
/// by <c>wwwroot/js/timeline.js</c>) and scrolls to <see cref="RevealIndex"/> when it changes. Before the circuit is
/// interactive (prerendering) the first <see cref="StaticCount"/> cards are rendered as a plain list.
/// </summary>
public partial class TimelineView : IAsyncDisposable
{
    /// <summary>Cards rendered before the page is interactive.</summary>
    public const int StaticCount = 20;

    /// <summary>The view's events; a new instance (new filter) starts the list afresh.</summary>
    [Parameter, EditorRequired]
    public TimelinePages Pages { get; set; } = TimelinePages.Empty;

    /// <summary>The selected event, outlined with <c>aria-current="true"</c>.</summary>
    [Parameter]
    public int? SelectedEventId { get; set; }

    /// <summary>
    /// An index to scroll into view (the selected event's); scrolled to whenever it or <see cref="Pages"/> changes. A new
    /// <see cref="Pages"/> without one scrolls to the top.
    /// </summary>
    [Parameter]
    public int? RevealIndex { get; set; }

    /// <summary>A card was clicked or activated with Enter (reported through <see cref="Select"/>).</summary>
    [Parameter]
    public EventCallback<EventView> EventSelected { get; set; }

    /// <summary>The selected card's close button or Escape on it: no event is to be selected (through <see cref="Clear"/>).</summary>
    [Parameter]
    public EventCallback SelectionCleared { get; set; }

    /// <summary>The events now visible in the timeline's scroll area, in order (after scrolling settles).</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<EventView>> EventsInView { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private ElementReference _element;
    private Task? _init;
    private IJSObjectReference? _module;
    private IJSObjectReference? _observer;
    private DotNetObjectReference<TimelineView>? _callbacks;
    private (TimelinePages Pages, int? Index) _revealed;

    private string CountLine => $"{Pages.Total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} event{(Pages.Total == 1 ? "" : "s")}";

    private ValueTask<ItemsProviderResult<TimelineEntry>> Provide(ItemsProviderRequest request) =>
        ValueTask.FromResult(new ItemsProviderResult<TimelineEntry>(Pages.Items(request.StartIndex, request.Count), Pages.Total));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!RendererInfo.IsInteractive)
            return;
        try
        {
            // Renders that arrive while the module loads wait for it (one observer per timeline).
            _init ??= ObserveAsync();
            await _init;
            if (_revealed != (Pages, RevealIndex))
            {
                // A new list (new filter) starts at its top unless an event is to be shown.
                var index = RevealIndex ?? (ReferenceEquals(_revealed.Pages, Pages) ? null : 0);
                _revealed = (Pages, RevealIndex);
                if (index is not null && _observer is not null)
                    await _observer.InvokeVoidAsync("reveal", index);
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away while the page was rendering.
        }
    }

    private async Task ObserveAsync()
    {
        _callbacks = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/timeline.js");
        _observer = await _module.InvokeAsync<IJSObjectReference>("observeTimeline", _element, _callbacks);
    }

    /// <summary>
    /// Called by the timeline module when a card is clicked or Enter is pressed on it (delegated on the list, so no card
    /// carries a handler): reports the event, unless it is already the selected one or no longer in the list.
    /// </summary>
    [JSInvokable]
    public Task Select(int eventId) =>
        eventId != SelectedEventId && Pages.Find(eventId) is { } selected ? EventSelected.InvokeAsync(selected) : Task.CompletedTask;

    /// <summary>Called by the timeline module for the selected card's close button, or Escape on that card.</summary>
    [JSInvokable]
    public Task Clear() => SelectedEventId is null ? Task.CompletedTask : SelectionCleared.InvokeAsync();

    /// <summary>Called by the timeline module with the ids of the cards in view.</summary>
    [JSInvokable]
    public Task InView(int[] eventIds)
    {
        var events = eventIds.Select(Pages.Find).OfType<EventView>().ToList();
        return EventsInView.InvokeAsync(events);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_observer is not null)
            {
                await _observer.InvokeVoidAsync("dispose");
                await _observer.DisposeAsync();
            }
            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone and took the observer with it.
        }
        _callbacks?.Dispose();
        GC.SuppressFinalize(this);
    }
}
