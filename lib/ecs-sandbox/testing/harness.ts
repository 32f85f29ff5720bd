import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxOptions } from '../config';
import { startSandbox, type RunningSandbox } from '../server';

/** A sandbox for a test file: port 0, manual clock, memory only unless told otherwise. */
export async function testSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, clock: 'manual', accessKeyId: 'test-ak', accessKeySecret: 'test-secret', ...options });
}

export function temporaryDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'ecs-sandbox-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Call a `/_sandbox/*` control endpoint with the sandbox's control token (or other headers, to test the guard). */
export async function control<T = Record<string, unknown>>(
  sandbox: RunningSandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${sandbox.controlToken}` },
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function advance(sandbox: RunningSandbox, duration: string): Promise<void> {
  const { status } = await control(sandbox, 'POST', '/_sandbox/clock', { advance: duration });
  if (status !== 200) throw new Error(`clock advance failed: ${status}`);
}

export async function setClock(sandbox: RunningSandbox, iso: string): Promise<void> {
  const { status } = await control(sandbox, 'POST', '/_sandbox/clock', { set: iso });
  if (status !== 200) throw new Error(`clock set failed: ${status}`);
}

/** A request with exactly these headers, `Host` included (fetch would set its own). */
export function rawRequest(
  sandbox: RunningSandbox,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: sandbox.port, method, path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
