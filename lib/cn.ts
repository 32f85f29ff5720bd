import { type ClassValue, clsx } from 'clsx';

/**
 * Join class names; of two Tailwind classes that set the same thing under the same variants,
 * the later wins (a caller's `h-8` over a control's `h-9`). Only the utility groups this app
 * overrides are known here: any other class is kept as it is, so nothing is dropped by guess.
 */
export function cn(...inputs: ClassValue[]): string {
  const joined = clsx(inputs);
  const known = merged.get(joined);
  if (known !== undefined) return known;
  const result = merge(joined);
  if (merged.size >= MEMO_LIMIT) merged.clear();
  merged.set(joined, result);
  return result;
}

/**
 * The same few hundred class strings come back on every render (a picker row, a badge): the
 * regex work of merging them once each took a third of a page's hydration on a phone.
 */
const merged = new Map<string, string>();
const MEMO_LIMIT = 2_000;

/**
 * Those strings are made of far fewer classes (`text-sm`, `px-3`…): each is read once, so the
 * first render of a page, when every string is new, tests each class against the groups once.
 * A class's keys: the group it sets first, then every group it overrides, under its variants.
 */
const classKeys = new Map<string, readonly string[]>();
const CLASS_LIMIT = 4_000;

function keysOf(name: string): readonly string[] {
  const known = classKeys.get(name);
  if (known) return known;
  const { variants, utility } = splitVariants(name);
  const keys = (conflictGroups(utility) ?? [`=${utility}`]).map((group) => variants + group);
  if (classKeys.size >= CLASS_LIMIT) classKeys.clear();
  classKeys.set(name, keys);
  return keys;
}

function merge(joined: string): string {
  const classes = joined.split(/\s+/).filter(Boolean);
  const taken = new Set<string>();
  const kept: string[] = [];
  for (let index = classes.length - 1; index >= 0; index--) {
    const name = classes[index] as string;
    const keys = keysOf(name);
    if (taken.has(keys[0] as string)) continue;
    for (const key of keys) taken.add(key);
    kept.push(name);
  }
  return kept.reverse().join(' ');
}

/** `dark:hover:bg-x` → variants `dark:hover:`, utility `bg-x`; colons inside brackets are values. */
function splitVariants(name: string): { variants: string; utility: string } {
  let depth = 0;
  let cut = 0;
  for (let index = 0; index < name.length; index++) {
    const char = name[index];
    if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    else if (char === ':' && depth === 0) cut = index + 1;
  }
  const important = name.startsWith('!', cut) || name.endsWith('!');
  const utility = name.slice(cut).replace(/^!/, '').replace(/!$/, '').replace(/^-/, '');
  return { variants: `${name.slice(0, cut)}${important ? '!' : ''}`, utility };
}

const SPACING_SIDES: Record<string, string[]> = { '': ['x', 'y', 't', 'r', 'b', 'l', 's', 'e'], x: ['r', 'l', 's', 'e'], y: ['t', 'b'] };
const DISPLAY = /^(block|inline|inline-block|flex|inline-flex|grid|inline-grid|contents|table|table-row|table-cell|list-item|flow-root|hidden)$/;
const POSITION = /^(static|fixed|absolute|relative|sticky)$/;
const FONT_SIZE = /^text-(xs|sm|base|lg|[2-9]?xl|\[\d[^\]]*\])(\/.+)?$/;
const SINGLE = /^(items|self|justify-items|justify-self|justify|place-items|place-content|z|opacity|cursor|leading|tracking|whitespace|grid-cols|grid-rows|col-span|row-span|order|shrink|grow|basis|duration|ease|delay|animate|select|pointer-events|align|object|aspect|line-clamp|transition|overflow-x|overflow-y|gap-x|gap-y)(-|$)/;

/** The group a utility sets first, then the narrower groups it also overrides; null: no known conflicts. */
function conflictGroups(utility: string): string[] | null {
  if (DISPLAY.test(utility)) return ['display'];
  if (POSITION.test(utility)) return ['position'];
  const spacing = /^([pm])([xytrblse]?)-/.exec(utility);
  if (spacing) {
    const [, kind = '', side = ''] = spacing;
    return [kind + side, ...(SPACING_SIDES[side] ?? []).map((inner) => kind + inner)];
  }
  const sizing = /^(size|min-w|max-w|min-h|max-h|w|h)-/.exec(utility)?.[1];
  if (sizing) return sizing === 'size' ? ['size', 'w', 'h'] : [sizing];
  if (/^text-(left|center|right|justify|start|end)$/.test(utility)) return ['text-align'];
  if (/^text-(wrap|nowrap|balance|pretty)$/.test(utility)) return ['text-wrap'];
  if (FONT_SIZE.test(utility)) return ['font-size'];
  if (utility.startsWith('text-')) return ['text-color'];
  if (/^font-(sans|serif|mono)$/.test(utility)) return ['font-family'];
  if (utility.startsWith('font-')) return ['font-weight'];
  return borderGroups(utility) ?? effectGroups(utility) ?? layoutGroups(utility);
}

function borderGroups(utility: string): string[] | null {
  const width = /^border(?:-([xytrblse]))?(?:-\d+)?$/.exec(utility);
  if (width) return width[1] ? [`border-w-${width[1]}`] : ['border-w', ...'xytrblse'.split('').map((side) => `border-w-${side}`)];
  if (/^border-(solid|dashed|dotted|double|hidden|none)$/.test(utility)) return ['border-style'];
  if (/^border-(collapse|separate)$/.test(utility)) return ['border-collapse'];
  const sided = /^border-([xytrblse])-/.exec(utility);
  if (sided) return [`border-color-${sided[1]}`];
  if (utility.startsWith('border-')) return ['border-color', ...'xytrblse'.split('').map((side) => `border-color-${side}`)];
  const rounded = /^rounded(?:-(tl|tr|br|bl|ss|se|es|ee|t|r|b|l|s|e)(?=-|$))?/.exec(utility);
  if (rounded) return rounded[1] ? [`rounded-${rounded[1]}`] : ['rounded', ...['t', 'r', 'b', 'l', 's', 'e', 'tl', 'tr', 'br', 'bl'].map((side) => `rounded-${side}`)];
  return null;
}

function effectGroups(utility: string): string[] | null {
  if (/^bg-(fixed|local|scroll|clip-|origin-|repeat|no-repeat|cover|contain|linear-|radial-|conic-|gradient-)/.test(utility)) return null;
  if (utility.startsWith('bg-')) return ['bg'];
  if (/^shadow(-(2xs|xs|sm|md|lg|xl|2xl|none|inner))?$/.test(utility)) return ['shadow'];
  if (utility.startsWith('shadow-')) return ['shadow-color'];
  if (/^ring(-\d+)?$/.test(utility)) return ['ring-w'];
  if (utility === 'ring-inset') return ['ring-inset'];
  if (/^ring-offset-\d+$/.test(utility)) return ['ring-offset-w'];
  if (utility.startsWith('ring-offset-')) return ['ring-offset-color'];
  if (utility.startsWith('ring-')) return ['ring-color'];
  if (/^outline(-\d+)?$/.test(utility)) return ['outline-w'];
  if (/^outline-(none|hidden|solid|dashed|dotted|double)$/.test(utility)) return ['outline-style'];
  if (utility.startsWith('outline-offset-')) return ['outline-offset'];
  if (utility.startsWith('outline-')) return ['outline-color'];
  return null;
}

function layoutGroups(utility: string): string[] | null {
  if (/^flex-(\d+|auto|initial|none)$/.test(utility)) return ['flex'];
  if (/^flex-(row|col)(-reverse)?$/.test(utility)) return ['flex-direction'];
  if (/^flex-(wrap|nowrap|wrap-reverse)$/.test(utility)) return ['flex-wrap'];
  if (/^overflow-(auto|hidden|clip|visible|scroll)$/.test(utility)) return ['overflow', 'overflow-x', 'overflow-y'];
  if (/^gap-/.test(utility) && !/^gap-[xy]-/.test(utility)) return ['gap', 'gap-x', 'gap-y'];
  const inset = /^(inset-x|inset-y|inset|top|right|bottom|left|start|end)-/.exec(utility)?.[1];
  if (inset) return inset === 'inset' ? ['inset', 'inset-x', 'inset-y', 'top', 'right', 'bottom', 'left'] : [inset];
  if (/^(visible|invisible|collapse)$/.test(utility)) return ['visibility'];
  return SINGLE.test(utility) ? [(SINGLE.exec(utility) as RegExpExecArray)[1] as string] : null;
}
