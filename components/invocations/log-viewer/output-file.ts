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

/**
 * The Clipboard API exists only in secure contexts; an operator opening the dashboard over
 * plain HTTP on a private network still gets a working button through the older path.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    focused?.focus(); // selecting the textarea took focus from the button
    return copied;
  }
}
