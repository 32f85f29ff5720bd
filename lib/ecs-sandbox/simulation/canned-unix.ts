import { rngFor } from './random';
import { isoSeconds, pickPercent, type ScriptContext, type StepResult } from './script-context';

const PACKAGE_STEMS = [
  'adduser', 'apt', 'base-files', 'bash', 'bsdutils', 'ca-certificates', 'coreutils', 'cron', 'curl', 'dash', 'dbus',
  'debconf', 'diffutils', 'dpkg', 'e2fsprogs', 'findutils', 'gcc', 'gpgv', 'grep', 'gzip', 'hostname', 'init',
  'iproute2', 'iptables', 'kmod', 'less', 'libacl1', 'libapparmor1', 'libattr1', 'libaudit1', 'libblkid1', 'libbz2',
  'libc6', 'libcap2', 'libcom-err2', 'libcurl4', 'libdb5.3', 'libdebconfclient0', 'libexpat1', 'libffi8', 'libgcc-s1',
  'libgcrypt20', 'libgmp10', 'libgnutls30', 'libidn2-0', 'liblz4-1', 'liblzma5', 'libmount1', 'libncurses6', 'libnettle8',
  'libpam0g', 'libpcre2-8-0', 'libselinux1', 'libssl3', 'libsystemd0', 'libtinfo6', 'libudev1', 'libuuid1', 'libzstd1',
  'login', 'logrotate', 'lsb-base', 'mawk', 'mount', 'nano', 'ncurses-base', 'netbase', 'nginx', 'openssh-server',
  'openssl', 'passwd', 'perl', 'procps', 'python3', 'rsyslog', 'sed', 'sensible-utils', 'sudo', 'systemd', 'sysvinit-utils',
  'tar', 'tzdata', 'ubuntu-keyring', 'util-linux', 'vim', 'wget', 'zlib1g',
];
const VARIANTS = ['', '-common', '-data', '-dev', '-doc', '-utils'];

/** `dpkg -l`: about 40 KB, so the 24 KB output limit and `Dropped` are exercised. */
function dpkgList(ctx: ScriptContext): string[] {
  const lines = [
    'Desired=Unknown/Install/Remove/Purge/Hold',
    '| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend',
    '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)',
    '||/ Name                           Version                        Architecture Description',
    '+++-==============================-==============================-============-=================================',
  ];
  for (const stem of PACKAGE_STEMS) {
    for (const variant of VARIANTS) {
      const name = `${stem}${variant}`.padEnd(30);
      const version = `${1 + ctx.rng.int(0, 9)}.${ctx.rng.int(0, 40)}.${ctx.rng.int(0, 20)}-${ctx.rng.int(1, 9)}ubuntu${ctx.rng.int(0, 5)}`.padEnd(30);
      lines.push(`ii  ${name} ${version} amd64        ${stem} package${variant ? ` (${variant.slice(1)} files)` : ''}`);
    }
  }
  return lines;
}

function df(ctx: ScriptContext): string[] {
  const percent = pickPercent(ctx);
  const size = 40;
  const used = Math.round((size * percent) / 100);
  return [
    'Filesystem      Size  Used Avail Use% Mounted on',
    `/dev/vda3        ${size}G   ${used}G   ${size - used}G  ${percent}% /`,
  ];
}

function aptInstall(ctx: ScriptContext, args: string): StepResult {
  if (ctx.diskFull) {
    return {
      lines: [
        'Reading package lists...',
        'Building dependency tree...',
        "E: You don't have enough free space in /var/cache/apt/archives/.",
      ],
      exitCode: 100,
      seconds: 1,
    };
  }
  const packages = args.split(/\s+/).filter((word) => word && !word.startsWith('-') && word !== 'install' && word !== 'upgrade');
  return {
    lines: [
      'Reading package lists...',
      'Building dependency tree...',
      'Reading state information...',
      ...(packages.length ? ['The following packages will be upgraded:', `  ${packages.join(' ')}`] : ['Calculating upgrade...']),
      `${packages.length} upgraded, 0 newly installed, 0 to remove and 0 not upgraded.`,
    ],
    seconds: 3,
  };
}

/** Plausible output of common Unix commands; unknown commands print nothing and succeed. */
export function cannedUnix(command: string, args: string, ctx: ScriptContext): StepResult {
  const host = ctx.instance.hostName;
  switch (command) {
    case 'hostname':
      return { lines: [host] };
    case 'whoami':
      return { lines: [ctx.username] };
    case 'id':
      return { lines: [ctx.username === 'root' ? 'uid=0(root) gid=0(root) groups=0(root)' : `uid=1001(${ctx.username}) gid=1001(${ctx.username}) groups=1001(${ctx.username})`] };
    case 'pwd':
      return { lines: [ctx.workingDir] };
    case 'date':
      return { lines: [new Date(ctx.startedAt).toUTCString()] };
    case 'uname':
      return { lines: [`Linux ${host} 5.15.0-119-generic #129-Ubuntu SMP x86_64 GNU/Linux`] };
    case 'uptime':
      return { lines: [` ${isoSeconds(ctx.startedAt).slice(11, 19)} up ${ctx.rng.int(2, 90)} days,  ${ctx.rng.int(0, 23)}:${String(ctx.rng.int(0, 59)).padStart(2, '0')},  0 users,  load average: 0.${ctx.rng.int(1, 90)}, 0.${ctx.rng.int(1, 90)}, 0.${ctx.rng.int(1, 90)}`] };
    case 'df':
      return { lines: df(ctx) };
    case 'free':
      return { lines: ['               total        used        free      shared  buff/cache   available', `Mem:           ${ctx.instance.memory}        ${Math.round(ctx.instance.memory * 0.4)}        ${Math.round(ctx.instance.memory * 0.3)}           4        ${Math.round(ctx.instance.memory * 0.3)}        ${Math.round(ctx.instance.memory * 0.55)}`, 'Swap:              0           0           0'] };
    case 'du':
      return { lines: [`${(ctx.rng.next() * 3 + 0.2).toFixed(1)}G\t${args.split(/\s+/).pop() ?? '.'}`] };
    case 'dpkg':
      return args.includes('-l') ? { lines: dpkgList(ctx), seconds: 1 } : {};
    case 'apt-get':
    case 'apt':
      if (/\b(install|upgrade|dist-upgrade)\b/.test(args)) return aptInstall(ctx, args);
      if (/\bupdate\b/.test(args)) return { lines: ['Hit:1 http://mirrors.cloud.aliyuncs.com/ubuntu jammy InRelease', 'Hit:2 http://mirrors.cloud.aliyuncs.com/ubuntu jammy-updates InRelease', 'Hit:3 http://mirrors.cloud.aliyuncs.com/ubuntu jammy-security InRelease', 'Reading package lists...'], seconds: 2 };
      if (/\bclean\b/.test(args)) return { freesDisk: true };
      return {};
    case 'yum':
    case 'dnf':
      if (ctx.diskFull) return { lines: ['Error: Transaction test error:', '  installing package needs 112MB more space on the / filesystem'], exitCode: 1 };
      return { lines: ['Dependencies resolved.', 'Complete!'], seconds: 3 };
    case 'journalctl':
      return args.includes('--vacuum') ? { lines: [`Vacuuming done, freed ${ctx.rng.int(200, 1900)}.0M of archived journals from /var/log/journal.`], freesDisk: true } : {};
    case 'docker':
      if (args.startsWith('login')) return { lines: ['Login Succeeded'] };
      if (args.startsWith('pull')) {
        const image = args.split(/\s+/)[1] ?? 'image';
        // A tag names one image: every host that pulls it sees the same digest.
        const digest = rngFor('image-digest', image).text(64, '0123456789abcdef');
        return { lines: [`${image.split(':')[1] ?? 'latest'}: Pulling from ${image.split(':')[0]}`, `Digest: sha256:${digest}`, `Status: Downloaded newer image for ${image}`], seconds: 3 };
      }
      if (args.startsWith('image prune') || args.startsWith('system prune')) return { lines: [`Total reclaimed space: ${(ctx.rng.next() * 4 + 0.5).toFixed(2)}GB`], freesDisk: true };
      return {};
    case 'systemctl':
      if (args.startsWith('is-active')) return { lines: ['active'] };
      if (args.startsWith('status')) return { lines: [`● ${args.split(/\s+/)[1] ?? 'service'}.service`, '     Loaded: loaded', `     Active: active (running) since ${new Date(ctx.startedAt - 86_400_000).toUTCString()}`] };
      return {};
    case 'nginx':
      return args.includes('-t') ? { lines: ['nginx: the configuration file /etc/nginx/nginx.conf syntax is ok', 'nginx: configuration file /etc/nginx/nginx.conf test is successful'] } : {};
    case 'cat':
      return args.includes('os-release') ? { lines: [`PRETTY_NAME="${ctx.instance.osNameEn.replace(/\s+64 bit$/, '').replace(/\s+/g, ' ')}"`] } : {};
    case 'ls':
      return { lines: ['app', 'backups', 'releases'] };
    default:
      return {};
  }
}
