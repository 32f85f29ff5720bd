import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a production build is made from: a change to any of these makes the build stale. */
const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.js', 'tailwind.config.ts', 'tsconfig.json', 'package-lock.json', '.postcssrc.json'];
const SKIP = new Set(['node_modules', '.next', 'ecs-sandbox']);

/** Where `next build` writes (NEXT_DIST_DIR, as next.config.js reads it). */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!SKIP.has(entry) && !entry.endsWith('.test.ts')) newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIsStale(root: string): boolean {
  const buildId = join(root, distDir(), 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

export function nextBin(root: string): string {
  return join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/** Run `next build` when the sources changed since the last one; exits the process on failure. */
export function buildIfStale(root: string): void {
  if (!buildIsStale(root)) return;
  console.info('Building the dashboard (first start or sources changed)…');
  const result = spawnSync(process.execPath, [nextBin(root), 'build'], { cwd: root, stdio: 'inherit', env: childEnv(process.env) });
  if (result.status !== 0) {
    console.error('The build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}

/** The environment for Next's own processes: without our `react-server` resolution flag. */
export function childEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, ...rest } = env;
  return { ...rest, ...extra };
}

/** For an image built ahead: the build must be there; building at start is not wanted. */
export function requireBuild(root: string): void {
  if (existsSync(join(root, distDir(), 'BUILD_ID'))) return;
  console.error(`No build in ${distDir()}: run \`npx next build\` first (the Dockerfile does), or start without --no-build.`);
  process.exit(1);
}
