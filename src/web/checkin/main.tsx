// Placeholder entry, replaced by the real pages.
const root = document.getElementById('root');
if (root) root.textContent = '签到页正在建设中 / The check-in page is being built.';
export {};
