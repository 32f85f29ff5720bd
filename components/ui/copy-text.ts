'use client';

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
