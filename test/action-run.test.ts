import { execFile, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  newJob,
  runMain,
  runPost,
  runPostBundle,
  type StepResult,
  startMain,
  workflowCommands,
} from './action-harness.js';
import {
  cleanEnv,
  cleanup,
  eventually,
  exampleCopy,
  portIsFree,
  ROOT,
  tempDir,
} from './helpers.js';

// The action's `run` input, as the runner runs the bundle, with real uvicorn and FastAPI from
// Debian in real venvs. This file's ports: 27950-27999.
afterAll(cleanup);

const leaseEnv = async () => ({ UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') });

/** The example project with a venv that sees Debian's uvicorn and FastAPI. */
async function projectWithVenv(): Promise<string> {
  const project = await exampleCopy();
  execFileSync('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], {
    cwd: project,
  });
  return project;
}

let project: string;
beforeAll(async () => {
  project = await projectWithVenv();
});

// Whatever a failed test leaves running.
const started: number[] = [];
afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  cmdline: string;
  environ: string;
}

/** Every live process (zombies are over: they run nothing and hold no port). */
function processes(): Proc[] {
  const found: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const read = (name: string) => readFileSync(`/proc/${entry}/${name}`, 'utf8');
      found.push({
        pid: Number(entry),
        ppid: Number(ppid),
        pgid: Number(pgid),
        cmdline: read('cmdline').replaceAll('\0', ' ').trim(),
        environ: read('environ'),
      });
    } catch {} // Ended while being read.
  }
  return found;
}

/** The backend's tree: its process group, and anything that carries the log file's marker. */
function backendProcesses(run: StepResult): Proc[] {
  const pid = Number(run.outputs.pid);
  const marker = /udo-port-\d+-([0-9a-f]+)\.log$/.exec(run.outputs['log-file'] ?? '')?.[1];
  return processes().filter(
    (proc) =>
      proc.pgid === pid || (marker && proc.environ.includes(`UDO_PORT_BACKEND_ID=${marker}`)),
  );
}

const errorsOf = (run: StepResult) =>
  workflowCommands(run.stdout).filter((command) => command.command === 'error');

/** The lines between the post step's ::group:: and ::endgroup::. */
function groupLines(run: StepResult): string[] {
  const lines = run.stdout.split('\n');
  const start = lines.findIndex((line) => line.startsWith('::group::'));
  const end = lines.indexOf('::endgroup::');
  expect(start, run.stdout).toBeGreaterThanOrEqual(0);
  return lines.slice(start, end + 1);
}

const python = (script: string) => `/usr/bin/python3 -c '${script}'`;

describe('run: a real uvicorn started by the step', () => {
  it('starts, answers /health before the step returns, survives the step; post stops its whole tree', async () => {
    const job = await newJob();
    const env = await leaseEnv();
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const main = await runMain(
      project,
      job,
      {
        range: '27950-27954',
        run: '.venv/bin/python -m uvicorn backend.main:app --port {port} --reload',
        'wait-for': '/health',
      },
      env,
    );
    expect(main.code, main.stdout).toBe(0);
    const pid = Number(main.outputs.pid);
    started.push(pid);
    expect(main.outputs).toMatchObject({ port: '27950', 'api-url': 'http://localhost:27950' });
    expect(main.outputs['log-file']).toMatch(
      new RegExp(`^${job.temp}/udo-port-27950-[0-9a-f]{16}\\.log$`),
    );
    expect(main.env).toEqual({ API_PORT: '27950', NEXT_PUBLIC_API_URL: 'http://localhost:27950' });
    // The frontend file once the backend answers; the lease handed over to the backend.
    expect(readFileSync(envLocal, 'utf8')).toContain('NEXT_PUBLIC_API_URL=http://localhost:27950');
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);

    // A later step reaches it at the exported URL, though the main step's process is gone.
    const health = await fetch(`${main.env.NEXT_PUBLIC_API_URL}/health`);
    expect(await health.json()).toEqual({ status: 'ok', port: '27950' });
    // Its own process group (detached), the reloader with its worker and resource tracker.
    const tree = backendProcesses(main);
    expect(tree.length).toBeGreaterThanOrEqual(3);
    expect(tree.find((proc) => proc.pid === pid)?.pgid).toBe(pid);

    // The post step of a job that went on (or was cancelled later): the same.
    const post = await runPost(project, job, main.state, env);
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`udo-port: the backend (PID ${pid}) was stopped`);
    expect(backendProcesses(main)).toEqual([]);
    expect(await portIsFree(27950)).toBe(true);
    // Its output's tail, in a collapsed group, shielded from being read as workflow commands.
    const group = groupLines(post);
    expect(group[0]).toMatch(/^::group::udo-port: the last \d+ lines of the backend's output$/);
    expect(group[1]).toBe(main.outputs['log-file']);
    expect(group[2]).toMatch(/^::stop-commands::udo-port-/);
    expect(group.join('\n')).toContain('Uvicorn running on http://127.0.0.1:27950');
    expect(group.join('\n')).toContain('Stopping reloader process');
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);
  });

  it("the README's first workflow: one step starts the backend; the tests reach it", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const snippet = readme.split('## GitHub Action')[1]?.match(/```yaml\n([\s\S]*?)```/)?.[1];
    type Step = { uses?: string; id?: string; with?: Record<string, string>; run?: string };
    const { jobs } = parse(snippet ?? '') as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(jobs).flatMap((job) => job.steps);
    const action = steps.find((step) => step.uses === 'org/udo-port@v1');
    // The setup, one step for the backend, the tests after it; nothing else starts a server.
    expect(steps.map((step) => step.uses ?? 'run')).toEqual([
      'actions/checkout@v5',
      'run',
      'org/udo-port@v1',
      'run',
    ]);
    expect(steps[1]?.run).toMatch(/^python3 -m venv \.venv && /);
    expect(action?.with?.run).toBeTruthy();
    const job = await newJob();
    // The snippet's own inputs, moved to this file's ports.
    const main = await runMain(
      project,
      job,
      { ...action?.with, range: '27955-27959' },
      await leaseEnv(),
    );
    expect(main.code, main.stdout).toBe(0);
    started.push(Number(main.outputs.pid));
    const tests = steps.at(-1) as Step & { env?: Record<string, string> };
    for (const [, name] of JSON.stringify(tests).matchAll(/steps\.api\.outputs\.([a-z-]+)/g)) {
      expect(main.outputs, `output ${name}`).toHaveProperty(name as string);
    }
    const health = await fetch(`${main.outputs['api-url']}/health`);
    expect(health.status).toBe(200);
    const post = await runPost(project, job, main.state);
    expect(post.code).toBe(0);
    expect(backendProcesses(main)).toEqual([]);
  });
});

describe('run: a backend that does not come up fails the step with its output', () => {
  it('crashes at import: exit 1, the traceback in the error annotation, nothing left', async () => {
    const broken = await projectWithVenv();
    writeFileSync(join(broken, 'backend', 'main.py'), 'raise RuntimeError("boom at import")\n');
    const envLocal = join(broken, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const env = await leaseEnv();
    const job = await newJob();
    const main = await runMain(
      broken,
      job,
      { range: '27960-27964', run: '.venv/bin/python -m uvicorn backend.main:app --port {port}' },
      env,
    );
    expect(main.code).toBe(1);
    const errors = errorsOf(main);
    expect(errors.map((error) => error.properties)).toEqual([
      { title: 'udo-port: the backend did not start' },
    ]);
    const lines = errors[0]?.message.split('\n') ?? [];
    expect(lines[0]).toBe(
      `the backend (PID ${main.outputs.pid}) exited with code 1 before port 27960 accepted connections; the last lines of its output (${main.outputs['log-file']}):`,
    );
    expect(lines.at(-1)).toBe('RuntimeError: boom at import');
    // No port for later steps, no lease, the frontend file as it was, nothing for post to stop.
    expect(main.outputs.port).toBeUndefined();
    expect(main.env).toEqual({});
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);
    expect(readFileSync(envLocal, 'utf8')).toBe(before);
    expect(main.state).toMatchObject({ backend: '', lease: '' });
    const post = await runPost(broken, job, main.state, env);
    expect(post.code).toBe(0);
  });

  it('never answers: the step fails after wait-timeout and stops it, its output in the annotation', async () => {
    const env = await leaseEnv();
    const main = await runMain(
      project,
      await newJob(),
      {
        range: '27965-27969',
        run: python('import time; print("booting forever", flush=True); time.sleep(600)'),
        'wait-timeout': '2s',
      },
      env,
    );
    expect(main.code).toBe(1);
    const [error] = errorsOf(main);
    expect(error?.message.split('\n')).toEqual([
      `the backend (PID ${main.outputs.pid}) was not ready within 2s (wait-timeout: never port 27965 accepted connections) and was stopped; the last lines of its output (${main.outputs['log-file']}):`,
      'booting forever',
    ]);
    expect(backendProcesses(main)).toEqual([]);
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);
  });

  it('listens but its health path fails (500): not ready; a 404 would have been', async () => {
    const script = [
      'import http.server, os',
      'class H(http.server.BaseHTTPRequestHandler):',
      '  def do_GET(self):',
      '    self.send_response(500 if self.path == "/health" else 404); self.end_headers()',
      'http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), H).serve_forever()',
    ].join('\n');
    const scriptFile = join(await tempDir('server-'), 'server.py');
    writeFileSync(scriptFile, script);
    const env = await leaseEnv();
    const inputs = { range: '27970-27974', run: `/usr/bin/python3 ${scriptFile}` };
    const failing = await runMain(
      project,
      await newJob(),
      { ...inputs, 'wait-for': '/health', 'wait-timeout': '2s' },
      env,
    );
    expect(failing.code).toBe(1);
    expect(errorsOf(failing)[0]?.message).toContain(
      'never GET /health on port 27970 answered below 500',
    );
    expect(backendProcesses(failing)).toEqual([]);
    const job = await newJob();
    const answering = await runMain(project, job, { ...inputs, 'wait-for': '/missing' }, env);
    expect(answering.code, answering.stdout).toBe(0);
    started.push(Number(answering.outputs.pid));
    await runPost(project, job, answering.state, env);
    expect(backendProcesses(answering)).toEqual([]);
  });
});

describe('run: a cancelled job', () => {
  it('main cancelled while the backend starts: post still stops it and releases the lease', async () => {
    const env = await leaseEnv();
    const job = await newJob();
    const step = await startMain(
      project,
      job,
      { range: '27975-27979', run: python('import time; time.sleep(600)') },
      env,
    );
    // The runner cancels a step with SIGINT; the backend's pid is saved before the wait.
    const state = await eventually(
      () => readFileSync(step.files.GITHUB_STATE as string, 'utf8'),
      (text) => text.includes('backend<<'),
      'the backend in the saved state',
    );
    expect(state).toContain('lease<<');
    step.child.kill('SIGINT');
    const main = await step.done;
    expect(main.code).toBe(null);
    const pid = Number(JSON.parse(main.state.backend as string).pid);
    started.push(pid);
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual(['27975.json']);
    // Detached: the step's end did not end it.
    const before = processes().filter((proc) => proc.pgid === pid);
    expect(before.map((proc) => proc.pid)).toEqual([pid]);

    // Main and post as the runner runs them: node on the bundle.
    const post = await runPostBundle(project, job, main.state, env);
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`udo-port: the backend (PID ${pid}) was stopped`);
    expect(post.stdout).toContain('udo-port: released the lease on port 27975');
    expect(processes().filter((proc) => proc.pgid === pid)).toEqual([]);
    expect(readdirSync(env.UDO_PORT_LEASE_DIR)).toEqual([]);
  });
});

describe('run: what the command gets, and what post leaves alone', () => {
  it('argv split without a shell, {port} replaced, the step exports and the venv in its environment', async () => {
    const dump = [
      'import json, os, sys, http.server',
      'keys = ["API_PORT", "API_HOST", "PORT", "AUTH_PORT", "AUTH_URL", "VIRTUAL_ENV", "INPUT_RUN", "GITHUB_ENV", "GITHUB_STATE", "RUNNER_TEMP"]',
      'print(json.dumps({"argv": sys.argv[1:], "env": {k: os.environ.get(k) for k in keys}}), flush=True)',
      'http.server.HTTPServer(("0.0.0.0", int(sys.argv[1])), http.server.BaseHTTPRequestHandler).serve_forever()',
    ].join('\n');
    const scriptFile = join(await tempDir('dump-'), 'dump.py');
    writeFileSync(scriptFile, dump);
    const job = await newJob();
    const main = await runMain(
      project,
      job,
      {
        range: '27990-27994',
        'export-env': 'AUTH_PORT',
        'url-env': 'AUTH_URL',
        'env-local': '',
        run: `python ${scriptFile} {port} 'two words' "it's" a"b c"d '$HOME' --url=http://x/{port}`,
      },
      await leaseEnv(),
    );
    expect(main.code, main.stdout).toBe(0);
    started.push(Number(main.outputs.pid));
    const post = await runPost(project, job, main.state);
    const printed = groupLines(post).find((line) => line.startsWith('{"argv"'));
    expect(JSON.parse(printed ?? '{}')).toEqual({
      argv: ['27990', 'two words', "it's", 'ab cd', '$HOME', '--url=http://x/27990'],
      env: {
        API_PORT: '27990',
        API_HOST: '0.0.0.0',
        PORT: '27990',
        AUTH_PORT: '27990',
        AUTH_URL: 'http://localhost:27990',
        // `python` was the venv's: its bin/ came first on PATH.
        VIRTUAL_ENV: join(project, '.venv'),
        INPUT_RUN: null,
        GITHUB_ENV: null,
        GITHUB_STATE: null,
        RUNNER_TEMP: job.temp,
      },
    });
  });

  it('a process that left the tree (double fork) is found by its marker and ended too', async () => {
    const script = [
      'import os, sys, time, http.server',
      'if os.fork() == 0:',
      '  if os.fork() == 0:',
      '    print("stray", os.getpid(), flush=True); time.sleep(600)',
      '  os._exit(0)',
      'http.server.HTTPServer(("0.0.0.0", int(os.environ["PORT"])), http.server.BaseHTTPRequestHandler).serve_forever()',
    ].join('\n');
    const scriptFile = join(await tempDir('fork-'), 'fork.py');
    writeFileSync(scriptFile, script);
    const job = await newJob();
    const main = await runMain(
      project,
      job,
      { range: '27995-27997', run: `/usr/bin/python3 ${scriptFile}` },
      await leaseEnv(),
    );
    expect(main.code, main.stdout).toBe(0);
    started.push(Number(main.outputs.pid));
    const log = main.outputs['log-file'] as string;
    const [, stray] = (await eventually(
      () => /stray (\d+)/.exec(readFileSync(log, 'utf8')),
      (match) => match !== null,
      'the stray',
    )) as RegExpExecArray;
    const strayProc = processes().find((proc) => proc.pid === Number(stray));
    expect(strayProc?.ppid).not.toBe(Number(main.outputs.pid));
    const post = await runPost(project, job, main.state);
    expect(post.stdout).toContain('1 process(es) it left behind were ended');
    expect(processes().some((proc) => proc.pid === Number(stray))).toBe(false);
  });

  it('a saved PID that now names another process is left alone', async () => {
    const other = spawn('/usr/bin/sleep', ['60'], { stdio: 'ignore' });
    started.push(other.pid as number);
    const state = {
      isPost: 'true',
      backend: JSON.stringify({
        pid: other.pid,
        // Started a minute before the process that has this pid now.
        startedAt: Date.now() - 60_000,
        marker: '0000000000000000',
        logFile: '/nonexistent/udo-port.log',
      }),
    };
    const post = await runPost(project, await newJob(), state);
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('its PID now names another process, left alone');
    expect(other.exitCode).toBe(null);
    expect(processes().some((proc) => proc.pid === other.pid)).toBe(true);
    other.kill('SIGKILL');
  });
});

describe('.github/scripts/parallel-legs.mjs (the workflow job of legs on one host)', () => {
  const legs = (args: string[], leases: string) =>
    new Promise<{ code: number | null; stdout: string }>((done) => {
      execFile(
        process.execPath,
        [join(ROOT, '.github', 'scripts', 'parallel-legs.mjs'), ...args],
        { env: cleanEnv({ UDO_PORT_LEASE_DIR: leases }), timeout: 120_000 },
        (error, stdout) => done({ code: error ? (error.code as number) : 0, stdout }),
      );
    });

  it('8 legs at once through the runner protocol: 8 ports, each its own server, nothing left', async () => {
    const leases = await tempDir('udo-port-leases-');
    const run = await legs(['--legs', '8', '--range', '27980-27987'], leases);
    expect(run.code, run.stdout).toBe(0);
    const ports = [...run.stdout.matchAll(/^leg (\d+): port (\d+), PID \d+, answers (\d+)$/gm)];
    expect(ports).toHaveLength(8);
    expect(new Set(ports.map((match) => match[2])).size).toBe(8);
    for (const match of ports) expect(match[3]).toBe(match[1]);
    expect(readdirSync(leases)).toEqual([]);
  });

  it('fails, naming the leg, when the legs cannot all have a port of their own', async () => {
    const leases = await tempDir('udo-port-leases-');
    const run = await legs(['--legs', '3', '--range', '27988-27989'], leases);
    expect(run.code).toBe(1);
    const errors = workflowCommands(run.stdout).filter((command) => command.command === 'error');
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^no free port in 27988-27989/),
      expect.stringMatching(/^leg \d: the main step exited 1 \(its output is above\)$/),
    ]);
    expect(readdirSync(leases)).toEqual([]);
  });
});
