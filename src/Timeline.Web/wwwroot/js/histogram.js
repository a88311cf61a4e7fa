// The histogram's brush, delegated on the histogram: one set of listeners instead of Blazor handlers on every bar
// (with 134 bars, five handlers each were a large part of each circuit's server memory). A drag marks the bars it covers
// (class 'brushing') here in the page and reports only its two ends to .NET (Brushed); a press and release on one bar
// is a click: every click on a bar (also Enter on it, and Shift+click or Shift+Enter) is reported as BarClicked.
// A touch pointer is implicitly captured by the element it went down on, so the other bars would never see it pass
// over them; releasing that capture lets a finger drag across bars like a mouse.
export function attachBrush(element, callbacks) {
    let drag = null;
    const bars = () => [...element.querySelectorAll(barSelector)];
    const indexOf = target => barIndex(element, target);
    const paint = () => bars().forEach((bar, i) => bar.classList.toggle('brushing',
        drag !== null && i >= Math.min(drag.anchor, drag.last) && i <= Math.max(drag.anchor, drag.last)));
    const end = () => { drag = null; paint(); };

    element.addEventListener('pointerdown', e => {
        if (e.pointerType !== 'mouse' && e.target.hasPointerCapture && e.target.hasPointerCapture(e.pointerId)) {
            e.target.releasePointerCapture(e.pointerId);
        }
        const index = indexOf(e.target);
        // Shift keeps the anchor: the click that follows extends the range to this bar.
        if (e.button !== 0 || e.shiftKey || index < 0) return;
        drag = { anchor: index, last: index };
        paint();
    });
    element.addEventListener('pointerover', e => {
        const index = indexOf(e.target);
        if (drag === null || index < 0) return;
        // Released outside the histogram: the drag is over without a range.
        if ((e.buttons & 1) === 0) { end(); return; }
        drag.last = index;
        paint();
    });
    element.addEventListener('pointerup', e => {
        if (drag === null) return;
        const { anchor } = drag;
        const index = indexOf(e.target);
        end();
        // A press and release on one bar is a click (below).
        if (index >= 0 && index !== anchor) callbacks.invokeMethodAsync('Brushed', anchor, index);
    });
    element.addEventListener('click', e => {
        const index = indexOf(e.target);
        if (index >= 0) callbacks.invokeMethodAsync('BarClicked', index, e.shiftKey);
    });
    keepFocus(element);
}

// The bars are one block of markup that the server replaces whenever the range or the focused bar changes (arrow keys,
// a click, Enter), which drops the keyboard focus on the page's body. When the focus was on a bar and the reader acted
// on the bars moments ago, it goes to the new single tab stop (the bar with tabindex 0): arrow keys and Enter, then
// Shift+Enter, keep working without the mouse.
function keepFocus(element) {
    let onBars = false;
    let acted = 0;
    const recent = () => performance.now() - acted < 5000;
    element.addEventListener('focusin', e => { onBars = barIndex(element, e.target) >= 0; });
    element.addEventListener('focusout', e => {
        if (e.relatedTarget !== null && !element.contains(e.relatedTarget)) onBars = false;
    });
    element.addEventListener('keydown', () => { acted = performance.now(); });
    element.addEventListener('pointerdown', () => { acted = performance.now(); });
    new MutationObserver(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (onBars && lost && recent()) element.querySelector(`${barSelector}[tabindex="0"]`)?.focus();
    }).observe(element, { childList: true, subtree: true });
}

const barSelector = '.histogram-bars > button';

// The position of the bar an event target is in (or -1).
function barIndex(element, target) {
    const bar = target instanceof Element ? target.closest(barSelector) : null;
    return bar ? [...element.querySelectorAll(barSelector)].indexOf(bar) : -1;
}
