import { parsePresetPayload, type PresetPayload, type SavedForm, toPresetPayload } from './payload';

/**
 * An unsaved form shared as a link: the payload (never a secret value) as base64url JSON
 * in the `draft` query parameter of /invoke. Works in the browser and on the server.
 */
export const SHARE_PARAM = 'draft';

export function encodeShareState({ draft, instanceFilter }: SavedForm): string {
  const json = JSON.stringify(toPresetPayload(draft, undefined, instanceFilter));
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeShareState(encoded: string): PresetPayload | null {
  try {
    const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
    return parsePresetPayload(JSON.parse(json));
  } catch {
    return null;
  }
}

export function shareUrl(origin: string, form: SavedForm): string {
  return `${origin}/invoke?${SHARE_PARAM}=${encodeShareState(form)}`;
}
