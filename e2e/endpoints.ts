import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { type APIRequestContext } from '@playwright/test';

import { E2E } from './env';

/**
 * Every page, route handler and server action of the app, found from the source tree and
 * the build's own manifest, so a new endpoint is covered by the access tests without
 * anyone remembering to list it.
 */

const ROOT = join(__dirname, '..');
const APP = join(ROOT, 'app');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `app/(dashboard)/invocations/[invokeId]/page.tsx` → `/invocations/example`. */
function urlOf(file: string): string {
  const segments = relative(APP, file).split(sep).slice(0, -1);
  const parts = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? 'example' : segment));
  return `/${parts.join('/')}`;
}

export function listPages(): { file: string; url: string }[] {
  return walk(APP)
    .filter((file) => /[/\\]page\.tsx$/.test(file))
    .map((file) => ({ file: relative(ROOT, file), url: urlOf(file) }));
}

export function listRouteHandlers(): { file: string; url: string; methods: string[]; access: Record<string, string | null> }[] {
  return walk(APP)
    .filter((file) => /[/\\]route\.ts$/.test(file))
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      const exported = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b(.*)/g)];
      const methods = exported.map((match) => match[1] ?? '');
      // The role each method declares to defineRoute, or null when it does not go through it.
      const access = Object.fromEntries(
        exported.map((match) => {
          const rest = source.slice((match.index ?? 0) + (match[0].length - (match[2] ?? '').length));
          const declared = /^\s*=\s*defineRoute\(\s*\{[^}]*?access:\s*'(\w+)'/s.exec(rest);
          return [match[1] ?? '', declared?.[1] ?? null];
        }),
      );
      return { file: relative(ROOT, file), url: urlOf(file), methods, access };
    });
}

export interface ServerActionInfo {
  id: string;
  file: string;
  name: string;
  /** A page that loads the action, to post it to. */
  pageUrl: string;
}

/** Server actions as the production build registered them. */
export function listServerActions(): ServerActionInfo[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, E2E.distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const page = Object.keys(entry.workers)[0] ?? 'app/page';
    return { id, file: entry.filename, name: entry.exportedName, pageUrl: urlOf(join(ROOT, `${page}.tsx`)) };
  });
}

/** Exports of every `'use server'` file, with the access each one declares to defineAction. */
export function listDeclaredActions(): { file: string; name: string; access: string | null }[] {
  return walk(APP)
    .filter((file) => /\.tsx?$/.test(file) && /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')))
    .flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/^export\s+(?:const|async function|function)\s+(\w+)(.*)$/gm)].map((match) => {
        const access = /^\s*=\s*defineAction\(\s*\{[^}]*?access:\s*'(\w+)'/s.exec(source.slice((match.index ?? 0) + match[0].indexOf(match[2] ?? '')));
        return { file: relative(ROOT, file), name: match[1] ?? '', access: access?.[1] ?? null };
      });
    });
}

/** Call a server action over HTTP the way the browser does, and return what it answered. */
export async function callServerAction(
  request: APIRequestContext,
  action: ServerActionInfo,
  args: unknown[],
  headers: Record<string, string> = {},
): Promise<{ status: number; result: unknown }> {
  const response = await request.post(action.pageUrl, {
    headers: { ...headers, 'Next-Action': action.id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8' },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const body = await response.text();
  const line = body.split('\n').find((text) => /^\d+:\{"ok":/.test(text));
  return { status: response.status(), result: line ? JSON.parse(line.slice(line.indexOf(':') + 1)) : body };
}
