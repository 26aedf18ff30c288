import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable, printableLines } from '../src/core/text.js';
import { newJob, runMain, workflowCommands } from './action-harness.js';
import { cleanup, exampleCopy, type Run, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

// This file's ports: 27840-27849. Every run has its own lease folder.
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await cleanup();
});

describe('printable', () => {
  it.each([
    ['\n::error::pwned', '\\n::error::pwned'],
    ['a\r\nb\tc', 'a\\r\\nb\\tc'],
    ['\x1b[31mred\x1b[0m', '\\x1b[31mred\\x1b[0m'],
    ['\x1b]0;title\x07', '\\x1b]0;title\\x07'],
    ['\0\x01\x1f\x7f', '\\x00\\x01\\x1f\\x7f'],
    ['\x80\x85\x9b\x9f', '\\x80\\x85\\x9b\\x9f'],
    ['\u202eexe.txt\u202c', '\\u202eexe.txt\\u202c'],
    [
      '\u2066\u2067\u2068\u2069\u202a\u202b\u202d',
      '\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202d',
    ],
    ['a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ])('%j becomes %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('leaves letters of any script, spaces, quotes and backslashes as they are', () => {
    const text = 'Jane Doe — 한국어 Ünïcödé 日本 C:\\Users\\me "q" \'s\' %0A :: \u00a0end 😀';
    expect(printable(text)).toBe(text);
  });

  it('printableLines keeps the line breaks of a message of several lines, and only those', () => {
    expect(printableLines('no free port:\n  8001  PID 5 (\x1b[2J\r::error::x)')).toBe(
      'no free port:\n  8001  PID 5 (\\x1b[2J\\r::error::x)',
    );
  });

  it('is idempotent: printing what it printed changes nothing', () => {
    const once = printable('\x1b[2J\n::add-mask::x\u202e');
    expect(printable(once)).toBe(once);
  });
});

/** The name a hostile local user gives a process: a new line, a workflow command. */
const COMM = '\n::error::pwned';
/** And its command line: an escape sequence in the program's path, more in an argument. */
const PROGRAM = '\x1b[31mred\n::error::cmd';
const ARGUMENT = '\n::warning::argv\r\x1b]0;title\x07';

/** Starts a real process with that name and command line listening on `port`; its pid. */
async function hostileListener(port: number): Promise<number> {
  const dir = await tempDir('udo-hostile-');
  const program = join(dir, PROGRAM);
  symlinkSync(process.execPath, program);
  // Writing /proc/self/comm renames the process, as prctl(PR_SET_NAME) would.
  const script = `require('fs').writeFileSync('/proc/self/comm', ${JSON.stringify(COMM)});
    require('net').createServer().listen(${port}, '0.0.0.0', () => console.log('ready'));`;
  const child = spawn(program, ['-e', script, ARGUMENT], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise((ready, fail) => {
    child.stdout?.once('data', ready);
    child.once('exit', (code) => fail(new Error(`hostile listener exited ${code}`)));
  });
  return child.pid as number;
}

/**
 * What a terminal or a job log would be fed: no raw escape, carriage return or C1 control, no
 * line a runner would take for a workflow command other than `ours`, and the hostile name
 * shown, escaped.
 */
function expectSafe(output: string, ours: RegExp = /^$/) {
  for (const raw of ['\x1b', '\r', '\x9b', '\x07']) expect(output).not.toContain(raw);
  // The runner takes a line for a command after its leading whitespace.
  const commands = output.split('\n').filter((line) => line.trimStart().startsWith('::'));
  for (const line of commands) expect(line).toMatch(ours);
}

const leaseDir = () => tempDir('udo-port-leases-');
const oneLine = (run: Run) => run.stderr.trim().split('\n');

describe('a process named to attack the log', () => {
  // It renames itself through /proc/self/comm: Linux only, and said so rather than skipped.
  beforeAll(() => {
    if (process.platform !== 'linux') throw new Error('these tests need Linux (/proc/self/comm)');
  });
  const port = 27840;
  // How udo-port shows it: the program's name (its renamed thread's is no prefix of what it
  // runs, so it is not believed), then the command line, escaped and cut in the middle to 80
  // characters, keeping its end.
  const shown = (pid: number) =>
    new RegExp(
      `PID ${pid} \\(\\\\x1b\\[31mred\\\\n::error::cmd.*….* \\\\n::warning::argv\\\\r\\\\x1b\\]0;title\\\\x07\\)`,
    );
  let pid: number;
  let project: string;

  it('find --port names it, escaped', async () => {
    pid = await hostileListener(port);
    project = await exampleCopy();
    const run = await runCli('udo-port', ['find', '--port', String(port)], {
      env: { UDO_PORT_LEASE_DIR: await leaseDir() },
      cwd: project,
    });
    expect(run.code).toBe(1);
    expectSafe(run.stdout + run.stderr);
    expect(oneLine(run)).toEqual([
      expect.stringMatching(new RegExp(`^udo-port: port ${port} \\(from --port\\) is in use by `)),
    ]);
    expect(run.stderr).toMatch(shown(pid));
  });

  it('kill previews it escaped, and will not end it without a terminal or --yes', async () => {
    const run = await runCli('udo-port', ['kill', String(port)]);
    expect(run.code).toBe(2);
    expectSafe(run.stdout + run.stderr);
    expect(run.stdout).toMatch(new RegExp(`^udo-port: port ${port} is held by `));
    expect(run.stdout).toMatch(shown(pid));
    expect(run.stderr).toMatch(/not a terminal, so cannot ask; pass --yes/);
  });

  it('the doctor shows it escaped, for a person and as GitHub annotations', async () => {
    const args = ['--only', 'port.backend', '--port', String(port)];
    const env = { UDO_PORT_LEASE_DIR: await leaseDir(), NO_COLOR: '1' };
    const human = await runCli('udo-doctor', args, { cwd: project, env });
    expect(human.code).toBe(1);
    expectSafe(human.stdout + human.stderr);
    expect(human.stdout).toMatch(shown(pid));
    expect(human.stdout).toContain('process: \\x1b[31mred\\n::error::cmd');
    expect(human.stdout).toContain('\\n::warning::argv\\r\\x1b]0;title\\x07');

    const ci = await runCli('udo-doctor', args, {
      cwd: project,
      env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: project },
    });
    expectSafe(ci.stdout + ci.stderr, /^::error title=udo-doctor port\.backend::/);
    const [annotation, ...more] = workflowCommands(ci.stdout);
    expect(more).toEqual([]);
    expect(annotation?.message.split('\n')).toEqual([
      expect.stringMatching(shown(pid)),
      `fix: kill ${pid}`,
    ]);

    // JSON keeps what the lookup read, escaped only as JSON escapes it.
    const json = await runCli('udo-doctor', [...args, '--json'], {
      cwd: project,
      env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: project },
    });
    expectSafe(json.stdout + json.stderr, /^::error title=udo-doctor port\.backend::/);
    const holder = JSON.parse(json.stdout).checks[0].data.holder;
    expect(holder).toMatchObject({ pid, name: '\\x1b[31mred\\n::error::cmd' });
    expect(holder.command).toContain('\\n::warning::argv\\r\\x1b]0;title\\x07');
  });

  it('the action fails with one error annotation, the name escaped in it', async () => {
    const leases = await leaseDir();
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { port: String(port), range: '27840-27849' },
      { UDO_PORT_LEASE_DIR: leases },
    );
    expect(run.code).toBe(1);
    expectSafe(run.stdout + run.stderr, /^::error title=udo-port%3A no port::/);
    const [error, ...more] = workflowCommands(run.stdout);
    expect(more).toEqual([]);
    expect(error?.message).not.toContain('\n');
    expect(error?.message).toMatch(shown(pid));
    expect(readdirSync(leases)).toEqual([]);
  });
});

/** A lease file another user of the host wrote, every field of it hostile. */
function hostileLease(dir: string, port: number) {
  const lease = {
    port,
    id: 'x',
    pid: 4242,
    pidStartedAt: 0,
    hostname: '\n::error::host\x1b[2J',
    user: '\n::add-mask::user',
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    lifetime: 'ttl',
    purpose: '\n::error::purpose\r\x1b[1A',
    cwd: '/tmp/\n::stop-commands::token\u202e',
    ci: { runner: '\n::error::runner\x9b2J', runId: '1', runAttempt: '1', job: 'j' },
  };
  writeFileSync(join(dir, `${port}.json`), JSON.stringify(lease));
}

describe('a lease file written to attack the log', () => {
  const port = 27845;

  it('find names its holder escaped', async () => {
    const leases = await leaseDir();
    hostileLease(leases, port);
    const run = await runCli('udo-port', ['find', '--range', `${port}-${port}`], {
      env: { UDO_PORT_LEASE_DIR: leases },
      cwd: await exampleCopy(),
    });
    expect(run.code).toBe(1);
    expectSafe(run.stdout + run.stderr);
    expect(oneLine(run)).toEqual([
      `udo-port: no free port in ${port}-${port}; every port tried was refused:`,
      expect.stringMatching(
        /^ {2}27845 {2}leased by PID 4242 \(\\n::error::purpose\\r\\x1b\[1A\) in \/tmp\/\\n::stop-commands::token\\u202e, runner \\n::error::runner\\x9b2J, until /,
      ),
    ]);
  });

  it('the action fails with one error annotation, its lines escaped', async () => {
    const leases = await leaseDir();
    hostileLease(leases, port);
    const run = await runMain(
      await exampleCopy(),
      await newJob(),
      { range: `${port}-${port}` },
      { UDO_PORT_LEASE_DIR: leases },
    );
    expect(run.code).toBe(1);
    expectSafe(run.stdout + run.stderr, /^::error title=udo-port%3A no port::/);
    const [error, ...more] = workflowCommands(run.stdout);
    expect(more).toEqual([]);
    expect(error?.message.split('\n')).toEqual([
      `no free port in ${port}-${port}; every port tried was refused:`,
      expect.stringContaining('leased by PID 4242 (\\n::error::purpose\\r\\x1b[1A)'),
    ]);
  });

  it('the doctor shows it escaped', async () => {
    const leases = await leaseDir();
    hostileLease(leases, port);
    const project = await exampleCopy();
    const args = ['--only', 'leases', '--verbose', '--port', String(port)];
    const env = { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' };
    const human = await runCli('udo-doctor', args, { cwd: project, env });
    expectSafe(human.stdout + human.stderr);
    expect(human.stdout).toContain(`${port} live: PID 4242 (\\n::error::purpose\\r\\x1b[1A)`);
    const ci = await runCli('udo-doctor', args, {
      cwd: project,
      env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: project },
    });
    expectSafe(ci.stdout + ci.stderr);
  });
});
