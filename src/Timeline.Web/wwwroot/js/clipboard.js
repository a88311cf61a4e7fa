// "Copy link" of the filter bar: copies the address of the current view as the browser shows it.
// navigator.clipboard exists only in secure contexts (https, localhost); elsewhere the older copy command on a
// selected, off-screen text area is tried. Returns { url, copied } so the page can show the link when both fail.
export async function copyLink() {
    const url = window.location.href;
    try {
        if (navigator.clipboard && navigator.clipboard.writeText) {
            await navigator.clipboard.writeText(url);
            return { url, copied: true };
        }
    } catch {
        // Denied (no permission, document not focused): fall through to the copy command.
    }
    return { url, copied: copyWithSelection(url) };
}

function copyWithSelection(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try {
        copied = document.execCommand('copy');
    } catch {
        copied = false;
    }
    area.remove();
    return copied;
}
