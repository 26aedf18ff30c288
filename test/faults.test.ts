// Faults: a full disk and a read-only file system under the lease folder and under the project
// (size-limited tmpfs and read-only mounts in a private mount namespace), and SIGKILL of find,
// start and dev at random moments. After each: the old .env.local intact (or the new one whole),
// no temp file, no live lease of a dead owner, no backend left. Each scenario prints its tally
// (`name=...` lines) and the test checks them. This file's ports: 29300-29349, in private
// network namespaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts, inPrivateHost, makeUsers, missing, type Users } from './private-host.js';

let users: (Users & { drop: () => void }) | undefined;

beforeAll(() => {
  const why = missing(['groupadd', 'python3']);
  if (why) throw new Error(why);
  users = makeUsers();
});

afterAll(() => users?.drop());

/** A project in $1 with a used .env.local; `check_project DIR` prints what a fault left there. */
const PROJECT = `
make_project() {
  mkdir -p "$1/backend" "$1/web-dashboard"
  printf 'OLD=1\\nNEXT_PUBLIC_API_URL=http://localhost:1\\n' > "$1/web-dashboard/.env.local"
}
# old, new (whole: the old text with only the URL changed) or damaged; then any temp file.
check_env() {
  local text; text=$(cat "$1/web-dashboard/.env.local")
  case "$text" in
    $'OLD=1\\nNEXT_PUBLIC_API_URL=http://localhost:1') echo -n old ;;
    $'OLD=1\\nNEXT_PUBLIC_API_URL=http://localhost:'29[34][0-9][0-9]) echo -n new ;;
    *) echo -n damaged ;;
  esac
  # The env writer's private temp folder, which a SIGKILL mid-write leaves (it is swept by the
  # next write): counted apart, and git, asked where the project is a repository, must not see it
  # (its .gitignore says *; before that file is in place it is empty, or holds only .git).
  # Anything else is a temp file left.
  local tmp='' name
  if [ -d "$1/.git" ]; then
    tmp=$(git -C "$1" status --porcelain --untracked-files=all | grep -v ' web-dashboard/\\.env\\.local$' | tr '\\n' ' ')
    [ -n "$tmp" ] && tmp=" git-sees:$tmp"
  fi
  for name in $(ls -A "$1/web-dashboard"); do
    [ "$name" = .env.local ] && continue
    if [[ "$name" == .udo-port-* ]] && [ -d "$1/web-dashboard/$name" ]; then
      # Without git to ask, the ignore file must be whole.
      [ -d "$1/.git" ] || [ "$(cat "$1/web-dashboard/$name/.gitignore" 2>/dev/null)" = '*' ] || tmp="$tmp $name"
      echo -n " ignored-temp"; rm -rf "$1/web-dashboard/$name"; continue
    fi
    tmp="$tmp $name"
  done
  [ -n "$tmp" ] && echo -n " temp:$tmp"
  echo
}
# Lease files that are live and whose owner is gone, and temp files, in a lease folder.
check_leases() {
  local live; live=$(UDO_PORT_LEASE_DIR="$1" $UP list --json 2>/dev/null | /usr/bin/python3 -c '
import json, sys
try: leases = json.load(sys.stdin)["leases"]
except Exception: leases = []
print(" ".join(str(l.get("port")) for l in leases if l.get("state") == "live" and l.get("lifetime") == "owner"))')
  local tmp; tmp=$(ls -A "$1" | grep -v '^[0-9]*\\.json$' | head -n 3 | tr '\\n' ' ')
  echo "live:[$live] temp:[$tmp]"
}
# The names are put together here: this script's own command line must not hold them whole.
BACKNAME=udo-fault-back; BACKNAME=\${BACKNAME}end
WEBNAME=udo-fault-w; WEBNAME=\${WEBNAME}eb
backends() { pgrep -f "$BACKNAME" | wc -l; }
# A server whose command line carries a name to find it by: srv.py NAME PORT.
cat > /tmp/.udo/srv.py <<'PY'
import http.server, sys
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), http.server.SimpleHTTPRequestHandler).serve_forever()
PY
`;

describe('a full disk and a read-only file system', () => {
  it('under the lease folder and under the project: one line, exit 2, nothing damaged or left', async () => {
    const outcome = await inPrivateHost(
      users as Users,
      `${PROJECT}
      make_project /tmp/p
      # Lease folders: full, and read-only.
      mkdir /tmp/full /tmp/ro
      mount -t tmpfs -o size=8k,mode=700 full /tmp/full
      dd if=/dev/zero of=/tmp/full/fill bs=1k count=64 2>/dev/null
      mount -t tmpfs -o mode=700 ro /tmp/ro && mount -o remount,ro /tmp/ro
      echo "fulllease=$(res env UDO_PORT_LEASE_DIR=/tmp/full $UP find --cwd /tmp/p --port 29300 --write-env-local)"
      echo "fullleaseenv=$(check_env /tmp/p)"
      rm /tmp/full/fill; echo "fullleaseleft=$(ls -A /tmp/full | tr '\\n' ' ')"
      echo "rolease=$(res env UDO_PORT_LEASE_DIR=/tmp/ro $UP find --cwd /tmp/p --port 29301 --write-env-local)"
      echo "roleaseenv=$(check_env /tmp/p)"
      # The project: on a full file system, and read-only.
      mkdir /tmp/q /tmp/r
      mount -t tmpfs -o size=16k q /tmp/q && make_project /tmp/q
      dd if=/dev/zero of=/tmp/q/fill bs=1k count=64 2>/dev/null
      echo "fullproject=$(res $UP find --cwd /tmp/q --port 29302 --write-env-local)"
      echo "fullprojectenv=$(check_env /tmp/q)"
      echo "fullprojectleases=$(check_leases /tmp/udo-port)"
      mount -t tmpfs r /tmp/r && make_project /tmp/r && mount -o remount,ro /tmp/r
      echo "roproject=$(res $UP find --cwd /tmp/r --port 29303 --write-env-local)"
      echo "roprojectenv=$(check_env /tmp/r)"
      echo "roprojectstart=$(res timeout 10 $UP start --cwd /tmp/r --port 29304 -- /usr/bin/python3 /tmp/.udo/srv.py $BACKNAME {port})"
      echo "roprojectstartenv=$(check_env /tmp/r)"
      echo "backends=$(backends)"
    `,
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    const oneLine = (key: string, pattern: RegExp) => {
      expect(seen[key], key).toMatch(pattern);
      expect((seen[key] ?? '').split('|').length, `${key}: one line`).toBe(1);
    };
    oneLine('fulllease', /^udo-port: lease folder \/tmp\/full cannot be written \(ENOSPC\).* #2$/);
    oneLine(
      'rolease',
      /^udo-port: UDO_PORT_LEASE_DIR: "\/tmp\/ro" cannot be used: it is not writable for you \(EROFS\) #2$/,
    );
    expect(seen.fullleaseenv).toBe('old');
    expect(seen.fullleaseleft).toBe('');
    expect(seen.roleaseenv).toBe('old');
    // The port is found; the write fails whole, with a line naming the file, and lets go of it.
    oneLine(
      'fullproject',
      /^udo-port: --env-local: \/tmp\/q\/web-dashboard\/\.env\.local cannot be written \(no space left on device\) #2$/,
    );
    expect(seen.fullprojectenv).toBe('old');
    expect(seen.fullprojectleases).toBe('live:[] temp:[]');
    oneLine(
      'roproject',
      /^udo-port: --env-local: \/tmp\/r\/web-dashboard\/\.env\.local cannot be written \(.*read-only.*\) #2$/,
    );
    expect(seen.roprojectenv).toBe('old');
    expect(seen.roprojectstartenv).toBe('old');
    expect(seen.roprojectstart).toMatch(
      /--env-local: .* cannot be written \(read-only file system\); the frontend is not pointed at the backend #124$/,
    );
    expect(seen.backends, JSON.stringify(seen)).toBe('0');
  }, 180_000);
});

describe('SIGKILL at random moments', () => {
  it('of find, start and dev: .env.local whole, no temp file, no live lease of a dead owner, no backend', async () => {
    const outcome = await inPrivateHost(
      users as Users,
      `${PROJECT}
      make_project /tmp/p
      # A repository, so that git says what a kill left visible (.env.local itself is untracked).
      git init -q --template= /tmp/p
      BACKEND="-- /usr/bin/python3 /tmp/.udo/srv.py $BACKNAME {port}"
      WEB="/usr/bin/python3 /tmp/.udo/srv.py $WEBNAME {port}"
      tally() {
        echo "$1=env:$(check_env /tmp/p) leases:$(check_leases /tmp/udo-port) backends:$(backends)"
      }
      for i in $(seq 1 8); do
        make_project /tmp/p   # the old .env.local again
        delay=$(/usr/bin/python3 -c 'import random; print(round(random.uniform(0, 0.6), 3))')
        $UP find --cwd /tmp/p --port 29310 --write-env-local --hold 1 >/dev/null 2>&1 & pid=$!
        sleep "$delay"; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
        tally "find$i"
        $UP release --force >/dev/null 2>&1
      done
      for i in $(seq 1 8); do
        make_project /tmp/p
        delay=$(/usr/bin/python3 -c 'import random; print(round(random.uniform(0, 2.0), 3))')
        $UP start --cwd /tmp/p --port 29320 --wait 30 $BACKEND >/dev/null 2>&1 & pid=$!
        sleep "$delay"; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
        # The watchdog ends the group within its grace period.
        for _ in $(seq 100); do [ "$(backends)" = 0 ] && break; sleep 0.1; done
        tally "start$i"
      done
      for i in $(seq 1 8); do
        make_project /tmp/p
        delay=$(/usr/bin/python3 -c 'import random; print(round(random.uniform(0, 2.0), 3))')
        $UP dev --cwd /tmp/p --port 29330 --web-port 29340 --web-cmd "$WEB" $BACKEND >/dev/null 2>&1 & pid=$!
        sleep "$delay"; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
        for _ in $(seq 100); do [ "$(backends)$(pgrep -f "$WEBNAME" | wc -l)" = 00 ] && break; sleep 0.1; done
        tally "dev$i"
        echo "devweb$i=$(pgrep -f "$WEBNAME" | wc -l)"
      done
    `,
      // A PID namespace of its own: whatever a run leaks is counted here, and ends with it.
      { timeoutMs: 400_000, pid: true },
    );
    const seen = facts(outcome.stdout);
    expect(outcome.code, outcome.stderr).toBe(0);
    // The tally, for the record: how many ended with the old file, how many with the new.
    console.log(JSON.stringify(seen));
    const bad = Object.entries(seen).filter(([key, value]) =>
      key.startsWith('devweb')
        ? value !== '0'
        : !/^env:(old|new)( ignored-temp)? leases:live:\[\] temp:\[\] backends:0$/.test(value),
    );
    expect(bad).toEqual([]);
    expect(Object.keys(seen).length).toBe(32);
  }, 450_000);
});
