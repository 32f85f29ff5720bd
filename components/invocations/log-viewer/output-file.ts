/** Copy and Download of the plain output. Browser-only except `logFileName`. */

/**
 * A safe `.log` file name from what the page passes (`t-abc123-i-uf6xyz.log`): path
 * separators and characters Windows refuses become `-`, and `.log` is added if missing.
 */
export function logFileName(name: string): string {
  const safe = name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '').trim();
  const base = safe === '' ? 'output' : safe;
  return base.toLowerCase().endsWith('.log') ? base : `${base}.log`;
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = logFileName(fileName);
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Safari; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

