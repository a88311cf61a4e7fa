// The dashboard's light/dark choice, kept for a year in a cookie the server reads on the next request, so the first
// paint is already in the chosen theme (see ThemePreference.cs). Not HttpOnly: written here.
export function storeTheme(theme) {
    const value = theme === 'dark' ? 'dark' : 'light';
    document.cookie = `timeline-theme=${value}; path=/; max-age=31536000; samesite=lax`;
}
