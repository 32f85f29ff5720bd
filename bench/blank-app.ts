import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { childEnv, nextBin } from '@/lib/runtime/build';
import { freePort } from '@/lib/runtime/free-port';

/**
 * The baseline of the page benches: a blank Next app (a layout and a page that says "Blank",
 * nothing else) built with this repo's Next.js, once per Next version, and served by `next start`.
 * The weight bench divides each page's bytes by its bytes; the Lighthouse bench scores it in the
 * same browser and run as the app's pages, so a machine's speed shows in both.
 */

const ROOT = join(__dirname, '..');
const BLANK_DIR = join(tmpdir(), 'invokedeck-weight-blank');

export interface BlankApp {
  base: string;
  stop: () => void;
}

export async function startBlankApp(): Promise<BlankApp> {
  buildBlankApp();
  const port = await freePort();
  // Its own process group, so Next's workers stop with it.
  const server = spawn(process.execPath, [nextBin(ROOT), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: BLANK_DIR, env: childEnv(process.env), stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForAnswer(base, server);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}

/**
 * Outside the repo, or Next would take the repo's proxy.ts and instrumentation.ts as its own;
 * Turbopack's root is `/` so it follows the node_modules symlink.
 */
function buildBlankApp(): void {
  const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  const stamp = join(BLANK_DIR, 'built-with-next');
  if (existsSync(join(BLANK_DIR, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return;
  rmSync(BLANK_DIR, { recursive: true, force: true });
  mkdirSync(join(BLANK_DIR, 'app'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(BLANK_DIR, 'node_modules'), 'dir');
  writeFileSync(join(BLANK_DIR, 'package.json'), JSON.stringify({ name: 'weight-blank', private: true }));
  writeFileSync(join(BLANK_DIR, 'next.config.mjs'), "export default { typescript: { ignoreBuildErrors: true }, turbopack: { root: '/' } };\n");
  writeFileSync(
    join(BLANK_DIR, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'es2022', lib: ['dom', 'esnext'], module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, esModuleInterop: true }, include: ['**/*.tsx'] }),
  );
  writeFileSync(join(BLANK_DIR, 'app', 'layout.tsx'), 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n');
  writeFileSync(join(BLANK_DIR, 'app', 'page.tsx'), 'export default function Page() {\n  return <main>Blank</main>;\n}\n');
  console.info(`Building a blank Next ${version} app in ${BLANK_DIR} (once)…`);
  const built = spawnSync(process.execPath, [nextBin(ROOT), 'build'], { cwd: BLANK_DIR, env: childEnv(process.env, { NEXT_TELEMETRY_DISABLED: '1' }), stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The blank app did not build; see above.');
  writeFileSync(stamp, version);
}

async function waitForAnswer(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The blank app exited with ${server.exitCode}`);
    if (await fetch(base).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The blank app did not answer at ${base} within 60 s`);
}
