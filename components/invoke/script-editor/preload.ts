/** The script editor's module (CodeMirror and all), fetched once whoever asks first. */
export const loadScriptEditor = () => import('./script-editor');

/** Fetch the editor ahead of need (e.g. when the operator points at the Script choice). */
export function preloadScriptEditor(): void {
  // A failed prefetch costs nothing: the editor's own import tries again.
  loadScriptEditor().catch(() => undefined);
}
