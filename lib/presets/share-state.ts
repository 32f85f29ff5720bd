import { parsePresetPayload, type PresetPayload, type SavedForm, toPresetPayload } from './payload';

/**
 * An unsaved form shared as a link. Links are short: `/invoke?d=<id>`, the draft kept on the
 * server (lib/presets/form-links.ts). The older links carried the payload (never a secret
 * value) as base64url JSON in `?draft=`; those pasted in chats still open, read-only: no new
 * one is made. Works in the browser and on the server.
 */
export const FORM_LINK_PARAM = 'd';

/** 128 random bits in base64url: 22 characters. */
export const FORM_LINK_ID = /^[A-Za-z0-9_-]{22}$/;

/** What the share action answers. */
export interface SharedFormLink {
  id: string;
  /** `/invoke?d=<id>`: the browser puts its own origin in front. */
  path: string;
  expiresAt: string;
}

/** What a link opened: the form (who shared it and until when, for short links), or why not. */
export type OpenedFormLink =
  | { kind: 'open'; payload: PresetPayload; sharedBy: string | null; sharedAt: string | null; expiresAt: string | null }
  | { kind: 'expired'; sharedBy: string; sharedAt: string; expiredAt: string }
  | { kind: 'unreadable' }
  | { kind: 'unknown' };

export function formLinkPath(id: string): string {
  return `/invoke?${FORM_LINK_PARAM}=${id}`;
}

/** The query parameter of the older, long links. */
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

/** An older, long link: read-only, as it always opened; a damaged one cannot be read. */
export function openLongLink(encoded: string): OpenedFormLink {
  const payload = decodeShareState(encoded);
  return payload ? { kind: 'open', payload, sharedBy: null, sharedAt: null, expiresAt: null } : { kind: 'unreadable' };
}

/** A link in the older format: kept for tests and for the links already out there. */
export function longShareUrl(origin: string, form: SavedForm): string {
  return `${origin}/invoke?${SHARE_PARAM}=${encodeShareState(form)}`;
}
