import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The browser tests drive Debian's Chromium (Playwright cannot download its own here).
 * Use /usr/bin/chromium when present; as root with apt, install it; otherwise stop and
 * say what to install.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function main(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.info('Chromium not found: installing Debian\'s chromium with apt-get (about 30 s)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
    if (update.status === 0 && install.status === 0 && existsSync(CHROMIUM)) return;
  }
  console.error(
    [
      `The browser tests need Chromium at ${CHROMIUM}, and it is not there.`,
      'Install it, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-liberation',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

main();
