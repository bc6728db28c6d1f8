// Placeholder entry, replaced by the real pages.
const root = document.getElementById('root');
if (root) root.textContent = '外出务工报名页正在建设中 / The worker pages are being built.';
export {};
