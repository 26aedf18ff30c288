// Korean Windows as a team there uses it, under Wine with code page 949: the bundles run in
// `C:\Users\홍길동\내 프로젝트 <pid>\udo-platform`, with a real Windows program as the backend
// (probe.c, built here with mingw: it records its command line, argv, folder and PID, listens on
// PORT, writes CP949 and handles Ctrl+C) and a real console control event (console.c calls
// GenerateConsoleCtrlEvent in a console that start or dev shares with their children).
// This file's ports: 29460-29479. Each test has its own lease folder.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionYml, jobEnv, parseFileCommand } from '../action-harness.js';
import { cleanup, ROOT, tempDir } from '../helpers.js';
import {
  driveC,
  knock,
  runNode,
  spawnWindows,
  stopAll,
  until,
  type WinProcess,
  winBundle,
  wine,
  winPath,
} from './wine.js';

const TIMEOUT = 180_000;
const PROJECT = `C:\\Users\\홍길동\\내 프로젝트 ${process.pid}\\udo-platform`;
/** The same folder as VS Code's terminal names it: lower-case drive letter and `users`. */
const PROJECT_LOWER = PROJECT.replace('C:\\Users\\', 'c:\\users\\');
const PROBE = `${PROJECT}\\probe.exe`;

/**
 * Where a C: path lies on the Linux side. Wine's prefix already has `drive_c/users` (its own
 * profiles), and Wine finds `C:\Users` there, case-insensitively; a `drive_c/Users` beside it
 * would be a second folder to Linux, which Windows paths could not tell apart.
 */
const onLinux = (path: string) => driveC(prefix, path.replace(/^C:\\Users\\/i, 'C:\\users\\'));

let prefix: string;
let consoleExe: string;
let nodeExe: string;
/** The locale that makes Wine's code page 949. */
let korean: Record<string, string>;

/** x86_64-w64-mingw32-gcc, as .ci/run installs it (gcc-mingw-w64-x86-64-win32). */
function build(source: string, out: string, libs: string[] = []) {
  execFileSync(
    'x86_64-w64-mingw32-gcc',
    ['-municode', '-O2', '-static', '-o', out, join(ROOT, 'test', 'windows', source), ...libs],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

beforeAll(async () => {
  const w = await wine();
  prefix = w.prefix;
  nodeExe = winPath(w.node);
  const tools = await tempDir('udo-port-mingw-');
  const project = onLinux(PROJECT);
  for (const folder of ['backend', 'web-dashboard']) {
    mkdirSync(join(project, folder), { recursive: true });
  }
  build('probe.c', join(project, 'probe.exe'), ['-lws2_32']);
  consoleExe = join(tools, 'console.exe');
  build('console.c', consoleExe);
  // A .cmd shim, as npm and pnpm install them: its arguments go through cmd.exe twice.
  writeFileSync(join(project, 'run probe.cmd'), '@"%~dp0probe.exe" %*\r\n');
  const locales = await tempDir('udo-port-locale-');
  execFileSync('localedef', ['-i', 'ko_KR', '-f', 'UTF-8', join(locales, 'ko_KR.UTF-8')], {
    stdio: 'ignore',
  });
  korean = { LOCPATH: locales, LANG: 'ko_KR.UTF-8', LC_ALL: 'ko_KR.UTF-8' };
}, TIMEOUT);

/**
 * SIGKILLs what is left of this file's Windows processes when a test failed midway (Wine runs
 * each as a Linux process with its Windows command line): every one names this run's folder.
 */
function killLeftovers() {
  const mark = `내 프로젝트 ${process.pid}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(mark)) {
        process.kill(Number(entry), 'SIGKILL');
      }
    } catch {}
  }
}

afterAll(async () => {
  await stopAll();
  killLeftovers();
  await cleanup();
  rmSync(onLinux(PROJECT.slice(0, PROJECT.lastIndexOf('\\'))), {
    recursive: true,
    force: true,
  });
  // Only when empty: another run may be using it.
  try {
    rmdirSync(onLinux('C:\\Users\\홍길동'));
  } catch {}
  for (const name of readdirSync(driveC(prefix, 'C:\\'))) {
    if (name.startsWith(`leases-ko-${process.pid}-`)) {
      rmSync(driveC(prefix, `C:\\${name}`), { recursive: true, force: true });
    }
  }
});

let leaseFolders = 0;
/** A lease folder of the test's own: its Windows path and its Linux path. */
function leaseFolder() {
  const dir = `C:\\leases-ko-${process.pid}-${++leaseFolders}`;
  return { dir, linux: driveC(prefix, dir) };
}

const leasesIn = (linux: string) =>
  existsSync(linux) ? readdirSync(linux).filter((name) => name.endsWith('.json')) : [];

interface ProbeRecord {
  pid: number;
  cmdline: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  events: string[];
}

const unhex = (hex: string) => Buffer.from(hex, 'hex').toString('utf8');

/** What probe.exe recorded, once it has recorded `event`. */
async function probeRecord(windowsPath: string, event = 'started'): Promise<ProbeRecord> {
  const file = onLinux(windowsPath);
  return until(
    `${windowsPath} to say ${event}`,
    () => {
      if (!existsSync(file)) return undefined;
      const record: ProbeRecord = { pid: 0, cmdline: '', args: [], cwd: '', env: {}, events: [] };
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const [key = '', value = ''] = line.split(' ');
        if (key === 'pid') record.pid = Number(value);
        else if (key === 'cmdline') record.cmdline = unhex(value);
        else if (key === 'arg') record.args.push(unhex(value));
        else if (key === 'cwd') record.cwd = unhex(value);
        else if (key.startsWith('env:')) record.env[key.slice(4)] = unhex(value);
        else if (key && key !== 'argc') record.events.push(key);
      }
      return record.events.includes(event) ? record : undefined;
    },
    60_000,
  );
}

/** Runs node.exe `args` in a console of its own, pressing Ctrl+C there once `trigger` exists. */
async function inConsole(args: string[], env: Record<string, string>, trigger: string) {
  return spawnWindows([consoleExe, winPath(trigger), nodeExe, ...args], {
    cwd: ROOT,
    env: { ...korean, ...env },
  });
}

const said = (p: WinProcess | { stdout: string; stderr: string }) =>
  typeof p.stdout === 'function'
    ? `${(p as WinProcess).stdout()}${(p as WinProcess).stderr()}`
    : `${p.stdout}${p.stderr}`;

/** Arguments that cmd.exe or a naive join would garble, for a program run without cmd.exe. */
const CORPUS = [
  'with space',
  'C:\\Users\\홍길동\\My Project\\',
  'trailing\\\\',
  'a\\"b',
  '"quoted"',
  '%USERNAME%',
  '%PATH',
  '100%',
  'caret^x',
  'a&b|c<d>e',
  'bang!x!',
  '',
  '한국어 인자',
  'q"&echo pwned',
];

describe('start on Korean Windows, in a folder with Hangul and spaces', () => {
  it(
    'arguments reach a real Windows program byte for byte; c:\\users\\... is the same project; Ctrl+C ends the backend, leaves no lease and exits with its code',
    async () => {
      const leases = leaseFolder();
      const trigger = join(await tempDir('udo-port-ctrl-c-'), 'press');
      const record = `${PROJECT}\\start-record.txt`;
      const env = { UDO_PORT_LEASE_DIR: leases.dir, PROBE_RECORD: record };
      const start = await inConsole(
        [
          winBundle('udo-port'),
          'start',
          '--cwd',
          PROJECT,
          '--no-env-local',
          '--range',
          '29460-29462',
          '--',
          PROBE,
          ...CORPUS,
        ],
        env,
        trigger,
      );
      await until(
        'start to see its backend listen',
        () =>
          start.stdout().includes('backend listening on http://localhost:2946') ? true : undefined,
        60_000,
      );
      const seen = await probeRecord(record, 'listening');
      expect(seen.args).toEqual([PROBE, ...CORPUS]);
      expect(seen.cwd).toBe(PROJECT);
      expect(seen.env.USERNAME).not.toBe('%USERNAME%');
      expect(leasesIn(leases.linux)).toHaveLength(1);

      // The same folder spelled as VS Code does: refused, naming the backend that runs.
      const second = await runNode(
        [winBundle('udo-port'), 'start', '--cwd', PROJECT_LOWER, '--no-env-local', '--', PROBE],
        { cwd: ROOT, env: { ...korean, ...env } },
      );
      expect(second.code, said(second)).not.toBe(0);
      expect(second.stderr).toContain("this project's backend already runs");

      writeFileSync(trigger, '');
      expect(await start.exit, said(start)).toBe(42);
      expect((await probeRecord(record, 'ctrl-c')).events).toContain('ctrl-c');
      expect(leasesIn(leases.linux)).toEqual([]);
      expect(await knock(Number(/localhost:(\d+)/.exec(start.stdout())?.[1]))).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'through a .cmd shim (cmd.exe, then its %*), arguments still arrive as written; a missing command is exit 127; a program past MAX_PATH is one line naming the limit',
    async () => {
      const leases = leaseFolder();
      const record = `${PROJECT}\\shim-record.txt`;
      const env = { ...korean, UDO_PORT_LEASE_DIR: leases.dir, PROBE_RECORD: record };
      // Wine's cmd.exe runs its caret and percent phases in another order than Windows' (it
      // expands ^%NAME^% and keeps a ^): % and ^ through a shim are proven by the model in
      // test/windows-quoting.test.ts only.
      const args = CORPUS.filter((arg) => !/[%^]/.test(arg));
      const shim = await runNode(
        [
          winBundle('udo-port'),
          'start',
          '--cwd',
          PROJECT,
          '--no-env-local',
          '--range',
          '29463-29464',
          '--',
          `${PROJECT}\\run probe.cmd`,
          ...args,
        ],
        { cwd: ROOT, env: { ...env, PROBE_EXIT: '0' }, timeoutMs: 90_000 },
      );
      expect(shim.code, said(shim)).toBe(0);
      expect((await probeRecord(record)).args).toEqual([PROBE, ...args]);

      const missing = await runNode(
        [
          winBundle('udo-port'),
          'start',
          '--cwd',
          PROJECT,
          '--no-env-local',
          '--',
          'no-such-program',
        ],
        { cwd: ROOT, env, timeoutMs: 90_000 },
      );
      expect(missing.code, said(missing)).toBe(127);
      expect(missing.stderr).toContain('could not run no-such-program: no such command');

      // A program past MAX_PATH: one line naming the limit, not ENOENT's "no such command".
      // Folders of a few dozen characters each: Linux limits a name to 255 bytes, not the path.
      const deep = [
        PROJECT,
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${'깊은 폴더 '.repeat(5)}${n}`),
      ].join('\\');
      mkdirSync(onLinux(deep), { recursive: true });
      const long = `${deep}\\probe.exe`;
      writeFileSync(onLinux(long), readFileSync(onLinux(PROBE)));
      const tooLong = await runNode(
        [winBundle('udo-port'), 'start', '--cwd', PROJECT, '--no-env-local', '--', long],
        { cwd: ROOT, env, timeoutMs: 90_000 },
      );
      expect(tooLong.code, said(tooLong)).toBe(127);
      expect(tooLong.stderr).toContain(
        `the program's path is ${long.length} characters, past Windows' limit of 259 (MAX_PATH) for starting a program`,
      );
      expect(tooLong.stderr).not.toContain('no such command');
      expect(leasesIn(leases.linux)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a lease whose PID now belongs to an unrelated program is stale: list says so, start is not refused, and --replace leaves that program alone',
    async () => {
      const leases = leaseFolder();
      mkdirSync(leases.linux, { recursive: true });
      // The unrelated program: a Windows process that listens on the lease's port.
      const otherRecord = `${PROJECT}\\other-record.txt`;
      const other = await spawnWindows([onLinux(PROBE)], {
        cwd: ROOT,
        env: { ...korean, PORT: '29465', PROBE_RECORD: otherRecord },
      });
      const { pid } = await probeRecord(otherRecord, 'listening');
      const host = await runNode(['-e', "process.stdout.write(require('os').hostname())"], {
        cwd: ROOT,
      });
      // What a start killed on Windows leaves: a lease naming its PID, which Windows gave to
      // that program since; its owner pipe went with it.
      const now = Date.now();
      writeFileSync(
        join(leases.linux, '29465.json'),
        `${JSON.stringify({
          port: 29465,
          id: randomUUID(),
          pid,
          pidStartedAt: now - 1000,
          pidStartKey: `pipe:${randomBytes(16).toString('hex')}`,
          hostname: host.stdout,
          user: 'someone',
          createdAt: new Date(now - 1000).toISOString(),
          expiresAt: new Date(now + 3600_000).toISOString(),
          lifetime: 'owner',
          purpose: 'udo-port start',
          cwd: PROJECT,
          url: 'http://localhost:29465',
        })}\n`,
      );
      const env = { ...korean, UDO_PORT_LEASE_DIR: leases.dir };

      const listed = await runNode([winBundle('udo-port'), 'list', '--json'], { cwd: ROOT, env });
      expect(listed.code, said(listed)).toBe(0);
      const json = JSON.parse(listed.stdout) as {
        backends: unknown[];
        leases: { port: number; state: string; staleReason?: string }[];
      };
      expect(json.backends).toEqual([]);
      expect(json.leases).toEqual([
        expect.objectContaining({
          port: 29465,
          state: 'stale',
          staleReason: `owner PID ${pid} has exited (the pid now belongs to another process)`,
        }),
      ]);

      const record = `${PROJECT}\\replace-record.txt`;
      const replaced = await runNode(
        [
          winBundle('udo-port'),
          'start',
          '--replace',
          '--cwd',
          PROJECT,
          '--no-env-local',
          '--range',
          '29465-29467',
          '--',
          PROBE,
        ],
        { cwd: ROOT, env: { ...env, PROBE_RECORD: record, PROBE_EXIT: '7' }, timeoutMs: 90_000 },
      );
      expect(replaced.code, said(replaced)).toBe(7);
      expect(replaced.stdout).not.toContain('replacing');
      expect(replaced.stderr).not.toContain('already runs');
      // Named as what holds the port, never ended.
      expect(replaced.stderr).toContain('port 29465 is still held');
      expect(await knock(29465)).toBe('probe\n');
      expect(other.child.exitCode).toBeNull();
      await other.stop();
    },
    TIMEOUT,
  );
  it(
    '--replace asks the running start, through its owner pipe, to end its own backend: its lease goes and the new backend runs',
    async () => {
      const leases = leaseFolder();
      const env = { ...korean, UDO_PORT_LEASE_DIR: leases.dir };
      const first = `${PROJECT}\\first-record.txt`;
      const old = await spawnWindows(
        [
          (await wine()).node,
          winBundle('udo-port'),
          'start',
          '--cwd',
          PROJECT,
          '--no-env-local',
          '--range',
          '29468-29469',
          '--',
          PROBE,
        ],
        { cwd: ROOT, env: { ...env, PROBE_RECORD: first } },
      );
      const { pid: oldBackend } = await probeRecord(first, 'listening');
      const [file] = await until('the first lease', () => {
        const files = leasesIn(leases.linux);
        return files.length === 1 ? files : undefined;
      });
      const lease = JSON.parse(readFileSync(join(leases.linux, file as string), 'utf8'));
      // Its owner proves itself with a pipe, not a start time Windows cannot give.
      expect(lease.pidStartKey).toMatch(/^pipe:[0-9a-f]{32}$/);

      const second = `${PROJECT}\\second-record.txt`;
      const replaced = await runNode(
        [
          winBundle('udo-port'),
          'start',
          '--replace',
          '--cwd',
          PROJECT_LOWER,
          '--no-env-local',
          '--range',
          '29468-29469',
          '--',
          PROBE,
        ],
        { cwd: ROOT, env: { ...env, PROBE_RECORD: second, PROBE_EXIT: '5' }, timeoutMs: 90_000 },
      );
      expect(replaced.stdout, said(replaced)).toContain('replacing the backend on port 29468');
      expect(replaced.code, said(replaced)).toBe(5);
      // The old start ended its own backend (taskkill /F) and exited with that one's code (Wine's
      // taskkill gives 0, Windows' 1): it exits, its port and lease are free.
      expect(await old.exit, said(old)).not.toBeNull();
      expect(old.stdout()).toContain('backend listening on http://localhost:29468');
      expect((await probeRecord(second)).pid).not.toBe(oldBackend);
      expect(await knock(29468)).toBeUndefined();
      expect(leasesIn(leases.linux)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('dev on Korean Windows', () => {
  it(
    'shows what the backend and the frontend write in CP949 as Hangul; Ctrl+C ends both, leaves no lease and exits with the code',
    async () => {
      const leases = leaseFolder();
      const trigger = join(await tempDir('udo-port-ctrl-c-'), 'press');
      const dev = await inConsole(
        [
          winBundle('udo-port'),
          'dev',
          '--cwd',
          PROJECT,
          '--no-env-local',
          '--range',
          '29470-29473',
          '--web-range',
          '29475-29478',
          '--web-cmd',
          `"${PROBE}" {port}`,
          '--',
          PROBE,
        ],
        {
          UDO_PORT_LEASE_DIR: leases.dir,
          PROBE_RECORD: `${PROJECT}\\dev-{port}.txt`,
          PROBE_SAY_CP949: '1',
        },
        trigger,
      );
      await until(
        'dev to say ready',
        () => (dev.stdout().includes('ready: api') ? true : undefined),
        90_000,
      );
      const out = dev.stdout();
      expect(out).toMatch(/^api +\| 안녕 서버$/m);
      expect(out).toMatch(/^web +\| 안녕 서버$/m);
      expect(out).not.toContain('\uFFFD');
      expect(leasesIn(leases.linux)).toHaveLength(2);

      writeFileSync(trigger, '');
      expect(await dev.exit, said(dev)).toBe(42);
      expect(leasesIn(leases.linux)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe("the action's run on a Windows runner", () => {
  it(
    "passes its arguments literally: %NAME% from the step's environment is not expanded, a quoted one stays one argument",
    async () => {
      const leases = leaseFolder();
      const record = `${PROJECT}\\action-record.txt`;
      const files = await tempDir('runner-files-');
      const commandFiles = Object.fromEntries(
        ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => {
          writeFileSync(join(files, name), '');
          return [name, join(files, name)];
        }),
      );
      const asWindows = Object.fromEntries(
        Object.entries(commandFiles).map(([name, path]) => [name, winPath(path)]),
      );
      const workspace = PROJECT.slice(0, PROJECT.lastIndexOf('\\'));
      const runner = {
        ...jobEnv(workspace, {
          runner: 'windows-runner-ko',
          runId: '3001',
          job: 'ko',
          temp: winPath(await tempDir('runner-temp-')),
        }),
        RUNNER_OS: 'Windows',
      };
      const inputs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(actionYml.inputs)) {
        inputs[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
      }
      Object.assign(inputs, {
        INPUT_RANGE: '29479-29479',
        'INPUT_WORKING-DIRECTORY': 'udo-platform',
        'INPUT_ENV-LOCAL': '',
        // A PR title in the step's environment, as a workflow passes it: "%TITLE%" must stay text.
        INPUT_RUN: `"${PROBE}" "%TITLE%" "%USERNAME%" "with space" 'C:\\My Project\\'`,
      });
      const env = {
        ...korean,
        ...runner,
        ...asWindows,
        ...inputs,
        UDO_PORT_LEASE_DIR: leases.dir,
        PROBE_RECORD: record,
        TITLE: 'fix & ship | now',
      };
      const main = await runNode([winBundle('action')], { cwd: ROOT, env, timeoutMs: 90_000 });
      expect(main.code, said(main)).toBe(0);
      const seen = await probeRecord(record, 'listening');
      expect(seen.args).toEqual([PROBE, '%TITLE%', '%USERNAME%', 'with space', 'C:\\My Project\\']);

      const state = parseFileCommand(readFileSync(commandFiles.GITHUB_STATE as string, 'utf8'));
      const post = await runNode([winBundle('action')], {
        cwd: ROOT,
        env: {
          ...korean,
          ...runner,
          ...asWindows,
          UDO_PORT_LEASE_DIR: leases.dir,
          ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])),
        },
        timeoutMs: 90_000,
      });
      expect(post.code, said(post)).toBe(0);
      expect(await knock(29479)).toBeUndefined();
      expect(leasesIn(leases.linux)).toEqual([]);
    },
    TIMEOUT,
  );
});
