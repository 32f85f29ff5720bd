/**
 * The listbox's keyboard map as a pure function of the key and the list's shape, so the
 * component only carries out the returned command and the map can be tested in Node.
 */

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type ListCommand =
  /** Make `index` the active row; with `extend`, select from the anchor to it. */
  | { type: 'move'; index: number; extend: boolean }
  /** Space or Enter; with `range`, select from the anchor to the active row. */
  | { type: 'toggle'; range: boolean }
  | { type: 'select-all' }
  | { type: 'focus-search' };

/**
 * `active` is the active row's position or -1 when none is; `pageSize` is how many rows
 * fit in view. Returns null for keys the list leaves alone (Tab, letters, ...).
 */
export function listCommand(input: KeyInput, active: number, count: number, pageSize: number): ListCommand | null {
  const { key, shiftKey, ctrlKey, metaKey, altKey } = input;
  const command = ctrlKey || metaKey;
  if (altKey) return null;
  if (command && (key === 'a' || key === 'A')) return { type: 'select-all' };
  if (key === '/' && !command) return { type: 'focus-search' };
  if (count === 0) return null;

  if (key === ' ' || key === 'Enter') {
    if (command) return null;
    return { type: 'toggle', range: shiftKey && key === ' ' };
  }

  const last = count - 1;
  const from = active < 0 ? -1 : Math.min(active, last);
  const step = Math.max(1, pageSize - 1);
  let index: number | null = null;
  switch (key) {
    case 'ArrowDown':
      index = from < 0 ? 0 : Math.min(from + 1, last);
      break;
    case 'ArrowUp':
      index = from < 0 ? 0 : Math.max(from - 1, 0);
      break;
    case 'Home':
      index = 0;
      break;
    case 'End':
      index = last;
      break;
    case 'PageDown':
      index = Math.min(Math.max(from, 0) + step, last);
      break;
    case 'PageUp':
      index = Math.max(Math.max(from, 0) - step, 0);
      break;
    default:
      return null;
  }
  return { type: 'move', index, extend: shiftKey };
}
