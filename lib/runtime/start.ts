import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { loadEnvConfig } from '@next/env';

import { ensureFirstAdmin } from '@/lib/auth/bootstrap';
import { dbConfigFromEnv, migrate, openDb } from '@/lib/db/client';
import { EnvError, parseEnv, type Env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { routeConsoleToLogger, writePlain } from '@/lib/observability/console';

import { buildIfStale, childEnv, requireBuild } from './build';
import { adoptSeededLaunches, startSandboxForApp, type AppSandbox } from './sandbox';

/**
 * `npm start`: validate the environment, prepare the database and the first admin,
 * start the ECS sandbox when no live credentials are configured, build when needed,
 * then serve the dashboard (Next behind our own HTTP server). `--dev` serves the development build;
 * `--no-build` serves the existing build and never builds.
 */
async function main(): Promise<void> {
  const root = process.cwd();
  const dev = process.argv.includes('--dev');
  // The launcher's lines are JSON like the server's (the first admin's notice aside).
  routeConsoleToLogger();
  // .env files as Next's server reads them (never over what the environment already says), so
  // the launcher migrates the same database the server then uses.
  loadEnvConfig(root, dev, { info: () => undefined, error: (...args: unknown[]) => logger.error('a .env file was not read', { detail: args.map(String).join(' ') }) });
  const env = readEnv();

  const db = openDb(dbConfigFromEnv(env));
  await migrate(db);
  const admin = await ensureFirstAdmin(db, { username: env.INVOKEDECK_ADMIN_USERNAME, password: env.INVOKEDECK_ADMIN_PASSWORD });
  if (admin.created) announceAdmin(env, admin.username, admin.generatedPassword);

  // Replicas share one sandbox: given its endpoint and keys, this one starts none of its own.
  const shared = env.mode === 'sandbox' && env.ECS_ENDPOINT && env.SANDBOX_ACCESS_KEY_ID && env.SANDBOX_ACCESS_KEY_SECRET;
  const sandbox = env.mode === 'sandbox' && !shared ? await startSandboxForApp(root) : null;
  if (shared) logger.info('using the shared ECS sandbox', { endpoint: env.ECS_ENDPOINT });
  if (sandbox) await adoptSeededLaunches(db, sandbox);
  await db.destroy();
  // An image built ahead (Dockerfile) serves what it holds: `--no-build` never builds at start.
  if (!dev && process.argv.includes('--no-build')) requireBuild(root);
  else if (!dev) buildIfStale(root);

  const extra: Record<string, string> = { INVOKEDECK_MODE: env.mode, NODE_ENV: dev ? 'development' : 'production', PORT: String(env.PORT), HOST: env.HOST };
  if (sandbox) Object.assign(extra, sandbox.serverEnv);
  // Our server in front of Next's handler (lib/runtime/serve.ts): it decides the client address.
  const args = ['--import', 'tsx', join(root, 'lib', 'runtime', 'serve.ts'), ...(dev ? ['--dev'] : [])];
  const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: childEnv(process.env, extra) });
  logger.info(`InvokeDeck (${env.mode} mode) on ${env.publicUrl}`, { mode: env.mode, url: env.publicUrl });

  const stop = (signal: NodeJS.Signals) => {
    server.kill(signal);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => {
    void shutdown(sandbox).then(() => process.exit(code ?? (signal ? 0 : 1)));
  });
}

function readEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function announceAdmin(env: Env, username: string, generatedPassword: string | undefined): void {
  const lines = [
    '',
    '  First start: an admin account was created.',
    `    Sign in at  ${env.publicUrl}/login`,
    `    Username    ${username}`,
    generatedPassword ? `    Password    ${generatedPassword}   (shown only this once; change it under Admin)` : '    Password    the value of INVOKEDECK_ADMIN_PASSWORD',
    '',
  ];
  // Plain text, outside the JSON stream: a person reads it once at the terminal (or `docker logs`).
  if (generatedPassword) writePlain(lines.join('\n'));
  else logger.info('first start: an admin account was created', { username, signIn: `${env.publicUrl}/login` });
}

async function shutdown(sandbox: AppSandbox | null): Promise<void> {
  await sandbox?.close();
}

main().catch((error: unknown) => {
  logger.error('InvokeDeck did not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
