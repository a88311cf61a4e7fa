// The dashboard's light/dark choice, kept for a year in a cookie the server reads on the next request, so the first
// paint is already in the chosen theme (see ThemePreference.cs), and applied at once as the class of <html> that
// selects the palette (see ThemeStyles.cs). Not HttpOnly: written here.
export function storeTheme(theme) {
    const dark = theme === 'dark';
    document.cookie = `timeline-theme=${dark ? 'dark' : 'light'}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.classList.toggle('theme-dark', dark);
    document.documentElement.classList.toggle('theme-light', !dark);
}

// Whether the page shows the dark palette (a stored choice, or the browser's preference applied by theme-early.js).
export function isDark() {
    return document.documentElement.classList.contains('theme-dark');
}
