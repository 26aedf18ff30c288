// `udo-port dev` on a copy of the example with a real uvicorn backend and a real `next dev`.
// This file's ports: 28750-28779, and the defaults (8001, 3000) in a network namespace of its own.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundle,
  cleanEnv,
  cleanup,
  exampleCopy,
  listen,
  portIsFree,
  privateNetwork,
  ROOT,
  tempDir,
} from './helpers.js';
import { runCli } from './in-process.js';
import { projectWithVenv } from './start-helpers.js';

afterAll(cleanup);
const NEXT_MODULES = join(ROOT, 'test', 'fixtures', 'next-app', 'node_modules');
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

/** The example with a venv and a runnable web-dashboard whose page shows NEXT_PUBLIC_API_URL. */
async function devProject(): Promise<string> {
  const project = await projectWithVenv();
  const web = join(project, 'web-dashboard');
  expect(existsSync(join(NEXT_MODULES, 'next', 'package.json'))).toBe(true);
  symlinkSync(NEXT_MODULES, join(web, 'node_modules'), 'dir');
  mkdirSync(join(web, 'pages'));
  writeFileSync(
    join(web, 'pages', 'index.js'),
    'export default function Home() {\n  return <p id="api-url">{process.env.NEXT_PUBLIC_API_URL}</p>;\n}\n',
  );
  // Turbopack resolves the linked node_modules only inside its root: their common folder.
  const a = realpathSync(web).split(sep);
  const b = realpathSync(NEXT_MODULES).split(sep);
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  const root = a.slice(0, common).join(sep) || sep;
  writeFileSync(
    join(web, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  return project;
}

// Not NODE_ENV=test (vitest's): next dev refuses to run under it.
const devEnv = (env: Record<string, string>) => ({
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: undefined,
  ...env,
});

/** `udo-port dev` as a user runs it; `enter`: inside a network namespace (nsenter execs it). */
function devIn(cwd: string, args: string[], env: Record<string, string>, enter: string[] = []) {
  const [file, ...argv] = [...enter, process.execPath, bundle('udo-port'), 'dev', ...args] as [
    string,
    ...string[],
  ];
  const child = spawn(file, argv, {
    cwd,
    env: cleanEnv(devEnv(env)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let text = '';
  const waiting = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk;
    for (const check of waiting) check();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exit = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 90_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (!match) return;
        waiting.delete(check);
        clearTimeout(timer);
        resolve(match);
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
      }, timeoutMs);
      waiting.add(check);
      check();
    });
  return { child, exit, waitFor, output: () => text };
}

/** A page's text, fetched from inside the namespace, where its servers listen. */
function fetchIn(enter: string[], url: string): Promise<string> {
  const script = `fetch(${JSON.stringify(url)}).then((r) => r.text()).then((t) => process.stdout.write(t))`;
  const [file, ...argv] = [...enter, process.execPath, '-e', script] as unknown as [
    string,
    ...string[],
  ];
  return new Promise((done, fail) =>
    execFile(file, argv, { timeout: 30_000 }, (error, stdout, stderr) =>
      error ? fail(new Error(`${url}: ${stderr || error.message}`)) : done(stdout),
    ),
  );
}

/** Processes whose working folder is inside `dir` (what dev started there), with their command lines. */
function processesIn(dir: string): string[] {
  const real = realpathSync(dir);
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        if (!readlinkSync(`/proc/${pid}/cwd`).startsWith(real)) return [];
        return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')}`];
      } catch {
        return [];
      }
    });
}

/**
 * None left: the servers at once. Two may still be ending by themselves and must then be gone:
 * a watchdog reading its "done" on a loaded host (dev bounds its wait for it), and the telemetry
 * flush next dev starts detached on exit, outside its process group, even with telemetry off.
 */
async function noneLeftIn(dir: string): Promise<void> {
  const ending = /udo-port watchdog|next\/dist\/telemetry\/detached-flush/;
  expect(processesIn(dir).filter((p) => !ending.test(p))).toEqual([]);
  const deadline = Date.now() + 60_000;
  while (processesIn(dir).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(processesIn(dir)).toEqual([]);
}

describe('udo-port dev', () => {
  // The defaults themselves, 8001 and 3000, in a network namespace of the test's own.
  it('with 3000 held by another process: the page shows the backend URL, which answers; one SIGINT ends all', async () => {
    const project = await devProject();
    const leases = await tempDir('leases-');
    const { enter } = await privateNetwork();
    const held = await listen(3000, '0.0.0.0', enter);
    const dev = devIn(project, [], { UDO_PORT_LEASE_DIR: leases }, enter);
    await dev.waitFor(/ready: api http:\/\/localhost:8001 {2}web http:\/\/localhost:3001/);
    expect(dev.output()).toContain(`3000 is in use by PID ${held.pid}`);
    await dev.waitFor(/^api +\| .*Uvicorn running/m);
    // Next.js may print its banner just after it listens.
    await dev.waitFor(/^web +\| .*Next\.js/m);
    const html = await fetchIn(enter, 'http://localhost:3001/');
    expect(/id="api-url">([^<]*)</.exec(html)?.[1]).toBe('http://localhost:8001');
    expect(JSON.parse(await fetchIn(enter, 'http://localhost:8001/health'))).toEqual({
      status: 'ok',
      port: '8001',
    });
    expect(readdirSync(leases).sort()).toEqual(['3001.json', '8001.json']);
    const envLocal = readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8');
    expect(envLocal).toContain('NEXT_PUBLIC_API_URL=http://localhost:8001\n');

    dev.child.kill('SIGINT');
    await dev.exit;
    await noneLeftIn(project);
    expect(readdirSync(leases)).toEqual([]);
    expect(held.child.exitCode).toBeNull();
  }, 240_000);

  it('runs a backend command of its own after --, as start does; the first to exit ends both', async () => {
    const project = await exampleCopy();
    const leases = await tempDir('leases-');
    const dir = await tempDir('dev-servers-');
    const api = join(dir, 'api.js');
    const web = join(dir, 'web.js');
    writeFileSync(
      api,
      `require('net').createServer(() => {}).listen(Number(process.argv[2]), () =>
        console.log('api up on', process.argv[2], 'PORT=' + process.env.PORT));`,
    );
    // Exits 7 when told "bye": dev's readiness knock says nothing.
    writeFileSync(
      web,
      `const server = require('net').createServer((socket) => socket.on('data', (data) => {
        if (String(data) === 'bye') process.exit(7);
      }));
      server.listen(Number(process.env.PORT), () => console.log('web up, API', process.env.NEXT_PUBLIC_API_URL));`,
    );
    const dev = devIn(
      project,
      [
        '--range',
        '28761-28769',
        '--web-port',
        '28770',
        '--web-cmd',
        `${process.execPath} ${web}`,
        '--',
        process.execPath,
        api,
        '{port}',
      ],
      { UDO_PORT_LEASE_DIR: leases },
    );
    await dev.waitFor(/ready: api http:\/\/localhost:28761 {2}web http:\/\/localhost:28770/);
    expect(dev.output()).toMatch(/^api +\| api up on 28761 PORT=28761$/m);
    expect(dev.output()).toMatch(/^web +\| web up, API http:\/\/localhost:28761$/m);
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://localhost:28761\n',
    );
    await new Promise<void>((sent) => {
      const socket = connect(28770, '127.0.0.1', () => socket.end('bye', () => sent()));
    });
    expect(await dev.exit).toBe(7);
    expect(dev.output()).toContain('web exited with code 7; stopping api');
    await noneLeftIn(project);
    expect(readdirSync(leases)).toEqual([]);
    expect(await portIsFree(28761)).toBe(true);
  }, 180_000);

  // In-process (coverage sees src/cli/dev.ts): dev's own outcome, with no signal sent to it.
  it('a backend that crashes at start stops the frontend, and dev exits non-zero', async () => {
    const project = await devProject();
    const leases = await tempDir('leases-');
    const run = await runCli(
      'udo-port',
      ['dev', '--range', '28750-28759', '--web-port', '28760', '--app', 'backend.nope:app'],
      { cwd: project, env: devEnv({ UDO_PORT_LEASE_DIR: leases }) },
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/api exited with code [1-9]\d*; stopping web/);
    await noneLeftIn(project);
    expect(readdirSync(leases)).toEqual([]);
  }, 240_000);

  it('a bad option value is one line naming it, exit 2', async () => {
    const project = await devProject();
    const fifo = join(await tempDir(), 'env.local');
    execFileSync('mkfifo', [fifo]);
    for (const [args, line] of [
      [['--web-port', 'x'], /--web-port: "x" is not a port/],
      [['--web-range', '9-1'], /--web-range: "9-1" ends before it starts/],
      [['--web-cmd', 'next dev && rm'], /--web-cmd: /],
      // A FIFO would block the write: refused before anything is leased or started.
      [['--env-local', fifo], /--env-local: .*env\.local is a FIFO, not a regular file/],
      [
        ['--json'],
        /--json: not an option here \(udo-port list --json shows the running backends\)/,
      ],
    ] as const) {
      const run = await runCli('udo-port', ['dev', ...args], {
        cwd: project,
        env: devEnv({ UDO_PORT_LEASE_DIR: await tempDir('leases-') }),
      });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(line);
    }
  }, 180_000);
});
