/** Absolute URL of an app path, as the browser sees the app (behind any proxy). */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
