// A private host for attack tests: a bash script runs as root in fresh mount and network
// namespaces (optionally a PID namespace too), with a fresh tmpfs as /tmp, only loopback, the
// built bundles copied where throwaway users can run them, and those users at hand. As
// test/shared-host.test.ts does, but shared by the newer attack tests.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { ROOT } from './helpers.js';

const run = promisify(execFile);

/** Why this machine cannot run these tests, or undefined. They fail with it, never skip. */
export function missing(tools: string[] = []): string | undefined {
  if (process.platform !== 'linux') return 'these tests need Linux namespaces';
  if (process.getuid?.() !== 0) return 'these tests need root, to make users and namespaces';
  for (const tool of ['unshare', 'setpriv', 'useradd', 'userdel', 'ip', ...tools]) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `these tests need ${tool}`;
    }
  }
  if (process.execPath.startsWith('/tmp/')) {
    return `node must not live under /tmp, which each test hides behind a fresh tmpfs (${process.execPath})`;
  }
  return undefined;
}

export interface Users {
  attacker: string;
  other: string;
  /** A group both belong to: a team folder's (mode 2775). */
  team: string;
}

/** Makes the throwaway users and their team group; `drop` removes them. */
export function makeUsers(): Users & { drop: () => void } {
  const tag = randomBytes(3).toString('hex');
  const team = `udo-tm-${tag}`;
  execFileSync('groupadd', ['--system', team]);
  const users = { attacker: `udo-att-${tag}`, other: `udo-oth-${tag}`, team };
  for (const name of [users.attacker, users.other]) {
    execFileSync('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      '-G',
      team,
      name,
    ]);
  }
  return {
    ...users,
    drop: () => {
      for (const name of [users.attacker, users.other]) {
        try {
          execFileSync('userdel', [name]);
        } catch {}
      }
      try {
        execFileSync('groupdel', [team]);
      } catch {}
    },
  };
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `script` in bash on a private host. It sees `$UP`, `$DOCTOR` and `$ACTION` (the bundles),
 * `$NODE`, `as_attacker` and `as_other` (setpriv to the throwaway users, with the team group),
 * `res cmd...` (output on one line, then ` #<exit code>`). `pid`: in a PID namespace of its own
 * too, with /proc mounted for it (so root there may set ns_last_pid).
 */
export async function inPrivateHost(
  users: Users,
  script: string,
  { timeoutMs = 120_000, pid = false }: { timeoutMs?: number; pid?: boolean } = {},
): Promise<Outcome> {
  const prelude = `
    set -u
    mount -t tmpfs -o mode=1777 udo-port-test /tmp
    ip link set lo up
    mkdir -m 700 /tmp/.root-cache
    export XDG_CACHE_HOME=/tmp/.root-cache HOME=/tmp/.root-cache
    unset XDG_RUNTIME_DIR UDO_PORT_LEASE_DIR API_PORT BACKEND_PORT API_HOST GITHUB_ACTIONS
    mkdir -m 755 /tmp/.udo
    install -m 755 "${process.execPath}" /tmp/.udo/node
    cp -r dist/udo-port dist/udo-doctor dist/action /tmp/.udo/ && chmod -R a+rX /tmp/.udo
    NODE=/tmp/.udo/node
    UP="$NODE /tmp/.udo/udo-port/index.js"
    DOCTOR="$NODE /tmp/.udo/udo-doctor/index.js"
    ACTION="$NODE /tmp/.udo/action/index.js"
    as_attacker() { setpriv --reuid=${users.attacker} --regid=${users.attacker} --groups=${users.team} "$@"; }
    as_other() { XDG_CACHE_HOME=/tmp/.other-cache HOME=/tmp/.other-cache setpriv --reuid=${users.other} --regid=${users.other} --groups=${users.team} "$@"; }
    as_other mkdir -m 700 /tmp/.other-cache
    res() { local out code; out=$("$@" 2>&1); code=$?; printf '%s #%s' "\${out//$'\\n'/|}" "$code"; }
  `;
  const namespaces = ['--mount', '--net', '--propagation', 'private'];
  if (pid) namespaces.push('--pid', '--fork', '--mount-proc');
  try {
    const { stdout, stderr } = await run(
      'unshare',
      [...namespaces, 'bash', '-c', `${prelude}\n${script}`],
      {
        cwd: ROOT,
        timeout: timeoutMs,
        maxBuffer: 64 * 2 ** 20,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Lines of the form `key=value` that a script printed, as an object. */
export const facts = (stdout: string): Record<string, string> =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => /^\w+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
