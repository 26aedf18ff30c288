// The users' stories for `udo-port` itself (issue: "The users' stories, end to end"), each as the
// user met it: real uvicorn backends in real venvs, the built bundle run as a user runs it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleCheckout, ROOT, tempDir } from './helpers.js';
import { runCli } from './in-process.js';
import { projectWithVenv, startIn } from './start-helpers.js';

// This file's ports: 28600-28699.
afterAll(cleanup);

const leaseDir = () => tempDir('udo-port-leases-');

describe('a new checkout', () => {
  it('the example tracks no .env nor .env.local; start creates .env.local', async () => {
    const tracked = execFileSync('git', ['ls-files', 'examples/udo-platform'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(tracked.split('\n').filter((f) => /\/\.env(\.local)?$/.test(f))).toEqual([]);
    const project = await exampleCheckout();
    execFileSync('/usr/bin/python3', [
      '-m',
      'venv',
      '--system-site-packages',
      '--without-pip',
      join(project, '.venv'),
    ]);
    const envLocal = join(project, 'web-dashboard', '.env.local');
    expect(existsSync(envLocal)).toBe(false);
    const started = startIn(project, ['--default-port', '28600', '--range', '28600-28609'], {
      UDO_PORT_LEASE_DIR: await leaseDir(),
    });
    await started.waitFor(/NEXT_PUBLIC_API_URL=http:\/\/localhost:28600/);
    expect(readFileSync(envLocal, 'utf8')).toBe('NEXT_PUBLIC_API_URL=http://localhost:28600\n');
    started.child.kill('SIGINT');
    expect(await started.exit).toBe(0);
  });

  it('find --write-env-local creates .env.local too', async () => {
    const project = await exampleCheckout();
    const run = await runCli(
      'udo-port',
      ['find', '--write-env-local', '--default-port', '28610', '--range', '28610-28619'],
      { cwd: project, env: { UDO_PORT_LEASE_DIR: await leaseDir() } },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toBe(
      `NEXT_PUBLIC_API_URL=http://localhost:${run.stdout.trim()}\n`,
    );
  });
});

describe('start, where the pieces meet', () => {
  it('a backend slower than --wait: start keeps watching and points .env.local at it when it listens', async () => {
    const project = await exampleCheckout();
    // Listens only after 2.5 s, past a 1 s --wait.
    const slow = `import socket, time\ntime.sleep(2.5)\ns = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.bind(("0.0.0.0", 28620)); s.listen()\nprint("up", flush=True)\ntime.sleep(60)`;
    const started = startIn(
      project,
      ['--port', '28620', '--wait', '1', '--', '/usr/bin/python3', '-c', slow],
      { UDO_PORT_LEASE_DIR: await leaseDir() },
    );
    await started.waitFor(/nothing listens on port 28620 after 1s; still waiting/);
    await started.waitFor(/NEXT_PUBLIC_API_URL=http:\/\/localhost:28620/);
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://localhost:28620',
    );
    started.child.kill('SIGTERM');
    await started.exit;
  });

  it('an override that wins is named: the shell, and .env.development.local with its line', async () => {
    const project = await projectWithVenv();
    writeFileSync(
      join(project, 'web-dashboard', '.env.development.local'),
      '# mine\nNEXT_PUBLIC_API_URL=http://localhost:9999\n',
    );
    const fromFile = startIn(project, ['--default-port', '28630', '--range', '28630-28639'], {
      UDO_PORT_LEASE_DIR: await leaseDir(),
    });
    await fromFile.waitFor(/wins/);
    expect(fromFile.output()).toMatch(
      /web-dashboard\/\.env\.local now says NEXT_PUBLIC_API_URL=http:\/\/localhost:28630, but web-dashboard\/\.env\.development\.local:2 sets http:\/\/localhost:9999, which wins: the frontend still calls http:\/\/localhost:9999; remove NEXT_PUBLIC_API_URL from web-dashboard\/\.env\.development\.local \(line 2\)/,
    );
    fromFile.child.kill('SIGINT');
    await fromFile.exit;

    const shell = startIn(project, ['--default-port', '28630', '--range', '28630-28639'], {
      UDO_PORT_LEASE_DIR: await leaseDir(),
      NEXT_PUBLIC_API_URL: 'http://localhost:7777',
    });
    await shell.waitFor(/wins/);
    expect(shell.output()).toMatch(
      /but your shell sets http:\/\/localhost:7777, which wins: .*; unset NEXT_PUBLIC_API_URL/,
    );
    shell.child.kill('SIGINT');
    await shell.exit;
  });

  it('uvicorn missing from the venv: exit 2 before anything is leased, with the install command', async () => {
    const project = await exampleCheckout();
    // A venv that does not see Debian's packages: no uvicorn in it.
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(project, '.venv')]);
    const leases = await leaseDir();
    const run = await runCli('udo-port', ['start', '--default-port', '28640'], {
      cwd: project,
      env: { UDO_PORT_LEASE_DIR: leases },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'udo-port: --venv: uvicorn is not installed in .venv; install it with: .venv/bin/python -m pip install uvicorn fastapi\n',
    );
    expect(existsSync(join(project, 'web-dashboard', '.env.local'))).toBe(false);
  });

  it('a backend that exits before listening, with 3 or with 0, gets a line of its own', async () => {
    const project = await exampleCheckout();
    for (const code of [3, 0]) {
      const started = startIn(
        project,
        ['--default-port', '28650', '--', '/usr/bin/python3', '-c', `print("bye"); exit(${code})`],
        { UDO_PORT_LEASE_DIR: await leaseDir() },
      );
      expect(await started.exit).toBe(code);
      expect(started.output()).toContain(
        `udo-port: the backend exited with code ${code} before it listened on port 28650; its output, if any, is above`,
      );
    }
  });

  it('a command that does not exist is an error, exit 127', async () => {
    const project = await exampleCheckout();
    const started = startIn(project, ['--default-port', '28655', '--', 'nosuchcmd-udo'], {
      UDO_PORT_LEASE_DIR: await leaseDir(),
    });
    expect(await started.exit).toBe(127);
    expect(started.output()).toContain(
      'udo-port: could not run nosuchcmd-udo: no such command (is it installed, and on PATH?)',
    );
    expect(started.output()).not.toContain('warning');
  });

  it('a second start in the same project is refused, naming the first; --replace takes over', async () => {
    const project = await projectWithVenv();
    const leases = await leaseDir();
    const args = ['--default-port', '28660', '--range', '28660-28669'];
    const first = startIn(project, args, { UDO_PORT_LEASE_DIR: leases });
    await first.waitFor(/NEXT_PUBLIC_API_URL=/);
    const second = await runCli('udo-port', ['start', ...args], {
      cwd: join(project, 'backend'), // from a subfolder: the same project
      env: { UDO_PORT_LEASE_DIR: leases },
    });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^udo-port: this project's backend already runs: port 28660 \\(http://localhost:28660\\), run by udo-port start PID ${first.child.pid} since \\S+; stop it \\(Ctrl\\+C where it runs, or udo-port kill 28660\\), or pass --replace\\n$`,
      ),
    );
    const third = startIn(project, [...args, '--replace'], { UDO_PORT_LEASE_DIR: leases });
    await third.waitFor(/NEXT_PUBLIC_API_URL=http:\/\/localhost:28660/);
    expect(await first.exit).toBe(0);
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain(':28660');
    third.child.kill('SIGINT');
    await third.exit;
  });

  it('list shows the running backends: port, URL, PID, folder, since; --json too', async () => {
    const project = await projectWithVenv();
    const leases = await leaseDir();
    const started = startIn(project, ['--default-port', '28670', '--range', '28670-28679'], {
      UDO_PORT_LEASE_DIR: leases,
    });
    await started.waitFor(/backend listening/);
    const human = await runCli('udo-port', ['list'], { env: { UDO_PORT_LEASE_DIR: leases } });
    const lines = human.stdout.split('\n');
    expect(lines[0]).toBe('backends run by udo-port start:');
    const [header = '', row = ''] = lines.slice(1);
    expect(header).toMatch(/^ {2}PORT +URL +PROCESS +FOLDER +SINCE$/);
    expect(row).toMatch(
      new RegExp(`^ {2}28670 +http://localhost:28670 +PID \\d+ +${project} +since \\S+$`),
    );
    // Aligned: each value starts where its heading does.
    for (const [heading, value] of [
      ['URL', 'http'],
      ['PROCESS', 'PID'],
      ['FOLDER', project],
      ['SINCE', 'since'],
    ]) {
      expect(row.indexOf(value as string)).toBe(header.indexOf(heading as string));
    }
    const json = JSON.parse(
      (await runCli('udo-port', ['list', '--json'], { env: { UDO_PORT_LEASE_DIR: leases } }))
        .stdout,
    );
    expect(json.backends).toEqual([
      {
        port: 28670,
        url: 'http://localhost:28670',
        pid: expect.any(Number),
        startPid: started.child.pid,
        cwd: project,
        since: expect.any(String),
      },
    ]);
    started.child.kill('SIGINT');
    await started.exit;
  });
});

describe('a start that died without ending its backend', () => {
  it('the next start and the doctor name the backend it left running, and how to end it', async () => {
    const project = await projectWithVenv();
    const leases = await leaseDir();
    const args = ['--default-port', '28680', '--range', '28680-28689'];
    const first = startIn(project, args, { UDO_PORT_LEASE_DIR: leases });
    await first.waitFor(/backend listening on http:\/\/localhost:28680/);
    // Where no watchdog runs (Windows), killing start leaves its backend: here, the watchdog
    // goes first so that start's death is not seen.
    const watchdog = Number(
      execFileSync('pgrep', ['-f', `^udo-port watchdog of PID ${first.child.pid}$`], {
        encoding: 'utf8',
      }).trim(),
    );
    process.kill(watchdog, 'SIGKILL');
    // 'exit', not 'close': the backend left running keeps start's pipes open.
    const died = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await died;
    const backend = Number(
      execFileSync('pgrep', ['-f', 'uvicorn backend.main:app --host 0.0.0.0 --port 28680'], {
        encoding: 'utf8',
      }).trim(),
    );
    try {
      const doctor = await runCli(
        'udo-doctor',
        ['--port', '28680', '--range', '28680-28689', '--only', 'port.backend', '--json'],
        { cwd: project, env: { UDO_PORT_LEASE_DIR: leases } },
      );
      const [check] = JSON.parse(doctor.stdout).checks;
      expect(check.details).toContain(
        `it was left running by udo-port start PID ${first.child.pid} in ${project}, which has ended without ending it`,
      );
      expect(check).toMatchObject({ status: 'warn', remedy: `kill ${backend}` });
      const second = startIn(project, args, { UDO_PORT_LEASE_DIR: leases });
      await second.waitFor(/backend listening on http:\/\/localhost:28681/);
      expect(second.output()).toContain(`port 28680 is still held by PID ${backend} (python`);
      expect(second.output()).toMatch(
        new RegExp(
          `the backend a udo-port start \\(PID ${first.child.pid}\\) left running when it ended; end it with: kill ${backend}`,
        ),
      );
      second.child.kill('SIGINT');
      await second.exit;
    } finally {
      process.kill(-backend, 'SIGKILL');
    }
  });
});

describe('help that helps', () => {
  it('start --help, help start and kill -h print that command, not the global help', async () => {
    for (const args of [
      ['start', '--help'],
      ['help', 'start'],
    ]) {
      const run = await runCli('udo-port', args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^udo-port start \[options\] \[-- cmd\]: run the backend/);
      expect(run.stdout).toContain('--replace');
      expect(run.stdout).not.toContain('--hold');
    }
    const typo = await runCli('udo-port', ['strat']);
    expect(typo).toMatchObject({
      code: 2,
      stderr:
        'udo-port: unknown command "strat" (did you mean start? expected init, dev, start, find, list, release, kill, url)\n',
    });
    const kill = await runCli('udo-port', ['kill', '-h']);
    expect(kill.stdout).toMatch(/^udo-port kill PORT \[--yes\]: end the process/);
    expect(kill.stdout).not.toContain('--port N');
  });
});
