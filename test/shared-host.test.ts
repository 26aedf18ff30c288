// The shared-host threat model, tried for real: root runs the built udo-port as a CI runner or
// sudo would, while a throwaway unprivileged user attacks the shared lease folder. Each case
// runs in its own mount and network namespace, with a fresh tmpfs as /tmp and only loopback,
// so the real /tmp/udo-port and the host's ports are never touched.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);

/** Why this machine cannot run these tests, or undefined. They fail with it, never skip. */
function missing(): string | undefined {
  if (process.platform !== 'linux') return 'these tests need Linux namespaces';
  if (process.getuid?.() !== 0) return 'these tests need root, to make users and namespaces';
  for (const tool of ['unshare', 'setpriv', 'useradd', 'userdel', 'ip', 'mkfifo']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `these tests need ${tool} (util-linux, passwd, iproute2, coreutils)`;
    }
  }
  if (process.execPath.startsWith('/tmp/')) {
    return `node must not live under /tmp, which each test hides behind a fresh tmpfs (${process.execPath})`;
  }
  return undefined;
}

const users = { attacker: '', other: '' };

beforeAll(() => {
  const why = missing();
  if (why) throw new Error(why);
  for (const role of ['attacker', 'other'] as const) {
    const name = `udo-${role.slice(0, 3)}-${randomBytes(3).toString('hex')}`;
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
    users[role] = name;
  }
});

afterAll(() => {
  for (const name of Object.values(users)) {
    if (name) execFileSync('userdel', [name]);
  }
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bash script in fresh mount and network namespaces: /tmp is a new tmpfs, loopback is
 * up and nothing else exists. The script sees `$UP` and `$DOCTOR` (the bundles, as root runs
 * them), `as_attacker` and `as_other` (setpriv to the throwaway users), and `$ATTACKER_UID`.
 */
// A script's bound, and each test's (a little more): a few whole runs of the bundles, which a
// host running two suites at once can slow tenfold.
const PRIVATE_HOST_MS = 120_000;
vi.setConfig({ testTimeout: PRIVATE_HOST_MS + 10_000 });

async function inPrivateHost(script: string, timeoutMs = PRIVATE_HOST_MS): Promise<Outcome> {
  const prelude = `
    set -u
    mount -t tmpfs -o mode=1777 udo-port-test /tmp
    ip link set lo up
    mkdir -m 700 /tmp/.root-cache
    export XDG_CACHE_HOME=/tmp/.root-cache HOME=/tmp/.root-cache
    unset XDG_RUNTIME_DIR UDO_PORT_LEASE_DIR API_PORT BACKEND_PORT API_HOST GITHUB_ACTIONS
    # node and the checkout may live where the throwaway users cannot reach (a 0700 home):
    # everyone runs copies, made before the attack starts.
    mkdir -m 755 /tmp/.udo
    install -m 755 "${process.execPath}" /tmp/.udo/node
    cp -r dist/udo-port dist/udo-doctor /tmp/.udo/ && chmod -R a+rX /tmp/.udo
    NODE=/tmp/.udo/node
    UP="$NODE /tmp/.udo/udo-port/index.js"
    DOCTOR="$NODE /tmp/.udo/udo-doctor/index.js"
    ATTACKER_UID=$(id -u ${users.attacker})
    as_attacker() { setpriv --reuid=${users.attacker} --regid=${users.attacker} --clear-groups "$@"; }
    as_other() { XDG_CACHE_HOME=/tmp/.other-cache HOME=/tmp/.other-cache setpriv --reuid=${users.other} --regid=${users.other} --clear-groups "$@"; }
    as_other mkdir -m 700 /tmp/.other-cache
    # A command's output on one line, then its exit code: \`res cmd args\` prints "out|put #0".
    res() { local out code; out=$("$@" 2>&1); code=$?; printf '%s #%s' "\${out//$'\\n'/|}" "$code"; }
  `;
  try {
    // The cwd is the checkout, entered before /tmp is covered: it stays reachable even when
    // the checkout itself lives under /tmp.
    const { stdout, stderr } = await run(
      'unshare',
      ['--mount', '--net', '--propagation', 'private', 'bash', '-c', `${prelude}\n${script}`],
      { cwd: ROOT, timeout: timeoutMs, maxBuffer: 16 * 2 ** 20 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Lines of the form `key=value` that a script printed, as an object. */
const facts = (stdout: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => /^\w+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

const shared = (why: RegExp) =>
  new RegExp(`the shared lease folder /tmp/udo-port is not used: ${why.source}`);

describe('the shared folder cannot be turned against root', () => {
  it('swapping a symlink in and out of a folder the attacker owns changes nothing outside it', async () => {
    const outcome = await inPrivateHost(
      `
      mkdir -m 755 /tmp/victim        # stands in for /etc: root's, not world-writable
      as_attacker mkdir -m 1777 /tmp/udo-port
      as_attacker mkdir -m 1777 /tmp/udo-port/leases
      # The race from the report: move the folder away, put a link in its place, take it out.
      # The attacker races until root has run 20 times, however long a loaded host takes (the
      # 600 s bound only keeps a broken run from leaving it behind).
      as_attacker bash -c 'cd /tmp/udo-port; end=$((SECONDS + 600));
        while [ ! -e /tmp/.stop ] && ((SECONDS < end)); do
          mv leases x 2>/dev/null; ln -s /tmp/victim leases 2>/dev/null; rm -f leases; mv x leases 2>/dev/null
        done' &
      # renameat2(RENAME_EXCHANGE) swaps the folder and a link in one step.
      as_attacker /usr/bin/python3 -c '
import ctypes, os, time
libc = ctypes.CDLL(None, use_errno=True)
os.chdir("/tmp/udo-port"); os.symlink("/tmp/victim", "evil")
end = time.time() + 600
while not os.path.exists("/tmp/.stop") and time.time() < end:
    libc.renameat2(-100, b"leases", -100, b"evil", 2)
' &
      runs=0
      while ((runs < 20)); do
        $UP find --hold 1 --cwd / >/dev/null 2>>/tmp/.root-cache/err; runs=$((runs + 1))
      done
      touch /tmp/.stop
      wait
      echo "runs=$runs"
      echo "victim=$(stat -c '%a %U' /tmp/victim) $(ls -A /tmp/victim | wc -l)"
      echo "shared=$(stat -c '%a %U' /tmp/udo-port)"
      echo "warning=$(head -n 1 /tmp/.root-cache/err)"
      echo "own=$(ls /tmp/.root-cache/udo-port/leases | wc -l)"
    `,
      400_000,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(Number(seen.runs)).toBe(20);
    expect(seen.victim).toBe('755 root 0');
    expect(seen.shared).toBe(`1777 ${users.attacker}`);
    expect(seen.warning).toMatch(
      shared(new RegExp(`it belongs to uid \\d+ \\(${users.attacker}\\)`)),
    );
    expect(seen.warning).toContain('sudo install -d -m 1777 -o root /tmp/udo-port');
    expect(seen.warning).toContain('/tmp/.root-cache/udo-port/leases');
  }, 420_000);

  it('a symlink planted as /tmp/udo-port is never followed', async () => {
    const outcome = await inPrivateHost(`
      mkdir -m 755 /tmp/rootdir
      as_attacker ln -s /tmp/rootdir /tmp/udo-port
      $UP find --cwd / 2>/tmp/.root-cache/err
      echo "rootdir=$(stat -c '%a %U' /tmp/rootdir) $(ls -A /tmp/rootdir | wc -l)"
      echo "warning=$(head -n 1 /tmp/.root-cache/err)"
    `);
    const seen = facts(outcome.stdout);
    expect(seen.rootdir).toBe('755 root 0');
    expect(seen.warning).toMatch(
      shared(new RegExp(`it is a symbolic link owned by uid \\d+ \\(${users.attacker}\\)`)),
    );
  });

  it('a regular file as /tmp/udo-port: every user is told loudly that leases are not shared', async () => {
    const outcome = await inPrivateHost(`
      as_attacker touch /tmp/udo-port
      echo "root=$($UP find --cwd / 2>/tmp/.root-cache/err)"
      echo "rootwarning=$(head -n 1 /tmp/.root-cache/err)"
      echo "other=$(as_other $UP find --cwd / 2>/tmp/.other-cache/err)"
      echo "otherwarning=$(head -n 1 /tmp/.other-cache/err)"
    `);
    const seen = facts(outcome.stdout);
    expect(seen.root).toBe('8001');
    expect(seen.rootwarning).toMatch(shared(/it is a regular file owned by uid \d+/));
    expect(seen.rootwarning).toMatch(
      /other users' runs do not see, so they may be given the same ports/,
    );
    expect(seen.otherwarning).toMatch(shared(/it is a regular file/));
    expect(seen.otherwarning).toContain('/tmp/.other-cache/udo-port/leases');
  });

  it('root makes the shared folder 1777 through its descriptor, and repairs a 0755 one of its own', async () => {
    const outcome = await inPrivateHost(`
      (umask 077; $UP find --cwd / >/dev/null)
      echo "made=$(stat -c '%a %U' /tmp/udo-port)"
      chmod 755 /tmp/udo-port   # as an older version left it
      echo "locked=$(as_other $UP find --cwd / 2>&1 >/dev/null | head -n 1)"
      $UP list >/dev/null
      echo "repaired=$(stat -c '%a %U' /tmp/udo-port)"
      echo "other=$(as_other $UP find --cwd / 2>/tmp/.other-cache/err)"
      echo "otherwarnings=$(tr '\\n' '|' </tmp/.other-cache/err)"
    `);
    const seen = facts(outcome.stdout);
    expect(seen.made).toBe('1777 root');
    expect(seen.locked).toMatch(shared(/it is not writable for you \(EACCES\)/));
    expect(seen.repaired).toBe('1777 root');
    expect(seen.other).toBe('8002');
    expect(seen.otherwarnings).toBe('');
  });
});

describe('files planted in the shared folder', () => {
  it('a FIFO hangs nothing; root replaces it, another user passes over it', async () => {
    const outcome = await inPrivateHost(`
      $UP list >/dev/null     # root makes /tmp/udo-port
      as_attacker mkfifo /tmp/udo-port/8001.json
      echo "list=$(res timeout 10 $UP list)"
      echo "doctor=$(res timeout 10 $DOCTOR --cwd / --only leases --verbose)"
      echo "other=$(res as_other timeout 10 $UP find --cwd /)"
      echo "release=$(res timeout 10 $UP release 8001 --force)"
      echo "root=$(res timeout 10 $UP find --cwd / --port 8001)"
    `);
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.list).toMatch(/8001 +stale \(a special file, not a lease file\)/);
    // Stale leases are information: they are taken over when their port is wanted.
    expect(seen.doctor).toMatch(
      /leases +0 live leases and 1 stale \(8001, taken over when wanted\) in \/tmp\/udo-port\|.*8001 stale: a special file, not a lease file\|.* #0$/,
    );
    // Not theirs to remove (a sticky folder), so passed over with a word, never waited on.
    expect(seen.other).toMatch(/8001\.json .*\|8002 #0$/);
    expect(seen.release).toMatch(/^8001: released .* #0$/);
    expect(seen.root).toBe('8001 #0');
  });

  it('forged leases, junk and locks neither stop list and release nor hold a port root wants', async () => {
    const outcome = await inPrivateHost(`
      $UP list >/dev/null
      cd /tmp/udo-port
      lease() { printf '{"port":%s,"id":"x%s","pid":%s,"pidStartedAt":1,"hostname":"%s","user":"root","createdAt":"2020-01-01T00:00:00Z","expiresAt":"%s","lifetime":"%s"}' "$@"; }
      as_attacker bash -c "$(declare -f lease)
        lease 8002 2 1 other-host 9999-12-31T00:00:00Z ttl > 8002.json
        printf '{ corrupt' > 8003.json; touch -d 2100-01-01 8003.json
        ln -s /etc/passwd 8004.json
        mkdir 8005.json
        lease 8006 6 1 $(hostname) 2000-01-01T00:00:00Z ttl > 8006.json
        touch -d 2100-01-01 8006.json.takeover
        truncate -s 1536M 8007.json"
      cd - >/dev/null
      echo "list=$(res timeout 10 $UP list)"
      for port in 8003 8004 8005 8007; do echo "find$port=$(res timeout 10 $UP find --cwd / --port $port)"; done
      echo "held=$(res timeout 10 $UP find --cwd / --port 8002)"
      echo "release=$(res timeout 10 $UP release 8002 8005 8006 --force)"
      echo "passwd=$(stat -c '%U %a' /etc/passwd)"
    `);
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.list).toMatch(/8002 +live +.*PID 1, until 9999-12-31/);
    expect(seen.list).toMatch(/8003 +stale \(not a valid lease file\)/);
    expect(seen.list).toMatch(/8004 +stale \(a symbolic link, not a lease file\)/);
    expect(seen.list).toMatch(/8005 +stale \(a folder, not a lease file\)/);
    expect(seen.list).toMatch(/8006 +stale \(expired at 2000-01-01/);
    expect(seen.list).toMatch(/8007 +stale \(larger than any lease file \(1610612736 bytes\)\)/);
    for (const port of [8003, 8004, 8005, 8007]) expect(seen[`find${port}`]).toBe(`${port} #0`);
    // A forged live lease holds, for a day at most from its file's birth (see the unit tests).
    expect(seen.held).toMatch(/port 8002 \(from --port\) is leased by PID 1.* #1$/);
    expect(seen.release).toMatch(/8002: released .*\|8005: released .*\|8006: released/);
    expect(seen.passwd).toBe('root 644');
  });

  it('text planted in a lease reaches no terminal or runner log as a command or an escape', async () => {
    const outcome = await inPrivateHost(`
      $UP list >/dev/null
      as_attacker /usr/bin/python3 -c '
import json, socket
evil = "x\\n::error::pwned\\n::add-mask::secret\\x1b[2J\\x1b]0;title\\x07\\u202e"
lease = {"port": 8001, "id": "e", "pid": 1, "pidStartedAt": 1, "hostname": socket.gethostname(),
         "user": evil, "createdAt": "2020-01-01T00:00:00Z", "expiresAt": "9999-01-01T00:00:00Z",
         "lifetime": "ttl", "purpose": evil, "cwd": evil,
         "ci": {"runner": evil, "runId": "1", "runAttempt": "1", "job": evil}}
open("/tmp/udo-port/8001.json", "w").write(json.dumps(lease))'
      { $UP list; $UP find --cwd / --port 8001; $UP release 8001;
        GITHUB_ACTIONS=true $DOCTOR --cwd / --only leases,port.range --verbose; } >/tmp/.root-cache/out 2>&1
      base64 -w0 /tmp/.root-cache/out; echo
    `);
    const text = Buffer.from(outcome.stdout.trim().split('\n').at(-1) ?? '', 'base64').toString();
    expect(text).toContain('pwned'); // it was printed, made harmless
    for (const line of text.split('\n')) {
      expect(line).not.toMatch(/^::(error|add-mask)::(pwned|secret)/);
    }
    for (const raw of ['\u001b', '\u0007', '\u202e', '\r']) expect(text).not.toContain(raw);
  });
});

describe('releasing in a shared folder', () => {
  it("release PORT leaves another user's lease alone, says whose it is, and --force drops it", async () => {
    const outcome = await inPrivateHost(`
      $UP list >/dev/null
      echo "other=$(as_other $UP find --cwd / --hold 600)"
      echo "refused=$(res $UP release 8001)"
      echo "forced=$(res $UP release 8001 --force)"
      echo "left=$(ls /tmp/udo-port | wc -l)"
    `);
    const seen = facts(outcome.stdout);
    expect(seen.other).toBe('8001');
    expect(seen.refused).toMatch(
      new RegExp(
        `^8001: not yours, left alone \\(uid \\d+ \\(${users.other}\\)@.*PID \\d+ \\(udo-port find\\).*\\); --force drops it #1$`,
      ),
    );
    expect(seen.forced).toMatch(new RegExp(`^8001: released \\(uid \\d+ \\(${users.other}\\)@`));
    expect(seen.left).toBe('0');
  });
});

describe('honest when the tools cannot name the holder', () => {
  it("another user's listener: kill ends nothing and says so, the doctor counts the port as held", async () => {
    const outcome = await inPrivateHost(`
      $NODE -e "require('net').createServer().listen(8001, () => console.log('up'))" > /tmp/.root-cache/up &
      listener=$!
      for _ in $(seq 1200); do [ -s /tmp/.root-cache/up ] && break; sleep 0.05; done
      echo "kill=$(res as_other $UP kill 8001 --yes)"
      echo "alive=$(kill -0 $listener && echo yes)"
      echo "range=$(as_other $DOCTOR --cwd / --only port.range --range 8001-8002 --port 8002 --json | base64 -w0)"
      kill $listener
    `);
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.kill).toMatch(
      /port 8001 is in use, but ss did not name the process, so nothing was ended\|.*find it with: sudo ss -ltnp 'sport = :8001', then end it: kill <pid> #1$/,
    );
    expect(seen.alive).toBe('yes');
    const [range] = JSON.parse(Buffer.from(seen.range ?? '', 'base64').toString()).checks;
    expect(range.message).toBe('8001-8002: 1 of 2 free, 1 held');
  });
});
