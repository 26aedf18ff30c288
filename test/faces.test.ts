// The faces in-process, over whole projects: udo-doctor's main(argv) on a project in use, and
// udo-port start with a backend that ends by itself. The assertions are those a user reads.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { cleanup, listen, tempDir } from './helpers.js';
import { runCli } from './in-process.js';
import { projectWithVenv } from './start-helpers.js';

// This file's ports: 27300-27349. Every run has its own lease folder.
afterAll(cleanup);

const leases = () => tempDir('udo-faces-leases-');
const doctor = async (cwd: string, args: string[], env: Record<string, string> = {}) =>
  runCli('udo-doctor', ['--range', '27300-27309', '--default-port', '27300', ...args], {
    cwd,
    env: { UDO_PORT_LEASE_DIR: await leases(), NO_COLOR: '1', ...env },
  });

interface Report {
  summary: { errors: number; warnings: number; passed: number; skipped: number };
  checks: { id: string; status: string }[];
  fixes?: { id: string; applied: boolean }[];
}
const status = (stdout: string, id: string) =>
  (JSON.parse(stdout) as Report).checks.find((check) => check.id === id)?.status;

describe('udo-doctor in-process', () => {
  it('help, version, the list of checks, and bad usage', async () => {
    const project = await projectWithVenv();
    expect(await doctor(project, ['--help'])).toMatchObject({ code: 0, stderr: '' });
    expect((await doctor(project, ['--version'])).stdout).toBe(`${pkg.version}\n`);
    const list = await doctor(project, ['--list-checks']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/venv/);
    const bad = await doctor(project, ['--dry-run']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('udo-doctor: --dry-run: only with --fix\n');
    const nowhere = await doctor(await tempDir('not-a-project-'), []);
    expect(nowhere.code).toBe(2);
  });

  it('a project in use: a wrong .env.local, a tracked backend/.env, a held port; --fix mends', async () => {
    const project = await projectWithVenv();
    writeFileSync(join(project, 'backend', '.env'), 'API_PORT=27301\nSECRET_KEY=hunter2\n');
    writeFileSync(
      join(project, 'web-dashboard', '.env.local'),
      'NEXT_PUBLIC_API_URL=http://localhost:27309\n',
    );
    const git = (...args: string[]) => execFileSync('git', args, { cwd: project, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-f', 'backend/.env');
    const holder = await listen(27301);

    const json = await doctor(project, ['--json']);
    expect(json.code).toBe(1);
    expect(status(json.stdout, 'web.api-url')).toBe('error');
    expect(json.stdout).not.toContain('hunter2');
    const human = await doctor(project, ['--verbose']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(`PID ${holder.pid}`);
    expect(human.stdout).not.toContain('hunter2');
    const ci = await doctor(project, [], { GITHUB_ACTIONS: 'true' });
    expect(ci.stdout).toMatch(/^::error /m);

    const dry = await doctor(project, ['--fix', '--dry-run', '--json']);
    expect((JSON.parse(dry.stdout) as Report).fixes?.every((fix) => !fix.applied)).toBe(true);
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain('27309');
    await holder.stop();
    const fixed = await doctor(project, ['--fix']);
    expect(fixed.stdout).not.toContain('hunter2');
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toBe(
      'NEXT_PUBLIC_API_URL=http://localhost:27301\n',
    );
    const only = await doctor(project, ['--only', 'web', '--json']);
    expect(status(only.stdout, 'web.api-url')).toBe('pass');
    expect((await doctor(project, ['--skip', 'git,leases', '--strict'])).code).toBeTypeOf('number');
  });
});

describe('udo-port start in-process', () => {
  it('a backend that listens, then ends: .env.local points at it, and start exits as it did', async () => {
    const project = await projectWithVenv();
    const script =
      'import os, socket, time\ns = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.bind(("0.0.0.0", int(os.environ["API_PORT"]))); s.listen()\nprint("up", flush=True)\ntime.sleep(1.5)\nexit(4)';
    const run = await runCli(
      'udo-port',
      [
        'start',
        '--default-port',
        '27320',
        '--range',
        '27320-27329',
        '--',
        '/usr/bin/python3',
        '-c',
        script,
      ],
      { cwd: project, env: { UDO_PORT_LEASE_DIR: await leases() } },
    );
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('http://localhost:27320');
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      'NEXT_PUBLIC_API_URL=http://localhost:27320',
    );
  });
});
