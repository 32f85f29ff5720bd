/** Where a launch's results download from (`output=1` adds each instance's output as read). */
export function launchResultsHref(launchId: string, format: 'csv' | 'json', withOutput: boolean): string {
  return `/api/launches/${encodeURIComponent(launchId)}/results?format=${format}${withOutput ? '&output=1' : ''}`;
}
