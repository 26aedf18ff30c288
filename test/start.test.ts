import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  eventually,
  exampleCopy,
  listen,
  portIsFree,
  runBundle,
  tempDir,
} from './helpers.js';
import { runCli } from './in-process.js';
import { projectWithVenv, running, type Started, startIn } from './start-helpers.js';

// This file's ports: 27700-27789 and 27870-27894. Real uvicorn and FastAPI from Debian, in real venvs.
afterAll(cleanup);

let project: string;
beforeAll(async () => {
  project = await projectWithVenv();
});

describe('udo-port start with real uvicorn', () => {
  it('comes up on the first free port, answers its health route, points .env.local at it, keeps its lease while it runs', async () => {
    const leases = await tempDir('udo-port-leases-');
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const started = startIn(project, ['--default-port', '27700', '--range', '27700-27709'], {
      UDO_PORT_LEASE_DIR: leases,
    });
    const [, url] = (await started.waitFor(/backend listening on (\S+)/)) as [string, string];
    expect(url).toBe('http://localhost:27700');
    await started.waitFor(/NEXT_PUBLIC_API_URL=/);
    const health = await (await fetch(`${url}/health`)).json();
    expect(health).toEqual({ status: 'ok', port: '27700' });
    expect(readFileSync(envLocal, 'utf8')).toBe(
      before.replace('localhost:8001', 'localhost:27700'),
    );
    // The lease stays while the backend runs: it is the record `list` and a second start read.
    expect(readdirSync(leases)).toEqual(['27700.json']);
    expect(JSON.parse(readFileSync(join(leases, '27700.json'), 'utf8'))).toMatchObject({
      purpose: 'udo-port start',
      cwd: project,
      url: 'http://localhost:27700',
      pid: started.child.pid,
    });
    started.child.kill('SIGINT');
    expect(await started.exit).toBe(0);
    expect(readdirSync(leases)).toEqual([]);
  });

  it('moves past a default port held by a real process and names the holder', async () => {
    const holder = await listen(27710);
    const started = startIn(
      project,
      ['--default-port', '27710', '--range', '27710-27719', '--no-env-local'],
      {
        UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-'),
      },
    );
    await started.waitFor(/backend listening on http:\/\/localhost:27711/);
    expect(started.output()).toMatch(
      new RegExp(
        `starting the backend on http://localhost:27711 \\(port 27711 from the scan of 27710-27719; 27710 is in use by PID ${holder.pid}\\b`,
      ),
    );
    started.child.kill('SIGTERM');
    await started.exit;
  });

  it('two starts at once in two copies get two ports, each .env.local pointing at its own', async () => {
    const leases = await tempDir('udo-port-leases-');
    const other = await projectWithVenv();
    const args = ['--default-port', '27720', '--range', '27720-27729'];
    const a = startIn(project, args, { UDO_PORT_LEASE_DIR: leases });
    const b = startIn(other, args, { UDO_PORT_LEASE_DIR: leases });
    const [, urlA] = (await a.waitFor(/backend listening on (\S+)/)) as [string, string];
    const [, urlB] = (await b.waitFor(/backend listening on (\S+)/)) as [string, string];
    await Promise.all([a.waitFor(/NEXT_PUBLIC_API_URL=/), b.waitFor(/NEXT_PUBLIC_API_URL=/)]);
    expect(new Set([urlA, urlB])).toEqual(
      new Set(['http://localhost:27720', 'http://localhost:27721']),
    );
    for (const [dir, url] of [
      [project, urlA],
      [other, urlB],
    ] as const) {
      expect(readFileSync(join(dir, 'web-dashboard', '.env.local'), 'utf8')).toContain(
        `NEXT_PUBLIC_API_URL=${url}\n`,
      );
      const health = (await (await fetch(`${url}/health`)).json()) as { port: string };
      expect(health.port).toBe(url.split(':').at(-1));
    }
    a.child.kill('SIGINT');
    b.child.kill('SIGINT');
    expect(await Promise.all([a.exit, b.exit])).toEqual([0, 0]);
    expect(readdirSync(leases)).toEqual([]);
  });

  it('SIGINT before the backend listens: it exits, its code is passed on, no lease is left', async () => {
    const leases = await tempDir('udo-port-leases-');
    // A backend that takes its time to bind and exits 3 on SIGINT.
    const script =
      'import signal, sys, time\nsignal.signal(signal.SIGINT, lambda *a: sys.exit(3))\nprint("booting", flush=True)\ntime.sleep(60)';
    const started = startIn(
      project,
      ['--default-port', '27730', '--range', '27730-27739', '--', '/usr/bin/python3', '-c', script],
      {
        UDO_PORT_LEASE_DIR: leases,
      },
    );
    await started.waitFor(/booting/);
    expect(readdirSync(leases)).toEqual(['27730.json']);
    started.child.kill('SIGINT');
    expect(await started.exit).toBe(3);
    expect(readdirSync(leases)).toEqual([]);
  });

  it('a backend that crashes at import: its exit code, no lease, .env.local untouched', async () => {
    const broken = await projectWithVenv();
    writeFileSync(join(broken, 'backend', 'main.py'), 'raise RuntimeError("boom at import")\n');
    const envLocal = join(broken, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const leases = await tempDir('udo-port-leases-');
    const started = startIn(broken, ['--default-port', '27740', '--range', '27740-27749'], {
      UDO_PORT_LEASE_DIR: leases,
    });
    expect(await started.exit).toBe(1);
    // The tail, where the traceback ends: a failure shows what the output ended with instead.
    expect(started.output().slice(-1000)).toContain('RuntimeError: boom at import');
    expect(readdirSync(leases)).toEqual([]);
    expect(readFileSync(envLocal, 'utf8')).toBe(before);
  });

  it('a custom command after -- gets {port} and API_PORT, API_HOST and PORT', async () => {
    const script =
      'import os, sys, http.server\nprint("env", os.environ["API_PORT"], os.environ["API_HOST"], os.environ["PORT"], sys.argv[1], flush=True)\nhttp.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), http.server.SimpleHTTPRequestHandler).serve_forever()';
    const started = startIn(
      project,
      [
        '--default-port',
        '27750',
        '--range',
        '27750-27759',
        '--host',
        '127.0.0.1',
        '--no-env-local',
        '--',
        'python3',
        '-c',
        script,
        '{port}',
      ],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    await started.waitFor(/backend listening on http:\/\/localhost:27750/);
    expect(started.output()).toContain('env 27750 127.0.0.1 27750 27750');
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(143);
  });

  it("the backend's output is not lost while the reader is slow (its pipe stays blocking)", async () => {
    // 300 kB is far more than a pipe holds: the backend must wait for the reader, not fail.
    const script = "import sys\nsys.stderr.write('x' * 300000 + '\\nEND\\n')\nsys.stderr.flush()";
    const started = startIn(
      project,
      [
        '--default-port',
        '27780',
        '--range',
        '27780-27789',
        '--no-env-local',
        '--',
        'python3',
        '-c',
        script,
      ],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    await started.waitFor(/starting the backend/);
    started.child.stderr?.pause();
    // Resumed only once the backend itself waits in its write (to a pipe, or the socket pair Node
    // gives a child for stdio): everything between it and this reader is full.
    const writer = () =>
      processes().find((proc) => proc.ppid === started.child.pid && proc.cmdline.includes(script));
    const waitChannel = () => {
      const pid = writer()?.pid;
      try {
        return pid === undefined ? '' : readFileSync(`/proc/${pid}/wchan`, 'utf8');
      } catch {
        return ''; // It ended: then it never blocked, and the wait fails.
      }
    };
    await eventually(
      waitChannel,
      (wchan) => /pipe_write|sock_alloc_send/.test(wchan),
      'the backend blocked',
    );
    started.child.stderr?.resume();
    expect(await started.exit).toBe(0);
    expect(started.output()).toContain(`${'x'.repeat(300000)}\nEND\n`);
  });

  it('a missing venv stops before anything is leased or written, with the command that makes one', async () => {
    const bare = await exampleCopy();
    const leases = await tempDir('udo-port-leases-');
    const run = await runCli('udo-port', ['start', '--range', '27760-27769'], {
      cwd: bare,
      env: { UDO_PORT_LEASE_DIR: leases },
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /--venv: no virtualenv at .*\.venv; make it with: python3 -m venv \.venv, then: \.venv\/bin\/python -m pip install uvicorn fastapi/,
      ),
    ]);
    expect(readdirSync(leases)).toEqual([]);
  });
});

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  cmdline: string;
}

/** Every live process (zombies are over: they run nothing and hold no port). */
function processes(): Proc[] {
  const found: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command name, which may itself hold spaces and parentheses.
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      found.push({ pid: Number(entry), ppid: Number(ppid), pgid: Number(pgid), cmdline });
    } catch {} // Ended while being read.
  }
  return found;
}

const groupOf = (pgid: number) => processes().filter((proc) => proc.pgid === pgid);
/** start's watchdogs, named already (by their title) or still booting (by their arguments). */
const watchdogsOf = (pid: number) =>
  processes().filter(
    (proc) =>
      proc.cmdline.startsWith(`udo-port watchdog of PID ${pid}`) ||
      (proc.cmdline.includes('udo-port watchdog of PID') && proc.cmdline.endsWith(` ${pid}`)),
  );

/** The backend start runs (the leader of its group), and start's watchdog. */
async function backendAndWatchdog(started: Started): Promise<{ backend: Proc; watchdog: Proc }> {
  const pid = started.child.pid as number;
  const children = () => processes().filter((proc) => proc.ppid === pid);
  // The watchdog names itself once Node has booted, which may be after the backend listens.
  const both = await eventually(
    children,
    (found) =>
      found.length === 2 && found.some((proc) => proc.cmdline.startsWith('udo-port watchdog')),
    'start has a backend and a named watchdog',
  );
  const watchdog = both.find((proc) => proc.cmdline.startsWith('udo-port watchdog')) as Proc;
  const backend = both.find((proc) => proc !== watchdog) as Proc;
  expect(backend.pgid).toBe(backend.pid);
  // Its own group: a terminal's Ctrl+C to start's group does not reach it.
  expect(watchdog.pgid).not.toBe(pid);
  return { backend, watchdog };
}

/** After a kill -9 of start: the backend's whole group ends, the port is free, no watchdog. */
async function expectCleanedUpAfterKill(started: Started, port: number, minimumGroup: number) {
  const { backend } = await backendAndWatchdog(started);
  expect(groupOf(backend.pid).length).toBeGreaterThanOrEqual(minimumGroup);
  started.child.kill('SIGKILL');
  await eventually(
    () => groupOf(backend.pid),
    (left) => left.length === 0,
    'the backend group',
  );
  await eventually(
    () => watchdogsOf(started.child.pid as number),
    (left) => left.length === 0,
    'watchdogs',
  );
  expect(await portIsFree(port)).toBe(true);
  expect(await started.exit).toBe(null);
  expect(started.output()).toContain(
    `udo-port: PID ${started.child.pid} is gone; ending the backend it started (process group ${backend.pid})`,
  );
}

describe('udo-port start killed with SIGKILL', () => {
  // They read process groups from /proc: Linux only, and said so rather than skipped.
  beforeAll(() => {
    if (process.platform !== 'linux') throw new Error('these tests need Linux (/proc)');
  });
  it('uvicorn --reload: the reloader, its worker and the resource tracker all end', async () => {
    const started = startIn(
      project,
      ['--default-port', '27870', '--range', '27870-27874', '--no-env-local', '--reload'],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    const [, url] = (await started.waitFor(/backend listening on (\S+)/)) as [string, string];
    expect((await fetch(`${url}/health`)).status).toBe(200);
    await expectCleanedUpAfterKill(started, 27870, 3);
  });

  it('a command after --: its group ends too', async () => {
    const started = startIn(
      project,
      [
        '--default-port',
        '27875',
        '--range',
        '27875-27879',
        '--no-env-local',
        '--',
        'python3',
        '-m',
        'http.server',
        '{port}',
      ],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    const [, url] = (await started.waitFor(/backend listening on (\S+)/)) as [string, string];
    expect((await fetch(url)).status).toBe(200);
    await expectCleanedUpAfterKill(started, 27875, 1);
  });

  it('a backend that ignores SIGTERM gets SIGKILL after the grace period', async () => {
    const script =
      'import signal, sys, http.server\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nhttp.server.HTTPServer(("0.0.0.0", int(sys.argv[1])), http.server.SimpleHTTPRequestHandler).serve_forever()';
    const started = startIn(
      project,
      [
        '--default-port',
        '27880',
        '--range',
        '27880-27884',
        '--no-env-local',
        '--',
        'python3',
        '-c',
        script,
        '{port}',
      ],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    await started.waitFor(/backend listening on/);
    await expectCleanedUpAfterKill(started, 27880, 1);
  });

  it('killed while the backend boots, before the watchdog may have read anything', async () => {
    const script = 'import os, time\nprint("booting", os.getpid(), flush=True)\ntime.sleep(60)';
    const started = startIn(
      project,
      [
        '--default-port',
        '27890',
        '--range',
        '27890-27894',
        '--no-env-local',
        '--',
        '/usr/bin/python3',
        '-c',
        script,
      ],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    const [, backend] = (await started.waitFor(/booting (\d+)/)) as [string, string];
    started.child.kill('SIGKILL');
    await eventually(
      () => groupOf(Number(backend)),
      (left) => left.length === 0,
      'the group',
    );
    await eventually(
      () => watchdogsOf(started.child.pid as number),
      (left) => left.length === 0,
      'watchdogs',
    );
  });

  it('Ctrl+C still ends everything the usual way, and the watchdog with it', async () => {
    const started = startIn(
      project,
      ['--default-port', '27885', '--range', '27885-27889', '--no-env-local', '--reload'],
      { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') },
    );
    await started.waitFor(/backend listening on/);
    const { backend, watchdog } = await backendAndWatchdog(started);
    started.child.kill('SIGINT');
    expect(await started.exit).toBe(0);
    // Gone by the time start exits: start waits for it.
    expect(watchdogsOf(started.child.pid as number)).toEqual([]);
    expect(processes().some((proc) => proc.pid === watchdog.pid)).toBe(false);
    await eventually(
      () => groupOf(backend.pid),
      (left) => left.length === 0,
      'the backend group',
    );
    expect(await portIsFree(27885)).toBe(true);
    expect(started.output()).not.toContain('is gone; ending the backend');
  });
});

describe('udo-port kill', () => {
  it('ends a real listener with --yes', async () => {
    const holder = await listen(27770);
    const exited = new Promise((resolve) => holder.child.once('exit', resolve));
    const run = await runCli('udo-port', ['kill', '27770', '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`port 27770 is held by PID ${holder.pid} (node`);
    // The whole command line, however long, before anything is ended.
    expect(run.stdout).toContain(
      `udo-port:   command: ${process.execPath} -e require('net').createServer().listen(27770, "0.0.0.0", () => console.log('ready'))\n`,
    );
    expect(run.stdout).toContain(`PID ${holder.pid} ended`);
    await exited;
    const again = await runCli('udo-port', ['kill', '27770', '--yes']);
    expect(again).toMatchObject({ code: 0, stdout: 'udo-port: nothing listens on port 27770\n' });
  });

  it('refuses to end the process that started it', async () => {
    // This test process listens, and is the parent of the udo-port it runs.
    const server = createServer().listen(27771, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    // The bundle, run as a child of this process: in-process, udo-port would be this process.
    const run = await runBundle('udo-port', ['kill', '27771', '--yes']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `will not end PID ${process.pid} is the process that started udo-port`,
    );
    server.close();
  });

  it('a holder its parent never reaps: the zombie counts as gone, it is not waited on', async () => {
    // sh starts the listener, then becomes sleep, which never collects its child's exit.
    const listener = `require('net').createServer().listen(27773, () => console.log('up'))`;
    const parent = spawn(
      'sh',
      ['-c', `${JSON.stringify(process.execPath)} -e ${JSON.stringify(listener)} & exec sleep 60`],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    running.push(parent);
    await new Promise((resolve) => parent.stdout?.once('data', resolve));
    const run = await runCli('udo-port', ['kill', '27773', '--yes']);
    parent.kill('SIGKILL');
    expect(run.code).toBe(0);
    // Before: a zombie looked alive, so kill waited 3 s and reported it "killed" by SIGKILL.
    expect(run.stdout).toMatch(/PID \d+ ended\n/);
    expect(await portIsFree(27773)).toBe(true);
  });

  it("ends the whole tree: uvicorn --reload's reloader and worker both go", async () => {
    const project = await projectWithVenv();
    const uvicorn = spawn(
      join(project, '.venv', 'bin', 'python'),
      ['-m', 'uvicorn', 'backend.main:app', '--port', '27774', '--reload'],
      { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    running.push(uvicorn);
    await new Promise<void>((resolve) =>
      uvicorn.stderr?.on('data', (chunk) => {
        if (String(chunk).includes('Application startup complete')) resolve();
      }),
    );
    const tree = () =>
      processes().filter((proc) => proc.pid === uvicorn.pid || proc.ppid === uvicorn.pid);
    expect(tree().length).toBeGreaterThanOrEqual(2);
    const run = await runCli('udo-port', ['kill', '27774', '--yes']);
    expect(run.code).toBe(0);
    await eventually(tree, (left) => left.length === 0, 'the uvicorn tree');
    expect(await portIsFree(27774)).toBe(true);
  });

  it('without --yes and without a terminal it asks for --yes', async () => {
    await listen(27772);
    const run = await runCli('udo-port', ['kill', '27772']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass --yes');
  });
});
