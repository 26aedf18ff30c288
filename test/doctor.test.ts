import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleCopy, listen, type Run, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

// This file's ports: 27600-27699. Every run has its own lease folder.
const children: ChildProcess[] = [];
afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGKILL');
        }),
    ),
  );
  await cleanup();
});

interface Check {
  id: string;
  status: string;
  message: string;
  details: string[];
  remedy: string | null;
  fixable: boolean;
  file: string | null;
  line: number | null;
  data: Record<string, unknown>;
}
interface Report {
  schemaVersion: number;
  summary: { errors: number; warnings: number; passed: number; skipped: number };
  checks: Check[];
  fixes?: { id: string; change: string; applied: boolean }[];
}

const doctor = async (cwd: string, args: string[], env: Record<string, string> = {}) =>
  runCli('udo-doctor', args, {
    cwd,
    env: { UDO_PORT_LEASE_DIR: await tempDir('udo-doctor-leases-'), NO_COLOR: '1', ...env },
  });

const report = (run: Run): Report => JSON.parse(run.stdout) as Report;
const check = (run: Run, id: string): Check => {
  const found = report(run).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in ${run.stdout}${run.stderr}`);
  return found;
};

function makeVenv(dir: string): void {
  // Debian's uvicorn and fastapi through the system site-packages; no PyPI here, so no pip.
  execFileSync('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '--without-pip', dir]);
}

/** The example project as a user has it once set up: a venv, backend/.env, the URL on `port`. */
async function healthyProject(port: number, options: { venv?: boolean; env?: boolean } = {}) {
  const project = await exampleCopy();
  if (options.venv !== false) makeVenv(join(project, '.venv'));
  if (options.env !== false) {
    copyFileSync(join(project, 'backend', '.env.example'), join(project, 'backend', '.env'));
  }
  const local = join(project, 'web-dashboard', '.env.local');
  writeFileSync(local, readFileSync(local, 'utf8').replace(':8001', `:${port}`));
  return project;
}

/** A child process, resolved once it prints `ready` on stdout or stderr; killed after the file. */
function started(command: string, args: string[], ready: RegExp, cwd?: string) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise<ChildProcess>((resolve, reject) => {
    let seen = '';
    const look = (chunk: Buffer) => {
      seen += chunk;
      if (ready.test(seen)) resolve(child);
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => reject(new Error(`${command} exited ${code}: ${seen}`)));
  });
}

const range = (from: number) => ['--port', String(from), '--range', `${from}-${from + 4}`];

describe('a healthy project', () => {
  it('exits 0 with a one-line all-clear; JSON finds uvicorn and fastapi with versions', async () => {
    const project = await healthyProject(27600);
    const run = await doctor(project, range(27600));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      expect.stringMatching(
        /^✓ all clear: \d+ passed, \d+ skipped in \. \(backend port 27600, NEXT_PUBLIC_API_URL=http:\/\/localhost:27600\)$/,
      ),
      '',
    ]);
    const json = await doctor(project, [...range(27600), '--json']);
    expect(json.code).toBe(0);
    expect(report(json).summary).toMatchObject({ errors: 0, warnings: 0 });
    const versions = check(json, 'venv.uvicorn').data.versions as Record<string, string>;
    expect(versions.uvicorn).toMatch(/^\d+\.\d+/);
    expect(versions.fastapi).toMatch(/^\d+\.\d+/);
    expect(report(json).checks.map((c) => c.id)).toEqual([
      'venv.present',
      'venv.platform',
      'venv.base',
      'venv.uvicorn',
      'env.backend',
      'env.port',
      'env.syntax',
      'port.backend',
      'port.range',
      'port.windows-excluded',
      'port.ipv6-shadow',
      'web.api-url',
      'web.api-url-source',
      'web.stale',
      'web.dev-proxy',
      'compose.file',
      'compose.backend-port',
      'compose.web-api-url',
      'compose.port-clash',
      'git.env-files',
      'leases',
    ]);
  });

  it('--verbose lists every check grouped by area', async () => {
    const project = await healthyProject(27605);
    const run = await doctor(project, [...range(27605), '--verbose']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('udo-doctor: .');
    for (const area of ['venv', 'env', 'port', 'web', 'git', 'leases'])
      expect(lines).toContain(area);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}✓ venv\.uvicorn +uvicorn \S+, fastapi \S+$/),
    );
    expect(lines.at(-2)).toMatch(/^0 errors, 0 warnings, \d+ passed, \d+ skipped$/);
  });
});

describe('venv', () => {
  it('missing: an error with the commands that make it', async () => {
    const project = await healthyProject(27610, { venv: false });
    const run = await doctor(project, [...range(27610), '--json']);
    expect(run.code).toBe(1);
    expect(check(run, 'venv.present')).toMatchObject({
      status: 'error',
      message: 'no virtualenv at .venv',
      remedy: 'python3 -m venv .venv\n.venv/bin/python -m pip install uvicorn fastapi',
    });
    expect(check(run, 'venv.uvicorn').status).toBe('skip');
  });

  it('pyvenv.cfg names a Python that is gone: venv.base points at the line', async () => {
    const project = await healthyProject(27611);
    const cfg = join(project, '.venv', 'pyvenv.cfg');
    writeFileSync(
      cfg,
      readFileSync(cfg, 'utf8')
        .replace(/^home = .*$/m, 'home = /opt/gone/bin')
        .replace(/^executable = .*$/m, 'executable = /opt/gone/bin/python3.11'),
    );
    const run = await doctor(project, [...range(27611), '--json']);
    expect(run.code).toBe(1);
    const base = check(run, 'venv.base');
    expect(base).toMatchObject({
      status: 'error',
      message: '.venv points at a Python that is gone: /opt/gone/bin/python3.11',
      remedy:
        'python3 -m venv --clear --system-site-packages .venv\n.venv/bin/python -m pip install uvicorn fastapi',
      file: cfg,
    });
    const lines = readFileSync(cfg, 'utf8').split('\n');
    expect(lines[(base.line as number) - 1]).toBe('executable = /opt/gone/bin/python3.11');
    expect(check(run, 'venv.present').status).toBe('pass');
  });

  it('a dangling interpreter link is named with its target', async () => {
    const project = await healthyProject(27612);
    const python = join(project, '.venv', 'bin', 'python');
    rmSync(python);
    execFileSync('ln', ['-s', '/opt/gone/python3', python]);
    const run = await doctor(project, [...range(27612), '--json']);
    expect(check(run, 'venv.base')).toMatchObject({
      status: 'error',
      message: '.venv points at a Python that is gone: /opt/gone/python3',
    });
  });

  it('made on Windows (only Scripts\\): venv.platform, and the others do not repeat it', async () => {
    const project = await healthyProject(27613, { venv: false });
    mkdirSync(join(project, '.venv', 'Scripts'), { recursive: true });
    writeFileSync(join(project, '.venv', 'Scripts', 'python.exe'), '');
    writeFileSync(
      join(project, '.venv', 'pyvenv.cfg'),
      'home = C:\\Python312\r\nversion = 3.12.1\r\n',
    );
    const run = await doctor(project, [...range(27613), '--json', '--only', 'venv']);
    expect(run.code).toBe(1);
    expect(check(run, 'venv.platform')).toMatchObject({
      status: 'error',
      message: '.venv was made on Windows: it has only Scripts\\, and this OS needs bin/',
      remedy: 'python3 -m venv --clear .venv\n.venv/bin/python -m pip install uvicorn fastapi',
    });
    expect(report(run).summary).toEqual({ errors: 1, warnings: 0, passed: 0, skipped: 3 });
  });

  it('uvicorn missing from a venv without the system packages', async () => {
    const project = await healthyProject(27614, { venv: false });
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(project, '.venv')]);
    const run = await doctor(project, [...range(27614), '--json']);
    expect(check(run, 'venv.uvicorn')).toMatchObject({
      status: 'error',
      message: 'uvicorn and fastapi are not installed in .venv',
      remedy: '.venv/bin/python -m pip install uvicorn fastapi',
    });
  });
});

describe('ports', () => {
  it('a foreign process on the port: its PID, name, command, and the command that ends it', async () => {
    const project = await healthyProject(27620);
    const holder = await started(
      '/usr/bin/python3',
      ['-u', '-m', 'http.server', '27620', '--bind', '0.0.0.0'],
      /Serving HTTP/,
      project,
    );
    const run = await doctor(project, [...range(27620), '--json']);
    expect(run.code).toBe(1);
    const backend = check(run, 'port.backend');
    expect(backend).toMatchObject({
      status: 'error',
      remedy: `kill ${holder.pid}`,
      data: { port: 27620, state: 'foreign', holder: { pid: holder.pid } },
    });
    expect(backend.message).toContain(
      `port 27620 (from --port) is held by PID ${holder.pid} (python`,
    );
    expect((backend.data.holder as { name: string }).name).toMatch(/python/);
    expect((backend.data.holder as { command: string }).command).toContain('http.server 27620');
    expect(check(run, 'port.range')).toMatchObject({
      status: 'pass',
      message: '27620-27624: 4 of 5 free, 1 held',
    });
    const human = await doctor(project, range(27620));
    expect(human.stdout).toContain(`fix: kill ${holder.pid}`);
  });

  it('a listener on ::1 only: localhost reaches it (port.ipv6-shadow), though the bind would succeed', async () => {
    const project = await healthyProject(27630);
    const shadow = await listen(27630, '::1');
    const run = await doctor(project, [...range(27630), '--json']);
    expect(run.code).toBe(1);
    expect(check(run, 'port.backend')).toMatchObject({ status: 'pass' });
    const ipv6 = check(run, 'port.ipv6-shadow');
    expect(ipv6).toMatchObject({ status: 'error', remedy: `kill ${shadow.pid}` });
    expect(ipv6.message).toMatch(
      new RegExp(`^localhost:27630 reaches PID ${shadow.pid} \\(node.*\\) on ::1`),
    );
  });

  it('our own uvicorn is recognised; the same app from another checkout is not', async () => {
    const project = await healthyProject(27640);
    const uvicorn = await started(
      join(project, '.venv', 'bin', 'python'),
      ['-m', 'uvicorn', 'backend.main:app', '--host', '127.0.0.1', '--port', '27640'],
      /Uvicorn running/,
      project,
    );
    const ours = await doctor(project, [...range(27640), '--json']);
    expect(ours.code).toBe(0);
    expect(check(ours, 'port.backend')).toMatchObject({
      status: 'pass',
      data: { state: 'ours', holder: { pid: uvicorn.pid } },
    });

    // Configured for 27641 while it runs on 27640: the frontend must follow the running one.
    const moved = await doctor(project, [...range(27641), '--json']);
    expect(check(moved, 'port.backend').message).toBe(
      `port 27641 (from --port) is free; our backend runs on port 27640 (PID ${uvicorn.pid})`,
    );
    expect(check(moved, 'web.api-url')).toMatchObject({ status: 'pass' });

    // Another checkout, with the port pinned by --port: udo-port start would fail there, and the
    // remedy lets it move on; ending the other checkout's backend is never the remedy.
    const other = await healthyProject(27640);
    const pinned = await doctor(other, [...range(27640), '--json']);
    expect(pinned.code).toBe(1);
    const backend = check(pinned, 'port.backend');
    expect(backend).toMatchObject({
      status: 'error',
      message: `port 27640 (from --port) is pinned, and another checkout's backend, PID ${uvicorn.pid} in ${project} holds it: udo-port start will fail`,
      remedy: 'npx udo-port start --port 27640 --range 27640-27644 --no-strict',
      data: { state: 'other-checkout' },
    });
    expect(backend.details).toContain(
      'it runs backend.main:app from another folder: another checkout of this project, left running',
    );
    expect(backend.details).toContain(`folder: ${project}`);
  });

  it('port.range counts live leases and stale ones; leases reports the stale', async () => {
    const project = await healthyProject(27650);
    const leaseDir = await tempDir('udo-doctor-leases-');
    const lease = (port: number, pid: number) => ({
      port,
      id: `id-${port}`,
      pid,
      pidStartedAt: 0,
      hostname: hostname(),
      user: 'someone',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      lifetime: 'ttl',
      purpose: 'udo-port find',
    });
    writeFileSync(join(leaseDir, '27651.json'), JSON.stringify(lease(27651, process.pid)));
    writeFileSync(
      join(leaseDir, '27652.json'),
      JSON.stringify({
        ...lease(27652, 999_999),
        lifetime: 'owner',
        expiresAt: new Date(Date.now() - 1000).toISOString(),
      }),
    );
    const run = await doctor(project, [...range(27650), '--json'], {
      UDO_PORT_LEASE_DIR: leaseDir,
    });
    expect(check(run, 'port.range').message).toBe('27650-27654: 4 of 5 free, 1 leased');
    // Stale leases are taken over when wanted: information, not a finding, even with --strict.
    expect(check(run, 'leases')).toMatchObject({
      status: 'pass',
      message: `1 live lease and 1 stale (27652, taken over when wanted) in ${leaseDir}`,
      remedy: null,
    });
    expect(run.code).toBe(0);
    expect(
      (await doctor(project, [...range(27650), '--strict'], { UDO_PORT_LEASE_DIR: leaseDir })).code,
    ).toBe(0);
    // Read only: both lease files are still there.
    expect(
      existsSync(join(leaseDir, '27651.json')) && existsSync(join(leaseDir, '27652.json')),
    ).toBe(true);
  });
});

describe('env', () => {
  it('API_PORT=abc in the environment: an env.port error naming the value, exit 1, not bad usage', async () => {
    const project = await healthyProject(27660);
    const run = await doctor(project, ['--range', '27660-27664', '--json'], { API_PORT: 'abc' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(check(run, 'env.port')).toMatchObject({
      status: 'error',
      message: 'API_PORT: "abc" is not a port (expected a whole number from 1 to 65535)',
      remedy: 'unset API_PORT',
    });
    expect(check(run, 'port.backend').status).toBe('skip');
  });

  it('API_PORT=abc in backend/.env: the error points at the file and line', async () => {
    const project = await healthyProject(27661);
    const env = join(project, 'backend', '.env');
    writeFileSync(env, '# settings\nAPI_PORT=abc\n');
    const run = await doctor(project, ['--range', '27661-27664', '--json']);
    expect(run.code).toBe(1);
    expect(check(run, 'env.port')).toMatchObject({
      status: 'error',
      message: expect.stringContaining('API_PORT in backend/.env: "abc" is not a port'),
      file: env,
      line: 2,
    });
  });

  it('keys of the template missing or empty in backend/.env, by name only', async () => {
    const project = await healthyProject(27662);
    writeFileSync(
      join(project, 'backend', '.env.example'),
      'API_PORT=8001\nSECRET_KEY=\nDB_URL=sqlite://x\n',
    );
    writeFileSync(join(project, 'backend', '.env'), 'API_PORT=27662\nSECRET_KEY=\n');
    const run = await doctor(project, ['--range', '27662-27664', '--json']);
    expect(check(run, 'env.backend')).toMatchObject({
      status: 'warn',
      message:
        'backend/.env lacks DB_URL and leaves SECRET_KEY empty (keys of backend/.env.example)',
      data: { missing: ['DB_URL'], empty: ['SECRET_KEY'] },
    });
  });

  it('syntax: duplicates, stray lines and spaces around =, with file and line', async () => {
    const project = await healthyProject(27663);
    writeFileSync(
      join(project, 'backend', '.env'),
      'API_PORT=27663\nAPI_HOST = 0.0.0.0\nAPI_PORT=27663\noops\n',
    );
    const run = await doctor(project, ['--range', '27663-27664', '--json', '--only', 'env.syntax']);
    const syntax = check(run, 'env.syntax');
    expect(syntax.status).toBe('warn');
    expect(syntax.details).toEqual([
      "backend/.env:2: spaces around '=' in API_HOST (shells and Docker do not read them)",
      'backend/.env:3: API_PORT is set again (first on line 1); dotenv keeps this one',
      'backend/.env:4: not a KEY=value line; dotenv ignores it',
    ]);
    expect(run.code).toBe(0);
  });

  it('a missing backend/.env: a warning; --fix copies the example, and never overwrites', async () => {
    const project = await healthyProject(27665, { env: false });
    const env = join(project, 'backend', '.env');
    const first = await doctor(project, [...range(27665), '--json']);
    expect(check(first, 'env.backend')).toMatchObject({
      status: 'warn',
      remedy: 'cp -n backend/.env.example backend/.env',
      fixable: true,
    });
    const fixed = await doctor(project, [...range(27665), '--fix']);
    expect(fixed.stdout).toContain(
      'fixed env.backend: copied backend/.env.example to backend/.env',
    );
    expect(readFileSync(env, 'utf8')).toBe(readFileSync(`${env}.example`, 'utf8'));
    writeFileSync(env, 'API_PORT=27665\nSECRET_KEY=mine\n');
    const again = await doctor(project, [...range(27665), '--fix']);
    expect(again.stdout).not.toContain('fixed env.backend');
    expect(readFileSync(env, 'utf8')).toBe('API_PORT=27665\nSECRET_KEY=mine\n');
  });
});

describe('web', () => {
  it('.env.local on the wrong port: exit 1; --dry-run changes nothing; --fix keeps every other byte; then exit 0', async () => {
    const project = await healthyProject(27670);
    const local = join(project, 'web-dashboard', '.env.local');
    const before =
      '\uFEFF# the API\r\nexport NEXT_PUBLIC_API_URL="http://localhost:8001/api" # note\r\nNEXT_PUBLIC_APP_NAME=UDO\r\n';
    writeFileSync(local, before);
    const broken = await doctor(project, [...range(27670), '--json']);
    expect(broken.code).toBe(1);
    expect(check(broken, 'web.api-url')).toMatchObject({
      status: 'error',
      message:
        "NEXT_PUBLIC_API_URL=http://localhost:8001/api (web-dashboard/.env.local:2) points at port 8001, but the backend's port is 27670 (from --port)",
      remedy: 'npx udo-doctor --port 27670 --range 27670-27674 --fix',
      fixable: true,
      file: local,
      line: 2,
    });

    const dry = await doctor(project, [...range(27670), '--fix', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stdout.split('\n')[0]).toBe(
      'would set NEXT_PUBLIC_API_URL=http://localhost:27670/api in web-dashboard/.env.local (web.api-url)',
    );
    expect(readFileSync(local, 'utf8')).toBe(before);

    const fixed = await doctor(project, [...range(27670), '--fix']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain(
      'fixed web.api-url: updated web-dashboard/.env.local:2: NEXT_PUBLIC_API_URL=http://localhost:27670/api',
    );
    expect(readFileSync(local, 'utf8')).toBe(before.replace(':8001/', ':27670/'));
    const after = await doctor(project, range(27670));
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^✓ all clear/);
  });

  it('NEXT_PUBLIC_API_URL set in the shell overrides the file: web.api-url-source says so', async () => {
    const project = await healthyProject(27675);
    const run = await doctor(project, [...range(27675), '--json'], {
      NEXT_PUBLIC_API_URL: 'http://localhost:27679',
    });
    expect(run.code).toBe(1);
    expect(check(run, 'web.api-url-source')).toMatchObject({
      status: 'warn',
      message:
        "the shell's NEXT_PUBLIC_API_URL=http://localhost:27679 wins over web-dashboard/.env.local's http://localhost:27675: editing web-dashboard/.env.local will not help",
      remedy: 'unset NEXT_PUBLIC_API_URL',
    });
    expect(check(run, 'web.api-url')).toMatchObject({
      status: 'error',
      fixable: false,
      remedy: 'unset NEXT_PUBLIC_API_URL',
    });
    // --fix cannot help, so it leaves the file alone.
    const local = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(local, 'utf8');
    await doctor(project, [...range(27675), '--fix'], {
      NEXT_PUBLIC_API_URL: 'http://localhost:27679',
    });
    expect(readFileSync(local, 'utf8')).toBe(before);
  });

  it('.env.development.local wins over .env.local', async () => {
    const project = await healthyProject(27676);
    writeFileSync(
      join(project, 'web-dashboard', '.env.development.local'),
      '# mine\nNEXT_PUBLIC_API_URL=http://localhost:27677\n',
    );
    const run = await doctor(project, [...range(27676), '--json']);
    expect(check(run, 'web.api-url-source')).toMatchObject({
      status: 'warn',
      line: 2,
      file: join(project, 'web-dashboard', '.env.development.local'),
    });
    expect(check(run, 'web.api-url')).toMatchObject({ status: 'error', fixable: false });
  });

  it('a .next build older than .env.local: rebuild, then start', async () => {
    const project = await healthyProject(27678);
    mkdirSync(join(project, 'web-dashboard', '.next'));
    const build = join(project, 'web-dashboard', '.next', 'BUILD_ID');
    writeFileSync(build, 'abc');
    utimesSync(build, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    const run = await doctor(project, [...range(27678), '--json']);
    expect(check(run, 'web.stale')).toMatchObject({
      status: 'error',
      message:
        'the .next build predates the change to web-dashboard/.env.local: npm run start would serve the old NEXT_PUBLIC_ values',
      remedy: 'cd web-dashboard\nnpm run build\nnpm run start',
    });
  });
});

describe('git', () => {
  it('a tracked backend/.env: an error; --fix adds the .gitignore entries and keeps its lines', async () => {
    const project = await healthyProject(27680);
    const gitignore = join(project, '.gitignore');
    writeFileSync(gitignore, '# mine\r\n.venv/\r\n__pycache__/');
    // A mode the umask would strip from a new file: --fix must keep it.
    chmodSync(gitignore, 0o664);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: project,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '-f', 'backend/.env');
    git('commit', '-q', '-m', 'oops');
    const run = await doctor(project, [...range(27680), '--json']);
    expect(run.code).toBe(1);
    expect(check(run, 'git.env-files')).toMatchObject({
      status: 'error',
      message:
        'backend/.env is tracked by git; backend/.env and web-dashboard/.env.local are not git-ignored either',
      remedy: 'git rm --cached backend/.env\nnpx udo-doctor --port 27680 --range 27680-27684 --fix',
      fixable: true,
      file: join(project, 'backend', '.env'),
    });

    const fixed = await doctor(project, [...range(27680), '--fix']);
    expect(fixed.stdout).toContain(
      'fixed git.env-files: updated .gitignore: added backend/.env, web-dashboard/.env.local',
    );
    expect(readFileSync(gitignore, 'utf8')).toBe(
      '# mine\r\n.venv/\r\n__pycache__/\r\nbackend/.env\r\nweb-dashboard/.env.local\r\n',
    );
    expect(statSync(gitignore).mode & 0o7777).toBe(0o664);
    expect(fixed.code).toBe(1); // still tracked: only git rm --cached mends that
    git('rm', '-q', '--cached', 'backend/.env');
    const clean = await doctor(project, [...range(27680), '--json', '--only', 'git']);
    expect(check(clean, 'git.env-files').status).toBe('pass');
    expect(clean.code).toBe(0);
  });

  it('outside a git work tree the check is skipped', async () => {
    const project = await healthyProject(27685);
    const run = await doctor(project, [...range(27685), '--json', '--only', 'git']);
    expect(check(run, 'git.env-files')).toMatchObject({
      status: 'skip',
      message: 'not inside a git work tree',
    });
  });

  // The doctor runs git only when a `.git` is found at the root or above (two spawns saved
  // elsewhere): here it is a file, in a linked worktree, two folders up.
  it('a project in a subfolder of a linked worktree is checked by git', async () => {
    const repo = await tempDir('udo-doctor-repo-');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: repo,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'first');
    git('worktree', 'add', '-q', 'linked');
    const project = join(repo, 'linked', 'apps', 'platform');
    mkdirSync(dirname(project), { recursive: true });
    renameSync(await healthyProject(27685), project);
    expect(statSync(join(repo, 'linked', '.git')).isFile()).toBe(true);
    const run = await doctor(project, [...range(27685), '--json', '--only', 'git']);
    expect(check(run, 'git.env-files')).toMatchObject({
      status: 'pass',
      message: 'backend/.env and web-dashboard/.env.local are git-ignored and not tracked',
    });
  });
});

describe('output', () => {
  it('a secret in backend/.env is never printed, whatever the output', async () => {
    const project = await healthyProject(27686);
    writeFileSync(
      join(project, 'backend', '.env'),
      'API_PORT=27686\nSECRET_KEY=hunter2\nSECRET_KEY=hunter2\nhunter2\nDB = "hunter2\nX=1\nY="\n',
    );
    writeFileSync(join(project, 'backend', '.env.example'), 'API_PORT=8001\nSECRET_KEY=\nTOKEN=\n');
    const runs: Run[] = [];
    for (const [args, env] of [
      [range(27686), {}],
      [[...range(27686), '--verbose'], {}],
      [[...range(27686), '--json'], {}],
      [[...range(27686), '--fix', '--dry-run'], {}],
      [range(27686), { GITHUB_ACTIONS: 'true' }],
    ] as const) {
      runs.push(await doctor(project, [...args], env));
    }
    expect(runs[2]?.code).toBe(0);
    expect(check(runs[2] as Run, 'env.syntax').status).toBe('warn');
    for (const run of runs) {
      expect(run.stdout).not.toContain('hunter2');
      expect(run.stderr).not.toContain('hunter2');
    }
  });

  it('under GITHUB_ACTIONS=true findings become annotations with file and line', async () => {
    const project = await healthyProject(27687);
    const local = join(project, 'web-dashboard', '.env.local');
    writeFileSync(local, readFileSync(local, 'utf8').replace(':27687', ':27689'));
    const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: project };
    const run = await doctor(project, range(27687), env);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain(
      "::error file=web-dashboard/.env.local,line=2,title=udo-doctor web.api-url::NEXT_PUBLIC_API_URL=http://localhost:27689 (web-dashboard/.env.local:2) points at port 27689, but the backend's port is 27687 (from --port)%0Afix: npx udo-doctor --port 27687 --range 27687-27691 --fix",
    );
    // With --json, annotations go to stderr so that stdout stays JSON.
    const json = await doctor(project, [...range(27687), '--json'], env);
    expect(report(json).summary.errors).toBe(1);
    expect(json.stderr).toMatch(/^::error file=web-dashboard\/\.env\.local,line=2,/);
    const quiet = await doctor(project, range(27687));
    expect(quiet.stdout).not.toContain('::error');
  });

  it('--list-checks names every check', async () => {
    const run = await doctor(await tempDir(), ['--list-checks']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(21);
    expect(run.stdout).toMatch(/^venv\.present +the virtualenv exists/);
  });
});

describe('bad usage: exit 2, one line naming the option and the value', () => {
  it.each<[string[], RegExp]>([
    [['--only', 'venv.nope'], /^udo-doctor: --only: "venv.nope" is not a check id or area/],
    [['--skip', 'nope'], /^udo-doctor: --skip: "nope" is not a check id or area/],
    [['--port', 'abc'], /^udo-doctor: --port: "abc" is not a port/],
    [['--range', '9-1'], /^udo-doctor: --range: "9-1" ends before it starts/],
    [['--dry-run'], /^udo-doctor: --dry-run: only with --fix$/],
    [['--no-strict'], /^udo-doctor: unknown option --no-strict$/],
    [['--app', 'nonsense'], /^udo-doctor: --app: "nonsense" is not MODULE:ATTR/],
    [['extra'], /^udo-doctor: unexpected argument extra$/],
  ])('%j', async (args, message) => {
    const run = await doctor(await tempDir(), args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
