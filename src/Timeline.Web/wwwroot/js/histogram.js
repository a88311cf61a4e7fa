// The histogram's brush is plain Blazor pointer events on the bar buttons (pointerdown, pointerenter, pointerup).
// That works for a mouse; a touch pointer is implicitly captured by the element it went down on, so the other bars
// would never see it enter. Releasing that capture lets a finger drag across bars like a mouse.
export function attachBrush(element) {
    element.addEventListener('pointerdown', e => {
        if (e.pointerType !== 'mouse' && e.target.hasPointerCapture && e.target.hasPointerCapture(e.pointerId)) {
            e.target.releasePointerCapture(e.pointerId);
        }
    });
}
