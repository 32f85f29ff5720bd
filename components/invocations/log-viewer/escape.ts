/**
 * Finds where an escape sequence ends, so the parser can act on CSI sequences and drop the
 * rest (OSC titles and hyperlinks, charset switches, DCS…) without printing any of it.
 * Works within one line: an unterminated sequence ends at the end of the line, so a cut
 * (Alibaba truncates output at a byte count, possibly mid-sequence) never hides later lines.
 */

/**
 * Filled in by `readEscape` for a complete CSI sequence (`ESC [ params final`); `final` is
 * '' for anything else. The caller passes one object for a whole line: a large output holds
 * tens of thousands of sequences, and two objects each would only feed the collector.
 */
export interface Csi {
  params: string;
  final: string;
}

const ESC = 0x1b;
const BEL = 0x07;
const C1_CSI = 0x9b;
const C1_OSC = 0x9d;

/** `at` indexes an ESC or a C1 control (U+0080–U+009F). Returns the index past the sequence. */
export function readEscape(s: string, at: number, csi: Csi): number {
  csi.final = '';
  const code = s.charCodeAt(at);
  if (code === C1_CSI) return readCsi(s, at + 1, csi);
  if (code === C1_OSC || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f) return readString(s, at + 1);
  if (code !== ESC) return at + 1; // any other C1 control: drop it alone
  if (at + 1 >= s.length) return s.length;
  const kind = s.charCodeAt(at + 1);
  if (kind === 0x5b /* [ */) return readCsi(s, at + 2, csi);
  // OSC `]`, DCS `P`, SOS `X`, PM `^`, APC `_`: strings ended by BEL or ST (`ESC \`).
  if (kind === 0x5d || kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f) return readString(s, at + 2);
  // nF escapes such as `ESC ( B` (charset): intermediates 0x20–0x2F, then a final byte.
  let i = at + 1;
  while (i < s.length && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f) i++;
  if (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x7e) return i + 1;
  // A lone ESC before something that cannot end a sequence: drop the ESC, keep the rest.
  return i;
}

function readCsi(s: string, from: number, csi: Csi): number {
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f) i++;
  const paramsEnd = i;
  while (i < s.length && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f) i++;
  if (i >= s.length) return s.length; // cut short: drop what there is
  const final = s.charCodeAt(i);
  if (final < 0x40 || final > 0x7e) return i; // malformed: drop the introducer and parameters
  // Private sequences (`ESC [ ? 25 l`, `ESC [ > c`: a marker 0x3C–0x3F first) and ones with
  // intermediates are never SGR or cursor moves.
  const marker = s.charCodeAt(from);
  if (paramsEnd !== i || (marker >= 0x3c && marker <= 0x3f)) return i + 1;
  csi.params = s.slice(from, paramsEnd);
  csi.final = s[i] ?? '';
  return i + 1;
}

function readString(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === BEL || code === 0x9c) return i + 1;
    if (code === ESC && s.charCodeAt(i + 1) === 0x5c /* \ */) return i + 2;
  }
  return s.length;
}
