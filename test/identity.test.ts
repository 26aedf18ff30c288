// No signal without proven identity, tried as an attacker would: a lease planted by another user
// naming root's process, a pid reused between kill's question and its answer (forced with
// ns_last_pid in a private PID namespace), a team folder's planted venv above a teammate's
// project. Each case runs on a private host (test/private-host.ts): fresh namespaces, a tmpfs
// /tmp, throwaway users. This file's ports: 29200-29249 (in private network namespaces).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unvouched } from '../src/core/leases/running.js';
import { facts, inPrivateHost, makeUsers, missing, type Users } from './private-host.js';

let users: (Users & { drop: () => void }) | undefined;
const who = () => users as Users;

beforeAll(() => {
  const why = missing(['groupadd', 'python3']);
  if (why) throw new Error(why);
  users = makeUsers();
});

afterAll(() => users?.drop());

describe('a lease proves nothing unless it is the caller’s own', () => {
  it("a lease another user plants naming root's process makes root's start --replace signal nothing", async () => {
    const outcome = await inPrivateHost(
      who(),
      `
      mkdir -m 755 /tmp/proj
      sleep 1000 >/dev/null 2>&1 & victim=$!
      $UP list >/dev/null    # root makes the shared folder
      key="$(cat /proc/sys/kernel/random/boot_id):$(awk '{print $22}' /proc/$victim/stat)"
      as_attacker /usr/bin/python3 -c '
import json, socket, sys, datetime
now = datetime.datetime.now(datetime.timezone.utc)
lease = {"port": 29201, "id": "planted", "pid": int(sys.argv[1]), "pidStartedAt": 0,
         "pidStartKey": sys.argv[2], "hostname": socket.gethostname(), "user": "root",
         "createdAt": now.isoformat(), "expiresAt": "2999-01-01T00:00:00Z",
         "lifetime": "owner", "purpose": "udo-port start", "cwd": "/tmp/proj",
         "url": "http://localhost:29201"}
open("/tmp/udo-port/29201.json", "w").write(json.dumps(lease))' "$victim" "$key"
      echo "listed=$($UP list | grep 29201 | tr -s ' ')"
      echo "start=$(res timeout 60 $UP start --cwd /tmp/proj --replace --port 29202 --no-env-local -- /bin/sh -c 'exit 3')"
      echo "victim=$(kill -0 $victim 2>/dev/null && echo alive || echo ended)"
      kill $victim
    `,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    // The forged lease passes every check a lease's content can pass: it lists as live.
    expect(seen.listed).toMatch(/29201 http:\/\/localhost:29201 .*\/tmp\/proj/);
    expect(seen.start).toMatch(
      /29201\.json names this project's backend .* but its lease file belongs to uid \d+, not to you or root: it is not taken as proof, and nothing is ended; if that backend is yours, end it by hand \(kill \d+\)/,
    );
    expect(seen.start).not.toMatch(/replacing the backend/);
    expect(seen.victim).toBe('alive');
  }, 150_000);

  it("root's own lease naming a process that did not make it is not acted on either", async () => {
    const outcome = await inPrivateHost(
      who(),
      `
      mkdir -m 755 /tmp/proj
      setpriv --reuid=${who().other} --regid=${who().other} --clear-groups sleep 1000 >/dev/null 2>&1 & victim=$!
      for _ in $(seq 200); do [ "$(stat -c %U /proc/$victim)" = "${who().other}" ] && break; sleep 0.05; done
      $UP list >/dev/null
      key="$(cat /proc/sys/kernel/random/boot_id):$(awk '{print $22}' /proc/$victim/stat)"
      /usr/bin/python3 -c '
import json, socket, sys, datetime
now = datetime.datetime.now(datetime.timezone.utc)
lease = {"port": 29203, "id": "mine", "pid": int(sys.argv[1]), "pidStartedAt": 0,
         "pidStartKey": sys.argv[2], "hostname": socket.gethostname(), "user": "root",
         "createdAt": now.isoformat(), "expiresAt": "2999-01-01T00:00:00Z",
         "lifetime": "owner", "purpose": "udo-port start", "cwd": "/tmp/proj"}
open("/tmp/udo-port/29203.json", "w").write(json.dumps(lease))' "$victim" "$key"
      echo "start=$(res timeout 60 $UP start --cwd /tmp/proj --replace --port 29204 --no-env-local -- /bin/sh -c 'exit 3')"
      echo "victim=$(kill -0 $victim 2>/dev/null && echo alive || echo ended)"
      kill $victim
    `,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.start).toMatch(/runs as uid \d+, not as the lease file's owner \(uid 0\)/);
    expect(seen.victim).toBe('alive');
  }, 150_000);
});

/** A python driver for kill's question: answers once the holder has been replaced. */
const KILL_DRIVER = String.raw`
import os, pty, signal, socket, subprocess, sys, time
port, mode = int(sys.argv[1]), sys.argv[2]
node, up = os.environ["NODE"], os.environ["UPJS"]
holder = subprocess.Popen([sys.executable, "-c", f"""
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", {port})); s.listen(); print("up", flush=True); time.sleep(1000)"""],
    stdout=subprocess.PIPE)
holder.stdout.readline()
child, fd = pty.fork()
if child == 0:
    os.execv(node, [node, up, "kill", str(port)])
out = b""
deadline = time.time() + 60
while b"[y/N]" not in out and time.time() < deadline:
    try:
        out += os.read(fd, 4096)
    except OSError:
        break
target = holder.pid
replacement = None
if mode == "reuse":
    holder.kill(); holder.wait()
    # The kernel hands out ns_last_pid + 1 next: the holder's pid, to an unrelated process.
    for _ in range(20):
        with open("/proc/sys/kernel/ns_last_pid", "w") as f:
            f.write(str(target - 1))
        replacement = subprocess.Popen(["sleep", "1000"])
        if replacement.pid == target:
            break
        replacement.kill(); replacement.wait()
    print(f"reused={'yes' if replacement.pid == target else 'no'}")
os.write(fd, b"y\n")
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(child, 0)
print("kill=" + out.decode(errors="replace").replace("\r", "").replace("\n", "|") + f" #{os.waitstatus_to_exitcode(status)}")
if replacement is not None:
    print("replacement=" + ("alive" if replacement.poll() is None else "ended"))
    replacement.kill()
print("holder=" + ("alive" if holder.poll() is None else "ended"))
holder.kill()
`;

describe('kill ends only the process it showed', () => {
  it('a pid reused between the question and the "y" is left alone', async () => {
    const outcome = await inPrivateHost(
      who(),
      `
      cat > /tmp/.udo/driver.py <<'PY'
${KILL_DRIVER}
PY
      NODE=$NODE UPJS=/tmp/.udo/udo-port/index.js /usr/bin/python3 /tmp/.udo/driver.py 29210 reuse
    `,
      { pid: true },
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.reused).toBe('yes');
    expect(seen.kill).toMatch(/port 29210 is held by PID (\d+) \(python3/);
    expect(seen.kill).toMatch(
      /PID \d+ is no longer the process shown; nothing was ended \(see what holds it now: udo-port kill 29210\)\| #1$/,
    );
    expect(seen.replacement).toBe('alive');
  }, 150_000);

  it('answered while the holder still holds the port, it ends it', async () => {
    const outcome = await inPrivateHost(
      who(),
      `
      cat > /tmp/.udo/driver.py <<'PY'
${KILL_DRIVER}
PY
      NODE=$NODE UPJS=/tmp/.udo/udo-port/index.js /usr/bin/python3 /tmp/.udo/driver.py 29211 plain
    `,
      { pid: true },
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.kill).toMatch(/End PID \d+\? \[y\/N\] .*y\|udo-port: PID \d+ ended\| #0$/);
    expect(seen.holder).toBe('ended');
  }, 150_000);

  it('sees a UDP holder, and says when a supervisor holds the port again', async () => {
    const outcome = await inPrivateHost(
      who(),
      `
      /usr/bin/python3 -c '
import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("0.0.0.0", 29220))
print("up", flush=True); time.sleep(1000)' > /tmp/udp.up &
      for _ in $(seq 200); do [ -s /tmp/udp.up ] && break; sleep 0.05; done
      echo "udp=$(res $UP kill 29220 --yes)"
      # A supervisor: its worker holds the port; once the worker is gone it takes the port itself.
      /usr/bin/python3 -c '
import os, socket, time
r, w = os.pipe()
worker = os.fork()
if worker == 0:
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", 29221)); s.listen(); os.write(w, b"x"); time.sleep(1000); os._exit(0)
os.read(r, 1); print(worker, flush=True)
os.waitpid(worker, 0)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", 29221)); s.listen(); time.sleep(1000)' > /tmp/sup.up &
      supervisor=$!
      for _ in $(seq 200); do [ -s /tmp/sup.up ] && break; sleep 0.05; done
      echo "again=$(res $UP kill 29221 --yes)"
      echo "supervisor=$supervisor"
      kill $supervisor
    `,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.udp).toMatch(/port 29220 is held by PID \d+ \(python3.*PID \d+ ended #0$/);
    expect(seen.again).toMatch(
      new RegExp(
        `PID \\d+ ended\\|.*port 29221 is held again, by PID ${seen.supervisor} \\(python3.* #1$`,
      ),
    );
  }, 150_000);
});

describe('the project-root search trusts no folder others may write', () => {
  it("a team member's .venv and backend/ planted in a 2775 folder above a teammate's project are never run", async () => {
    const outcome = await inPrivateHost(
      who(),
      `
      install -d -m 2775 -o root -g ${who().team} /tmp/team
      as_other mkdir -m 755 /tmp/team/app /tmp/team/app/src
      as_attacker mkdir -p /tmp/team/backend /tmp/team/.venv/bin
      as_attacker bash -c 'printf "#!/bin/sh\\ntouch /tmp/pwned; exec /usr/bin/python3 \\"\\$@\\"\\n" > /tmp/team/.venv/bin/python; chmod 755 /tmp/team/.venv/bin/python'
      printf 'home = /usr/bin\\n' | as_attacker tee /tmp/team/.venv/pyvenv.cfg >/dev/null
      echo "start=$(res as_other timeout 60 $UP start --cwd /tmp/team/app/src --port 29230)"
      echo "doctor=$(res as_other timeout 60 $DOCTOR --cwd /tmp/team/app/src --only venv.present)"
      echo "pwned=$([ -e /tmp/pwned ] && echo yes || echo no)"
    `,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(seen.pwned).toBe('no');
    // The search stops below the team folder: the start folder is the project, which has no venv.
    expect(seen.start).toMatch(/--venv: .*\/tmp\/team\/app\/src\/\.venv|--venv: .* #2$/);
    expect(seen.start).not.toContain('/tmp/team/.venv');
  }, 150_000);
});

describe('unvouched: when a start lease proves its process may be ended (pure)', () => {
  const lease = {
    port: 29240,
    id: 'x',
    pid: 4242,
    pidStartedAt: 0,
    pidStartKey: 'boot:100',
    hostname: 'h',
    user: 'u',
    createdAt: '',
    expiresAt: '',
    lifetime: 'owner' as const,
  };
  const backend = (fileUid: number, key?: string) => ({
    port: 29240,
    startPid: 4242,
    cwd: '/p',
    url: undefined,
    since: '',
    lease:
      key === undefined ? { ...lease, pidStartKey: undefined } : { ...lease, pidStartKey: key },
    fileUid,
  });
  it.each([
    [
      'the caller’s own file, its own process',
      backend(1000, 'boot:100'),
      1000,
      { uid: 1000, startKey: 'boot:100' },
      undefined,
    ],
    [
      'root’s file for root',
      backend(0, 'boot:100'),
      0,
      { uid: 0, startKey: 'boot:100' },
      undefined,
    ],
    [
      'another user’s file',
      backend(1001, 'boot:100'),
      0,
      { uid: 1001, startKey: 'boot:100' },
      /belongs to uid 1001, not to you or root/,
    ],
    [
      'a process of another uid',
      backend(0, 'boot:100'),
      0,
      { uid: 1001, startKey: 'boot:100' },
      /runs as uid 1001, not as the lease file's owner/,
    ],
    [
      'a reused pid',
      backend(0, 'boot:100'),
      0,
      { uid: 0, startKey: 'boot:999' },
      /is not the process that made the lease/,
    ],
    [
      'a lease without a start key',
      backend(0),
      0,
      { uid: 0, startKey: 'boot:100' },
      /cannot be told from another process/,
    ],
  ])('%s', (_name, started, caller, proc, expected) => {
    const why = unvouched(started, caller, proc);
    if (expected === undefined) expect(why).toBeUndefined();
    else expect(why).toMatch(expected);
  });
});
