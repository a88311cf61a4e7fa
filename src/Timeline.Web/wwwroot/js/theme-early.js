// Runs in the page's head before the first paint (a classic script: modules are deferred). Without a stored choice (no
// theme-dark or theme-light class from the server), the browser's preference picks the dark palette.
(function () {
    const root = document.documentElement;
    if (!root.classList.contains('theme-dark') && !root.classList.contains('theme-light')
        && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) {
        root.classList.add('theme-dark');
    }
})();
