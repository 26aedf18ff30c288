// Issue 10's stories, as users met them: real uvicorn backends in real venvs started by the built
// `udo-port start`, two copies of the project for worktrees, a real `next dev`, `next build` and
// `next start` (test/fixtures/next-app's install), and the built doctor run in the user's folder.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundle,
  cleanEnv,
  cleanup,
  exampleCopy,
  listen,
  ROOT,
  type Run,
  runBundle,
  tempDir,
} from './helpers.js';
import { runCli } from './in-process.js';

// This file's ports: 28500-28599.
const NEXT_MODULES = join(ROOT, 'test', 'fixtures', 'next-app', 'node_modules');

interface Watched {
  child: ChildProcess;
  output: () => string;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  exit: Promise<number | null>;
  /** Ends it (its whole process group when it has one) and waits until it has gone. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * The environment for children: no port settings of the user's, no Next.js telemetry, and no
 * NODE_ENV=test from vitest, under which Next.js reads .env.test* instead of .env.local.
 */
const nextEnv = (extra: Record<string, string> = {}) =>
  cleanEnv({ NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: undefined, ...extra });

const watched: Watched[] = [];
afterAll(async () => {
  await Promise.all(watched.map((w) => w.stop('SIGKILL')));
  await cleanup();
});

/** A child whose output can be waited on; `group`: in a process group of its own. */
function watch(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; group?: boolean },
): Watched {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: nextEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.group ?? false,
  });
  let text = '';
  const waiting = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk;
    for (const check of waiting) check();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
  let closed = false;
  void exit.then(() => {
    closed = true;
    for (const check of waiting) check();
  });
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (match || closed) {
          waiting.delete(check);
          clearTimeout(timer);
          if (match) resolve(match);
          else reject(new Error(`${command} ended before ${pattern}; output:\n${text}`));
        }
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
      }, timeoutMs);
      waiting.add(check);
      check();
    });
  const signal = (name: NodeJS.Signals) => {
    try {
      if (options.group) process.kill(-(child.pid as number), name);
      else child.kill(name);
    } catch {}
  };
  const stop = async (name: NodeJS.Signals = 'SIGINT') => {
    if (!closed) {
      signal(name);
      const late = setTimeout(() => signal('SIGKILL'), 10_000);
      await exit;
      clearTimeout(late);
    }
    // The group's other members (next dev's server) may outlive its leader.
    if (options.group) signal('SIGKILL');
    return exit;
  };
  const found = { child, output: () => text, waitFor, exit, stop };
  watched.push(found);
  return found;
}

const doctor = async (cwd: string, args: string[], env: Record<string, string> = {}) =>
  runCli('udo-doctor', args, {
    cwd,
    env: { UDO_PORT_LEASE_DIR: await tempDir('udo-doctor-leases-'), NO_COLOR: '1', ...env },
  });

interface Check {
  id: string;
  status: string;
  message: string;
  details: string[];
  remedy: string | null;
  fixable: boolean;
  data: Record<string, unknown>;
}
const checks = (run: Run): Check[] => {
  try {
    return (JSON.parse(run.stdout) as { checks: Check[] }).checks;
  } catch {
    throw new Error(`not JSON: ${run.stdout}${run.stderr}`);
  }
};
const check = (run: Run, id: string): Check => {
  const found = checks(run).find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in ${run.stdout}${run.stderr}`);
  return found;
};

/** The example project with a venv that sees Debian's uvicorn and FastAPI. */
async function projectWithVenv(): Promise<string> {
  const project = await exampleCopy();
  execFileSync('/usr/bin/python3', [
    '-m',
    'venv',
    '--system-site-packages',
    '--without-pip',
    join(project, '.venv'),
  ]);
  return project;
}

function setUrlPort(project: string, port: number): void {
  const local = join(project, 'web-dashboard', '.env.local');
  writeFileSync(local, readFileSync(local, 'utf8').replace(/localhost:\d+/, `localhost:${port}`));
}

/** `udo-port start` in `project`, resolved with the backend's port once it listens. */
async function startBackend(project: string, args: string[], leases: string) {
  const started = watch(process.execPath, [bundle('udo-port'), 'start', ...args], {
    cwd: project,
    env: { UDO_PORT_LEASE_DIR: leases },
  });
  const [, port] = (await started.waitFor(/backend listening on http:\/\/localhost:(\d+)/)) as [
    string,
    string,
  ];
  await started.waitFor(/NEXT_PUBLIC_API_URL=/);
  return { started, port: Number(port) };
}

const cwdOf = (pid: number) => realpathSync(`/proc/${pid}/cwd`);

describe('story 2: two worktrees, backend/.env says the same port in both', () => {
  it("the second worktree's doctor notes the first one's backend and never says kill", async () => {
    const leases = await tempDir('udo-port-leases-');
    const [first, second] = [await projectWithVenv(), await projectWithVenv()] as [string, string];
    for (const project of [first, second]) {
      writeFileSync(join(project, 'backend', '.env'), 'API_PORT=28500\nAPI_HOST=0.0.0.0\n');
    }
    const range = ['--range', '28500-28504'];
    const a = await startBackend(first, range, leases);
    const b = await startBackend(second, range, leases);
    expect([a.port, b.port]).toEqual([28500, 28501]);

    const run = await doctor(second, [...range, '--json']);
    const backend = check(run, 'port.backend');
    const message =
      /^port 28500 \(from API_PORT in backend\/\.env\) is held by another checkout's backend, PID (\d+) in (.+); ours runs on port 28501 \(PID (\d+)\)$/;
    expect(backend).toMatchObject({
      status: 'pass',
      remedy: null,
      data: { state: 'other-checkout' },
    });
    const [, theirPid, theirFolder, ourPid] = message.exec(backend.message) ?? [];
    expect(backend.message).toMatch(message);
    // The PIDs and folder named are the real ones: each uvicorn runs in its own copy.
    expect(cwdOf(Number(theirPid))).toBe(realpathSync(first));
    expect(theirFolder).toBe(realpathSync(first));
    expect(cwdOf(Number(ourPid))).toBe(realpathSync(second));
    expect(check(run, 'web.api-url').status).toBe('pass');
    expect(run.code).toBe(0);
    const human = await doctor(second, [...range, '--strict']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^✓ all clear/);
    expect(human.stdout).not.toMatch(/kill/);

    // Ours stopped: still a note, and the URL is left for udo-port start to write.
    expect(await b.started.stop('SIGINT')).toBe(0);
    const stopped = await doctor(second, [...range, '--json']);
    expect(check(stopped, 'port.backend')).toMatchObject({
      status: 'pass',
      message: `port 28500 (from API_PORT in backend/.env) is held by another checkout's backend, PID ${theirPid} in ${theirFolder}; ours is not running: npx udo-port start --range 28500-28504 will take the next free port`,
      remedy: null,
    });
    expect(check(stopped, 'web.api-url')).toMatchObject({
      status: 'skip',
      message: expect.stringContaining(
        "the backend's port is not known yet: port 28500 (from API_PORT in backend/.env) is held by another checkout's backend",
      ),
    });
    expect(stopped.stdout).not.toMatch(/"kill /);
    expect(stopped.code).toBe(0);
    await a.started.stop('SIGINT');
  }, 180_000);
});

describe('story 3: stale leases of other projects', () => {
  it('are information: --strict passes, and the allocator takes the port over', async () => {
    const project = await projectWithVenv();
    copyFileSync(join(project, 'backend', '.env.example'), join(project, 'backend', '.env'));
    setUrlPort(project, 28510);
    const leases = await tempDir('udo-port-leases-');
    // Another project's `udo-port find`, long gone: its owner process no longer runs.
    writeFileSync(
      join(leases, '28511.json'),
      JSON.stringify({
        port: 28511,
        id: 'gone-owner',
        pid: 999_999,
        pidStartedAt: 0,
        hostname: hostname(),
        user: 'someone',
        cwd: '/home/someone/other-project',
        createdAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        lifetime: 'owner',
        purpose: 'udo-port find',
      }),
    );
    const args = ['--port', '28510', '--range', '28510-28514'];
    const run = await doctor(project, [...args, '--json'], { UDO_PORT_LEASE_DIR: leases });
    const lease = check(run, 'leases');
    expect(lease).toMatchObject({
      status: 'pass',
      message: `0 live leases and 1 stale (28511, taken over when wanted) in ${leases}`,
      data: { stale: [{ port: 28511 }] },
    });
    expect(lease.details).toContainEqual(expect.stringMatching(/^28511 stale: /));
    expect(lease.details).toContainEqual(
      expect.stringContaining('to tidy up anyway: npx udo-port release 28511'),
    );
    const strict = await doctor(project, [...args, '--strict'], { UDO_PORT_LEASE_DIR: leases });
    expect(strict.stdout).toMatch(/^✓ all clear/);
    expect(strict.code).toBe(0);

    // As the doctor says: the allocator takes the stale lease's port over.
    const find = await runBundle('udo-port', ['find', '--port', '28511', '--hold', '1'], {
      cwd: project,
      env: { UDO_PORT_LEASE_DIR: leases },
    });
    expect(find).toMatchObject({ code: 0, stdout: '28511\n' });
  });
});

/**
 * A copy of the example's web-dashboard made runnable: a page, the fixture's Next.js linked in,
 * and Turbopack told that the link's target lies inside its root (else it refuses to resolve it).
 */
function withNext(project: string): string {
  if (!existsSync(join(NEXT_MODULES, 'next', 'package.json'))) {
    throw new Error(
      'Next.js is not installed for the tests: npm ci --prefix test/fixtures/next-app',
    );
  }
  const web = join(project, 'web-dashboard');
  symlinkSync(NEXT_MODULES, join(web, 'node_modules'), 'dir');
  // The dashboard reduced to what udo-port is about: the backend URL the browser will call.
  mkdirSync(join(web, 'pages'));
  writeFileSync(
    join(web, 'pages', 'index.js'),
    'export default function Home() {\n  return <p id="api-url">{process.env.NEXT_PUBLIC_API_URL}</p>;\n}\n',
  );
  const a = realpathSync(web).split(sep);
  const b = realpathSync(NEXT_MODULES).split(sep);
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  const root = a.slice(0, common).join(sep) || sep;
  writeFileSync(
    join(web, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  return web;
}

const next = (web: string) => join(web, 'node_modules', '.bin', 'next');

/** The API URL the page at `port` renders (pages/index.js prints NEXT_PUBLIC_API_URL). */
async function pageUrl(port: number): Promise<string | undefined> {
  const html = await (await fetch(`http://localhost:${port}/`)).text();
  return /id="api-url">([^<]*)</.exec(html)?.[1];
}

/** Polls until the page renders `want`, or fails with what it rendered last. */
async function pageShows(port: number, want: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: string | undefined;
  while (Date.now() < deadline) {
    seen = await pageUrl(port).catch(() => undefined);
    if (seen === want) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the page at ${port} shows ${seen}, not ${want}`);
}

function nextBuild(web: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile(
      next(web),
      ['build'],
      { cwd: web, env: nextEnv(), timeout: 120_000 },
      (error, stdout, stderr) => (error ? fail(new Error(`${error}\n${stdout}${stderr}`)) : done()),
    );
  });
}

describe('story 4: web.stale tells next dev from next start', () => {
  it('next dev that has logged "Reload env: .env.local": a pass, and the page shows the new URL', async () => {
    const project = await projectWithVenv();
    setUrlPort(project, 28520);
    const web = withNext(project);
    const dev = watch(next(web), ['dev', '-p', '28524'], { cwd: web, group: true });
    await dev.waitFor(/Ready in/, 60_000);
    await pageShows(28524, 'http://localhost:28520', 60_000);

    const leases = await tempDir('udo-port-leases-');
    const backend = await startBackend(
      project,
      ['--default-port', '28521', '--range', '28521-28523'],
      leases,
    );
    expect(backend.port).toBe(28521);
    await dev.waitFor(/Reload env: \.env\.local/);
    await pageShows(28524, 'http://localhost:28521');

    const run = await doctor(project, ['--range', '28521-28523', '--json', '--only', 'web']);
    const stale = check(run, 'web.stale');
    expect(stale).toMatchObject({
      status: 'pass',
      message:
        'next dev reloads the env files itself (it logs "Reload env: .env.local"): reload the page to see the change',
      remedy: null,
    });
    expect(stale.data.servers).toEqual([{ pid: expect.any(Number), port: 28524, kind: 'dev' }]);
    expect(run.code).toBe(0);
    await backend.started.stop('SIGINT');
    await dev.stop('SIGTERM');
  }, 240_000);

  it('next start serving a build made for the old port: an error, rebuild and restart; the remedy works', async () => {
    const project = await projectWithVenv();
    setUrlPort(project, 28530);
    const web = withNext(project);
    await nextBuild(web);
    const serve = watch(next(web), ['start', '-p', '28534'], { cwd: web, group: true });
    await serve.waitFor(/Ready in/, 60_000);
    await pageShows(28534, 'http://localhost:28530');

    // 28530 is taken meanwhile, so udo-port start moves the backend on and rewrites .env.local.
    await listen(28530);
    const backend = await startBackend(
      project,
      ['--default-port', '28530', '--range', '28530-28533'],
      await tempDir('udo-port-leases-'),
    );
    expect(backend.port).toBe(28531);
    // What the user saw: the browser still gets the old URL, baked into the build.
    expect(await pageUrl(28534)).toBe('http://localhost:28530');

    const run = await doctor(project, ['--range', '28530-28533', '--json', '--only', 'web']);
    const stale = check(run, 'web.stale');
    const server = (stale.data.servers as { pid: number; kind: string }[])[0];
    expect(server).toMatchObject({ port: 28534, kind: 'start' });
    expect(stale).toMatchObject({
      status: 'error',
      message:
        'next start serves a build made before web-dashboard/.env.local changed: the browser still gets the old NEXT_PUBLIC_ values',
      remedy: `kill ${server?.pid}\ncd web-dashboard\nnpm run build\nnpm run start -- -p 28534`,
    });
    expect(run.code).toBe(1);

    // The remedy, as the user would run it: the page then shows the backend's URL.
    execFileSync('kill', [String(server?.pid)]);
    await serve.stop('SIGTERM');
    await nextBuild(web);
    const again = watch(next(web), ['start', '-p', '28534'], { cwd: web, group: true });
    await again.waitFor(/Ready in/, 60_000);
    await pageShows(28534, 'http://localhost:28531');
    const fixed = await doctor(project, ['--range', '28530-28533', '--json', '--only', 'web']);
    expect(check(fixed, 'web.stale')).toMatchObject({
      status: 'pass',
      message: 'the Next.js server started after the last env change',
    });
    expect(fixed.code).toBe(0);
    await again.stop('SIGTERM');
    await backend.started.stop('SIGINT');
  }, 180_000);

  it('a .next build older than the env files, nothing running: an error with the command', async () => {
    const project = await exampleCopy();
    const web = withNext(project);
    await nextBuild(web);
    setUrlPort(project, 28535);
    const run = await doctor(project, ['--port', '28535', '--json', '--only', 'web.stale']);
    expect(check(run, 'web.stale')).toMatchObject({
      status: 'error',
      message:
        'the .next build predates the change to web-dashboard/.env.local: npm run start would serve the old NEXT_PUBLIC_ values',
      remedy: 'cd web-dashboard\nnpm run build\nnpm run start',
    });
  }, 240_000);
});

describe('story 8: from a subfolder, and outside any project', () => {
  /** A set-up project at `port`; `git`: a repository of its own, as most projects are. */
  async function setUp(port: number, git: boolean): Promise<string> {
    const project = await projectWithVenv();
    copyFileSync(join(project, 'backend', '.env.example'), join(project, 'backend', '.env'));
    setUrlPort(project, port);
    if (git) execFileSync('git', ['init', '-q'], { cwd: project });
    return project;
  }

  it('cd backend, or --cwd web-dashboard: the project is checked, not the subfolder', async () => {
    const project = await setUp(28540, false);
    const args = ['--port', '28540', '--range', '28540-28544'];
    const inBackend = await doctor(join(project, 'backend'), [...args, '--json']);
    expect(check(inBackend, 'venv.present').status).toBe('pass');
    expect(check(inBackend, 'env.backend')).toMatchObject({
      status: 'pass',
      message: '.env has every key of .env.example',
    });
    expect(inBackend.code).toBe(0);
    const human = await doctor(join(project, 'backend'), args);
    // The root is named, since the user is below it.
    expect(human.stdout.replace(/\d+ passed, \d+ skipped/, 'N passed, M skipped')).toBe(
      `✓ all clear: N passed, M skipped in ${project} (backend port 28540, NEXT_PUBLIC_API_URL=http://localhost:28540)\n`,
    );

    const named = await doctor(await tempDir(), [
      ...args,
      '--cwd',
      join(project, 'web-dashboard'),
      '--json',
    ]);
    expect(check(named, 'venv.present').status).toBe('pass');
    expect(check(named, 'env.backend').status).toBe('pass');
    expect(named.code).toBe(0);
  });

  // Needs findProjectRoot (src/core/project/defaults.ts) to accept a root that holds .git: today it
  // stops below it, so from backend/ of a repository no project is found.
  it('in a git repository, from backend/: the env files are git-ignored, as the root says', async () => {
    const project = await setUp(28545, true);
    const args = ['--port', '28545', '--range', '28545-28549', '--json'];
    for (const [cwd, extra] of [
      [join(project, 'backend'), []],
      [await tempDir(), ['--cwd', join(project, 'web-dashboard')]],
    ] as const) {
      const run = await doctor(cwd, [...args, ...extra]);
      expect(check(run, 'venv.present').status).toBe('pass');
      expect(check(run, 'git.env-files')).toMatchObject({
        status: 'pass',
        message: 'backend/.env and web-dashboard/.env.local are git-ignored and not tracked',
      });
      expect(run.code).toBe(0);
    }
  });

  it('outside any project: one line naming --cwd, exit 2, only the host checks run', async () => {
    const nowhere = await tempDir();
    const here = await doctor(nowhere, []);
    expect(here).toMatchObject({ code: 2, stdout: '' });
    expect(here.stderr).toBe(
      `udo-doctor: not in a project (no udo-port.json, backend/, web-dashboard/ or .venv/ in ${nowhere} or above it): run udo-doctor in the project, or name it with --cwd DIR; npx udo-port init describes a project of another layout\n`,
    );
    const named = await doctor(await tempDir(), ['--cwd', nowhere, '--json']);
    expect(named).toMatchObject({ code: 2, stdout: '' });
    expect(named.stderr).toBe(
      `udo-doctor: --cwd: "${nowhere}" is not in a project (no udo-port.json, backend/, web-dashboard/ or .venv/ in ${nowhere} or above it)\n`,
    );
    // The host's own checks need no project.
    const host = await doctor(nowhere, ['--only', 'leases,port.range', '--range', '28555-28556']);
    expect(host).toMatchObject({ code: 0, stderr: '' });
    expect(host.stdout).toMatch(/^✓ all clear: 2 passed/);
  });
});

describe('story 12: a --fix that fails says why and what to do by hand', () => {
  it('permission denied: the exact line and the chown, never --fix again; the line by hand works', async () => {
    const project = await projectWithVenv();
    const web = join(project, 'web-dashboard');
    const local = join(web, '.env.local');
    setUrlPort(project, 28559);
    // The user owns .env.local, but not its folder (made by root, a container, another user):
    // --fix writes through a new file in that folder and is refused.
    const root = process.getuid?.() === 0;
    const parent = dirname(project);
    const doctorCopy = join(parent, 'udo-doctor');
    cpSync(join(ROOT, 'dist', 'udo-doctor'), doctorCopy, { recursive: true });
    // Readable by the other user whatever modes the checkout's files have (a clone made under
    // umask 077 has 0600 files).
    chmodSync(doctorCopy, 0o755);
    for (const file of readdirSync(doctorCopy)) chmodSync(join(doctorCopy, file), 0o644);
    chmodSync(parent, 0o755);
    chmodSync(web, 0o555);
    if (root) chownSync(local, 65534, 65534);
    const asUser = root ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const runAsUser = (args: string[]) =>
      new Promise<Run>((done) => {
        const [command, ...rest] = [...asUser, process.execPath, join(doctorCopy, 'index.js')];
        execFile(
          command as string,
          [...rest, ...args],
          { cwd: project, env: cleanEnv({ NO_COLOR: '1', HOME: parent }), timeout: 30_000 },
          (error, stdout, stderr) =>
            done({ code: error ? (error.code as number) : 0, stdout, stderr }),
        );
      });
    const args = ['--port', '28550', '--range', '28550-28554', '--only', 'web'];
    const fixed = await runAsUser([...args, '--fix']);
    const lines = fixed.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `not fixed web.api-url: set NEXT_PUBLIC_API_URL=http://localhost:28550 in web-dashboard/.env.local: --env-local: ${local} cannot be written (permission denied)`,
      '  by hand: edit web-dashboard/.env.local, line 2, to read: NEXT_PUBLIC_API_URL=http://localhost:28550',
      '           sudo chown "$(id -un)" web-dashboard',
    ]);
    expect(fixed.stdout).not.toContain('udo-doctor --fix');
    expect(fixed.stdout).toContain(
      `--fix could not set NEXT_PUBLIC_API_URL=http://localhost:28550 in web-dashboard/.env.local: --env-local: ${local} cannot be written (permission denied)`,
    );
    expect(fixed.code).toBe(1);
    const json = await runAsUser([...args, '--fix', '--json']);
    expect(check(json, 'web.api-url')).toMatchObject({
      status: 'error',
      fixable: false,
      remedy:
        'edit web-dashboard/.env.local, line 2, to read: NEXT_PUBLIC_API_URL=http://localhost:28550\nsudo chown "$(id -un)" web-dashboard',
    });

    // By hand, as the advice says: an edit in place needs no right to the folder.
    const text = readFileSync(local, 'utf8').split('\n');
    text[1] = 'NEXT_PUBLIC_API_URL=http://localhost:28550';
    const edit = `require('fs').writeFileSync(${JSON.stringify(local)}, ${JSON.stringify(text.join('\n'))})`;
    execFileSync(asUser[0] ?? process.execPath, [
      ...asUser.slice(1),
      ...(root ? [process.execPath] : []),
      '-e',
      edit,
    ]);
    const after = await runAsUser(args);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^✓ all clear/);
  });
});

describe('story 13: help', () => {
  it('udo-doctor help and --help print the help', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const run = await doctor(await tempDir(), args);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(/^udo-doctor \S+: why the FastAPI backend/);
      expect(run.stdout).toContain('-h, --help, help');
    }
  });
});
