// The committed bundles under the pinned Windows Node, run by Wine: what a Windows user and a
// Windows runner get. This file's ports: 27930-27949. One Wine prefix for all (test/windows/wine.ts).
// Wine's netstat, tasklist, PowerShell and netsh show nothing, so nothing here relies on them.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionYml, type Job, jobEnv, parseFileCommand } from '../action-harness.js';
import { cleanup, exampleCopy, ROOT, tempDir } from '../helpers.js';
import {
  driveC,
  knock,
  runNode,
  spawnNode,
  stopAll,
  until,
  type WinProcess,
  winBundle,
  wine,
  winPath,
} from './wine.js';

const SHARED_LEASES = 'C:\\ProgramData\\udo-port\\leases';
const OWN_LEASES = 'C:\\leases';

afterAll(async () => {
  await stopAll();
  await cleanup();
  // Only when empty: another run in the same prefix may be using it.
  try {
    rmdirSync(driveC((await wine()).prefix, OWN_LEASES));
  } catch {}
});

const said = (run: { stdout: string; stderr: string }) => `${run.stdout}${run.stderr}`;

/** Tells a test server on 127.0.0.1:port to end; nothing when none listens there. */
const sayBye = (port: number) =>
  new Promise<void>((done) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.end('bye'));
    socket.once('close', () => done());
    socket.once('error', () => done());
  });

interface DoctorCheck {
  id: string;
  status: string;
  message: string;
  remedy: string | null;
  data: Record<string, unknown>;
}

function doctorChecks(stdout: string): DoctorCheck[] {
  return (JSON.parse(stdout) as { checks: DoctorCheck[] }).checks;
}

describe('the lease folder as Windows paths', () => {
  /** find, then list, then release, in `dir` as the Windows process names it. */
  async function leaseRoundTrip(dir: string, env: Record<string, string>) {
    const { prefix } = await wine();
    const project = await exampleCopy();
    const udo = (...args: string[]) =>
      runNode([winBundle('udo-port'), ...args], { cwd: project, env });

    const found = await udo('find', '--cwd', winPath(project), '--range', '27930-27933');
    expect(found.code, said(found)).toBe(0);
    const port = Number(found.stdout.trim());
    expect(port).toBeGreaterThanOrEqual(27930);
    expect(port).toBeLessThanOrEqual(27933);
    const file = driveC(prefix, `${dir}\\${port}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      port,
      purpose: 'udo-port find',
      cwd: winPath(project),
    });

    const listed = await udo('list');
    expect(listed.code, said(listed)).toBe(0);
    expect(listed.stdout).toContain(`leases in ${dir}`);
    expect(listed.stdout).toMatch(new RegExp(`^\\s*${port}\\s+live\\b`, 'm'));

    const released = await udo('release', String(port));
    expect(released.code, said(released)).toBe(0);
    expect(released.stdout).toMatch(new RegExp(`^${port}: released\\b`, 'm'));
    expect(existsSync(file)).toBe(false);
  }

  it('find leases into C:\\ProgramData\\udo-port\\leases; list shows it, release drops it', async () => {
    await leaseRoundTrip(SHARED_LEASES, {});
  });

  it('UDO_PORT_LEASE_DIR=C:\\leases puts the lease there', async () => {
    await leaseRoundTrip(OWN_LEASES, { UDO_PORT_LEASE_DIR: OWN_LEASES });
  });
});

describe("udo-doctor's venv checks on Windows", () => {
  const doctorVenv = (project: string) =>
    runNode([winBundle('udo-doctor'), '--cwd', winPath(project), '--only', 'venv', '--json'], {
      cwd: project,
    });

  it('pass on a venv made on Windows, read from its files without starting its python.exe', async () => {
    const project = await exampleCopy();
    const base = await tempDir('python311-');
    // Not a program: the checks must answer from the files alone.
    writeFileSync(join(base, 'python.exe'), 'not a program');
    const venv = join(project, '.venv');
    const site = join(venv, 'Lib', 'site-packages');
    mkdirSync(join(venv, 'Scripts'), { recursive: true });
    writeFileSync(join(venv, 'Scripts', 'python.exe'), 'not a program');
    for (const [name, version] of [
      ['uvicorn', '0.30.1'],
      ['fastapi', '0.111.0'],
    ] as const) {
      mkdirSync(join(site, name), { recursive: true });
      writeFileSync(join(site, name, '__init__.py'), '');
      // What pip leaves next to each package, and what tells its version.
      mkdirSync(join(site, `${name}-${version}.dist-info`));
      writeFileSync(
        join(site, `${name}-${version}.dist-info`, 'METADATA'),
        `Metadata-Version: 2.1\r\nName: ${name}\r\nVersion: ${version}\r\n`,
      );
    }
    writeFileSync(
      join(venv, 'pyvenv.cfg'),
      [
        `home = ${winPath(base)}`,
        'include-system-site-packages = false',
        'version = 3.11.9',
        `executable = ${winPath(base)}\\python.exe`,
        '',
      ].join('\r\n'),
    );

    const run = await doctorVenv(project);
    expect(run.code, said(run)).toBe(0);
    const checks = doctorChecks(run.stdout);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['venv.present', 'pass'],
      ['venv.platform', 'pass'],
      ['venv.base', 'pass'],
      ['venv.uvicorn', 'pass'],
    ]);
    const [present, platform, baseCheck, uvicorn] = checks as [
      DoctorCheck,
      DoctorCheck,
      DoctorCheck,
      DoctorCheck,
    ];
    expect(present.data.interpreter).toBe(`${winPath(venv)}\\Scripts\\python.exe`);
    expect(platform.data.layout).toBe('windows');
    expect(baseCheck.message).toBe(`base Python ${winPath(base)}\\python.exe (3.11.9)`);
    expect(uvicorn.message).toBe('uvicorn 0.30.1, fastapi 0.111.0');
  });

  it('refuses a venv made on Linux or macOS and gives the commands that make it anew', async () => {
    const project = await exampleCopy();
    const venv = join(project, '.venv');
    const site = join(venv, 'lib', 'python3.11', 'site-packages');
    mkdirSync(join(venv, 'bin'), { recursive: true });
    writeFileSync(join(venv, 'bin', 'python3'), 'not a program');
    symlinkSync('python3', join(venv, 'bin', 'python'));
    mkdirSync(join(site, 'uvicorn-0.30.1.dist-info'), { recursive: true });
    mkdirSync(join(site, 'fastapi-0.111.0.dist-info'));
    writeFileSync(
      join(venv, 'pyvenv.cfg'),
      'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.2\n',
    );

    const run = await doctorVenv(project);
    expect(run.code, said(run)).toBe(1);
    const checks = doctorChecks(run.stdout);
    // One error where the cause is; the others point at it instead of repeating it.
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['venv.present', 'skip'],
      ['venv.platform', 'error'],
      ['venv.base', 'skip'],
      ['venv.uvicorn', 'skip'],
    ]);
    const platform = checks[1] as DoctorCheck;
    expect(platform.message).toBe(
      '.venv was made on Linux or macOS: it has only bin/, and Windows needs Scripts\\',
    );
    expect(platform.remedy?.split('\n')).toEqual([
      'py -m venv --clear .venv',
      '.venv\\Scripts\\python.exe -m pip install uvicorn fastapi',
    ]);
  });
});

describe('udo-port start with a .cmd shim through cmd.exe', () => {
  it('runs it from a folder with spaces, with the port in its argv, PORT and API_PORT, and points a CRLF .env.local at it', async () => {
    const { node } = await wine();
    const project = await exampleCopy();
    const dir = join(await tempDir('udo-port-shim-'), 'my backend dir');
    mkdirSync(dir);
    const seenFile = join(dir, 'seen.json');
    // Exits 7 (so its code is told apart from udo-port's) once start's knock has come.
    writeFileSync(
      join(dir, 'server.js'),
      `const { createServer } = require('node:net');
const { writeFileSync } = require('node:fs');
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const server = createServer((socket) => {
  socket.destroy();
  server.close();
  process.exitCode = 7;
});
server.listen(port, '0.0.0.0', () => {
  const { PORT, API_PORT } = process.env;
  writeFileSync(${JSON.stringify(winPath(seenFile))}, JSON.stringify({ argv: process.argv.slice(2), PORT, API_PORT }));
});
`,
    );
    writeFileSync(
      join(dir, 'serve.cmd'),
      ['@echo off', `"${winPath(node)}" "%~dp0server.js" %*`, 'exit /b %ERRORLEVEL%', ''].join(
        '\r\n',
      ),
    );
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8').replace(/\r?\n/g, '\r\n');
    expect(before).toContain('NEXT_PUBLIC_APP_NAME=');
    writeFileSync(envLocal, before);

    const run = await runNode(
      [
        winBundle('udo-port'),
        'start',
        '--cwd',
        winPath(project),
        '--range',
        '27934-27935',
        '--',
        `${winPath(dir)}\\serve.cmd`,
        '--port',
        '{port}',
      ],
      { cwd: project, timeoutMs: 40_000 },
    );
    try {
      expect(run.code, said(run)).toBe(7);
      const seen = JSON.parse(readFileSync(seenFile, 'utf8'));
      const port = Number(seen.PORT);
      expect(port).toBeGreaterThanOrEqual(27934);
      expect(port).toBeLessThanOrEqual(27935);
      expect(seen).toEqual({
        argv: ['--port', String(port)],
        PORT: `${port}`,
        API_PORT: `${port}`,
      });
      expect(run.stdout).toContain(`backend listening on http://localhost:${port}`);
      // The URL replaced in place; every other byte, CRLFs included, as it was.
      expect(readFileSync(envLocal, 'utf8')).toBe(
        before.replace('http://localhost:8001', `http://localhost:${port}`),
      );
    } finally {
      // A server left running (start failed early) ends at its first connection.
      if (existsSync(seenFile))
        await knock(Number(JSON.parse(readFileSync(seenFile, 'utf8')).PORT));
    }
  });
});

describe('udo-port dev with .cmd shims through cmd.exe', () => {
  it('labels both outputs, points a CRLF .env.local at the backend; the first to exit stops the other, leaving no lease', async () => {
    const { node } = await wine();
    const project = await exampleCopy();
    const dir = join(await tempDir('udo-port-dev-'), 'my servers');
    mkdirSync(dir);
    // Each ends when told "bye" (dev's readiness knock says nothing): the frontend with 7.
    const server = (port: string, line: string, code: number) =>
      `const server = require('node:net').createServer((socket) => socket.on('data', (data) => {
  if (String(data) === 'bye') process.exit(${code});
}));
server.listen(${port}, '0.0.0.0', () => console.log(${line}));
`;
    writeFileSync(
      join(dir, 'api.js'),
      server(
        'Number(process.argv[2])',
        "'api up on ' + process.argv[2] + ' PORT=' + process.env.PORT",
        0,
      ),
    );
    writeFileSync(
      join(dir, 'web.js'),
      server('Number(process.env.PORT)', "'web up, API ' + process.env.NEXT_PUBLIC_API_URL", 7),
    );
    for (const name of ['api', 'web']) {
      writeFileSync(
        join(dir, `${name}.cmd`),
        ['@echo off', `"${winPath(node)}" "%~dp0${name}.js" %*`, 'exit /b %ERRORLEVEL%', ''].join(
          '\r\n',
        ),
      );
    }
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8').replace(/\r?\n/g, '\r\n');
    writeFileSync(envLocal, before);
    const leases = await tempDir('udo-port-leases-');

    const dev = await spawnNode(
      [
        winBundle('udo-port'),
        'dev',
        '--cwd',
        winPath(project),
        '--range',
        '27938-27938',
        '--web-port',
        '27939',
        '--web-cmd',
        `"${winPath(dir)}\\web.cmd"`,
        '--',
        `${winPath(dir)}\\api.cmd`,
        '{port}',
      ],
      { cwd: project, env: { UDO_PORT_LEASE_DIR: winPath(leases) } },
    );
    try {
      await until(
        'the ready line',
        () =>
          /ready: api http:\/\/localhost:27938 {2}web http:\/\/localhost:27939/.test(
            dev.stdout(),
          ) || undefined,
        40_000,
      );
      const out = dev.stdout();
      expect(out, said({ stdout: out, stderr: dev.stderr() })).toMatch(
        /^api +\| api up on 27938 PORT=27938\r?$/m,
      );
      expect(out).toMatch(/^web +\| web up, API http:\/\/localhost:27938\r?$/m);
      // The URL replaced in place; every other byte, CRLFs included, as it was.
      expect(readFileSync(envLocal, 'utf8')).toBe(
        before.replace('http://localhost:8001', 'http://localhost:27938'),
      );
      expect(readdirSync(leases).sort()).toEqual(['27938.json', '27939.json']);
      await sayBye(27939);
      expect(await dev.exit).toBe(7);
      expect(dev.stdout()).toContain('web exited with code 7; stopping api');
      expect(readdirSync(leases)).toEqual([]);
    } finally {
      // Wine's taskkill refuses /T, so the shim's node may outlive its cmd.exe here (on Windows
      // the tree goes); told "bye", it ends.
      await sayBye(27938);
      await sayBye(27939);
      await dev.stop();
    }
  });
});

describe('the action on a Windows runner', () => {
  const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];

  /** Empty file-command files, by their Linux paths. */
  async function commandFiles(): Promise<Record<string, string>> {
    const dir = await tempDir('runner-files-');
    const files = Object.fromEntries(FILES.map((name) => [name, join(dir, name)]));
    for (const file of Object.values(files)) writeFileSync(file, '');
    return files;
  }

  /** The file-command variables as the runner gives them: Windows paths. */
  const asWindows = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([name, path]) => [name, winPath(path)]));

  it('main leases under C:\\ProgramData and writes CRLF file commands; post releases it', async () => {
    const { prefix } = await wine();
    const project = await exampleCopy();
    const workspace = dirname(project);
    const job: Job = {
      runner: 'windows-runner-1',
      runId: '2001',
      job: 'smoke',
      temp: winPath(await tempDir('runner-temp-')),
    };
    const runner = { ...jobEnv(winPath(workspace), job), RUNNER_OS: 'Windows' };
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      inputs[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
    }
    inputs.INPUT_RANGE = '27936-27937';
    inputs['INPUT_WORKING-DIRECTORY'] = 'udo-platform';

    const mainFiles = await commandFiles();
    const main = await runNode([winBundle('action')], {
      cwd: workspace,
      env: { ...runner, ...asWindows(mainFiles), ...inputs },
    });
    expect(main.code, said(main)).toBe(0);
    const read = (files: Record<string, string>, name: string) =>
      readFileSync(files[name] as string, 'utf8');
    const outputs = parseFileCommand(read(mainFiles, 'GITHUB_OUTPUT'));
    const port = Number(outputs.port);
    expect(port).toBeGreaterThanOrEqual(27936);
    expect(port).toBeLessThanOrEqual(27937);
    const url = `http://localhost:${port}`;
    const leaseFile = `${SHARED_LEASES}\\${port}.json`;
    expect(outputs).toMatchObject({ 'api-url': url, 'lease-file': leaseFile });
    expect(existsSync(driveC(prefix, leaseFile))).toBe(true);

    // @actions/core ends each line with os.EOL: CRLF on Windows, which the runner reads.
    const envText = read(mainFiles, 'GITHUB_ENV');
    expect(envText).toMatch(/\r\n$/);
    expect(envText).not.toMatch(/[^\r]\n/);
    expect(parseFileCommand(envText)).toEqual({ API_PORT: `${port}`, NEXT_PUBLIC_API_URL: url });
    expect(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8')).toContain(
      `NEXT_PUBLIC_API_URL=${url}`,
    );

    const state = parseFileCommand(read(mainFiles, 'GITHUB_STATE'));
    expect(Object.keys(state)).toEqual(['isPost', 'main', 'lease']);
    const postFiles = await commandFiles();
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    // action.yml's post entry, as the runner runs it.
    const post = await runNode([winPath(join(ROOT, actionYml.runs.post))], {
      cwd: workspace,
      env: { ...runner, ...asWindows(postFiles), ...stateEnv },
    });
    expect(post.code, said(post)).toBe(0);
    expect(post.stdout).toContain(`udo-port: released the lease on port ${port}`);
    expect(existsSync(driveC(prefix, leaseFile))).toBe(false);
  });
});

describe('a listener that the Windows tools do not show', () => {
  const port = 27940;
  let holder: Promise<WinProcess> | undefined;
  /** A node.exe server on the port, started once, when first needed. */
  const listening = () => {
    holder ??= (async () => {
      const server = await spawnNode(
        [
          '-e',
          `require('net').createServer((s) => s.end('still here')).listen(${port}, '0.0.0.0')`,
        ],
        { cwd: await tempDir('udo-port-listener-') },
      );
      await until(`node.exe listening on ${port}`, () => knock(port));
      return server;
    })();
    return holder;
  };
  afterAll(async () => (await holder)?.stop());

  it('udo-port kill says the port is in use though unnamed, and ends nothing', async () => {
    await listening();
    const project = await exampleCopy();
    const run = await runNode([winBundle('udo-port'), 'kill', String(port), '--yes'], {
      cwd: project,
    });
    const out = said(run);
    // Soft: every unmet expectation is reported, with the output, not just the first.
    expect.soft(out).not.toMatch(/nothing listens/);
    const inUse = new RegExp(`port ${port} is in use, but netstat did not name the process[^\\n]*`);
    expect.soft(out).toMatch(inUse);
    // What to run by hand, as Windows has it, on a line of its own.
    expect
      .soft(out.replace(inUse, ''))
      .toMatch(/netstat -ano|Get-NetTCPConnection|taskkill|resmon|Resource Monitor/i);
    expect.soft(run.code, out).toBe(1);
    expect(await knock(port)).toBe('still here');
  });

  it('udo-doctor counts the port as held in port.range', async () => {
    await listening();
    const project = await exampleCopy();
    const run = await runNode(
      [
        winBundle('udo-doctor'),
        '--cwd',
        winPath(project),
        '--port',
        String(port),
        '--range',
        `${port}-${port + 1}`,
        '--json',
        '--only',
        'port',
      ],
      { cwd: project },
    );
    const checks = doctorChecks(run.stdout);
    const backend = checks.find((c) => c.id === 'port.backend');
    expect.soft(backend?.status).toBe('error');
    expect.soft(backend?.data.state).toBe('in-use');
    const range = checks.find((c) => c.id === 'port.range');
    expect
      .soft(range?.data.ports, range?.message)
      .toEqual([
        expect.objectContaining({ port, state: 'held' }),
        { port: port + 1, state: 'free' },
      ]);
    expect.soft(range?.data.free).toBe(1);
    expect(await knock(port)).toBe('still here');
  });
});
