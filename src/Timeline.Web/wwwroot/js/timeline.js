// The timeline's scroll observation: which cards are in view (reported to .NET after scrolling settles) and scrolling a
// virtualized list to an index whose card may not be rendered yet.

const settleMs = 200;

export function observeTimeline(container, callbacks) {
    let timer = 0;
    let reported = '';
    let disposed = false;

    function visibleIds() {
        const box = container.getBoundingClientRect();
        const ids = [];
        for (const el of container.querySelectorAll('[data-event-id]')) {
            const r = el.getBoundingClientRect();
            // At least a third of the card, or 40 px of it, inside the scroll area.
            const inside = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
            if (inside > Math.min(40, r.height / 3)) ids.push(Number(el.dataset.eventId));
        }
        return ids;
    }

    function report() {
        timer = 0;
        if (disposed) return;
        const ids = visibleIds();
        const key = ids.join(',');
        if (key === reported) return;
        reported = key;
        callbacks.invokeMethodAsync('InView', ids).catch(() => { });
    }

    function schedule() {
        if (timer) clearTimeout(timer);
        timer = setTimeout(report, settleMs);
    }

    // Selecting and clearing, delegated here rather than a Blazor handler per card: a click on a card (not on its
    // article link) or Enter on the focused card selects it; the selected card's close button, or Escape on that card,
    // clears the selection.
    function cardOf(target) {
        return target instanceof Element ? target.closest('.event-card') : null;
    }
    function entryId(card) {
        return Number(card.closest('[data-event-id]')?.dataset.eventId);
    }
    function onClick(e) {
        const card = cardOf(e.target);
        if (!card || e.target.closest('a')) return;
        if (e.target.closest('.event-deselect')) callbacks.invokeMethodAsync('Clear').catch(() => { });
        else if (!Number.isNaN(entryId(card))) callbacks.invokeMethodAsync('Select', entryId(card)).catch(() => { });
    }
    function onKey(e) {
        const card = cardOf(e.target);
        // Keys on the card itself: Enter on its link or close button is that element's own click.
        if (!card || card !== e.target) return;
        if (e.key === 'Enter' && !Number.isNaN(entryId(card))) callbacks.invokeMethodAsync('Select', entryId(card)).catch(() => { });
        else if (e.key === 'Escape' && card.getAttribute('aria-current') === 'true') callbacks.invokeMethodAsync('Clear').catch(() => { });
    }
    container.addEventListener('click', onClick);
    container.addEventListener('keydown', onKey);

    // Hovering a card points out its places on the map: the ids go to the map module as a 'timeline-hover' event of the
    // page (an empty list when the pointer leaves the cards). A place mark's title ends with its id in parentheses,
    // "Al-Hol camp (curated:al-hol-camp)" (EventCard.razor), so the card needs no attribute more per place.
    let hoveredCard = null;
    function placeIds(card) {
        return card ? [...card.querySelectorAll('p > mark[title]')]
            .map(mark => /\(([^()]+)\)$/.exec(mark.title)?.[1]).filter(id => id) : [];
    }
    function hover(card) {
        if (card === hoveredCard) return;
        hoveredCard = card;
        document.dispatchEvent(new CustomEvent('timeline-hover', { detail: placeIds(card) }));
    }
    const onOver = e => hover(cardOf(e.target));
    const onLeave = () => hover(null);
    container.addEventListener('mouseover', onOver);
    container.addEventListener('mouseleave', onLeave);

    // Scrolling, and the virtualized list swapping cards in and out (a new filter, pages arriving).
    container.addEventListener('scroll', schedule, { passive: true });
    const mutations = new MutationObserver(schedule);
    mutations.observe(container, { childList: true, subtree: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(container);
    schedule();

    // Scrolls until the card at `index` is rendered and in view. The list renders only what is near the viewport, so
    // jump by the measured height of the rendered cards, let the list render, and correct until the card exists.
    async function reveal(index) {
        for (let attempt = 0; attempt < 30 && !disposed; attempt++) {
            const target = container.querySelector(`[data-index="${index}"]`);
            if (target) {
                const box = container.getBoundingClientRect();
                const r = target.getBoundingClientRect();
                if (r.top < box.top || r.bottom > box.bottom) {
                    container.scrollTop += r.top - box.top - 8;
                }
                return true;
            }
            const rendered = [...container.querySelectorAll('[data-index]')];
            if (rendered.length > 0) {
                const first = rendered[0];
                const last = rendered[rendered.length - 1];
                const firstIndex = Number(first.dataset.index);
                const lastIndex = Number(last.dataset.index);
                const height = Math.max(40, (last.getBoundingClientRect().bottom - first.getBoundingClientRect().top) / Math.max(1, lastIndex - firstIndex + 1));
                const anchor = index < firstIndex ? first : last;
                const anchorIndex = index < firstIndex ? firstIndex : lastIndex;
                container.scrollTop += anchor.getBoundingClientRect().top - container.getBoundingClientRect().top + (index - anchorIndex) * height;
            }
            await new Promise(resolve => setTimeout(resolve, 80));
        }
        return false;
    }

    function dispose() {
        disposed = true;
        if (timer) clearTimeout(timer);
        container.removeEventListener('scroll', schedule);
        container.removeEventListener('click', onClick);
        container.removeEventListener('keydown', onKey);
        container.removeEventListener('mouseover', onOver);
        container.removeEventListener('mouseleave', onLeave);
        hover(null);
        mutations.disconnect();
        resize.disconnect();
    }

    return { reveal, dispose };
}
