import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { cleanup, exampleCopy, listen, runBundle, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

// This file's ports: 27400-27499. Every test has its own lease folder.
afterAll(cleanup);

const findIn = async (
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
  run: typeof runCli = runCli,
) => {
  const leaseDir = env.UDO_PORT_LEASE_DIR ?? (await tempDir('udo-port-leases-'));
  return run('udo-port', ['find', ...args], {
    env: { UDO_PORT_LEASE_DIR: leaseDir, ...env },
    cwd: cwd ?? (await exampleCopy()),
  });
};

describe('udo-port find against real listeners', () => {
  it('prints the default port when it is free', async () => {
    const run = await findIn(['--default-port', '27400', '--range', '27400-27409']);
    expect(run).toMatchObject({ code: 0, stdout: '27400\n', stderr: '' });
  });

  it('moves past a default port held by a real process', async () => {
    await listen(27401);
    const run = await findIn(['--default-port', '27401', '--range', '27401-27409']);
    expect(run).toMatchObject({ code: 0, stdout: '27402\n' });
  });

  it('a pinned --port that is held: exit 1 naming the holder PID', async () => {
    const holder = await listen(27403, '127.0.0.1');
    const run = await findIn(['--port', '27403', '--range', '27403-27409']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('port 27403 (from --port) is in use by PID');
    expect(run.stderr).toContain(`PID ${holder.pid}`);
  });

  it('a pinned API_PORT that is held: exit 1 naming the holder PID; --no-strict moves on', async () => {
    const holder = await listen(27404, '::');
    const pinned = await findIn(['--range', '27404-27409'], { API_PORT: '27404' });
    expect(pinned.code).toBe(1);
    expect(pinned.stderr).toMatch(
      new RegExp(`port 27404 \\(from API_PORT\\) is in use by PID ${holder.pid}\\b`),
    );
    const loose = await findIn(
      ['--range', '27404-27409', '--default-port', '27404', '--no-strict', '--json'],
      {
        API_PORT: '27404',
      },
    );
    expect(loose.code).toBe(0);
    expect(JSON.parse(loose.stdout)).toMatchObject({ port: 27405, source: 'scan' });
  });

  it('a port preferred by backend/.env that is held: the next port, warning names the holder', async () => {
    const holder = await listen(27410);
    const project = await exampleCopy();
    writeFileSync(join(project, 'backend', '.env'), 'API_PORT=27410\nSECRET_KEY=hunter2\n');
    const run = await findIn(['--default-port', '27410', '--range', '27410-27419'], {}, project);
    expect(run).toMatchObject({ code: 0, stdout: '27411\n' });
    expect(run.stderr).toContain(
      'warning: port 27410 (from API_PORT in backend/.env) is in use by',
    );
    expect(run.stderr).toContain(`PID ${holder.pid}`);
    expect(run.stderr).not.toContain('hunter2');
    const strict = await findIn(
      ['--default-port', '27410', '--range', '27410-27419', '--strict'],
      {},
      project,
    );
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`PID ${holder.pid}`);
  });

  it('--host 127.0.0.1 tests that host too, and a listener there moves it on', async () => {
    const free = await findIn([
      '--default-port',
      '27435',
      '--range',
      '27435-27439',
      '--host',
      '127.0.0.1',
    ]);
    expect(free).toMatchObject({ code: 0, stdout: '27435\n' });
    await listen(27436, '127.0.0.1');
    const held = await findIn([
      '--default-port',
      '27436',
      '--range',
      '27436-27439',
      '--host',
      '127.0.0.1',
    ]);
    expect(held).toMatchObject({ code: 0, stdout: '27437\n' });
  });

  it('--json prints the allocation', async () => {
    const run = await findIn([
      '--default-port',
      '27420',
      '--range',
      '27420-27429',
      '--json',
      '--url-host',
      '127.0.0.1',
    ]);
    expect(run.code).toBe(0);
    const allocation = JSON.parse(run.stdout);
    expect(allocation).toMatchObject({
      port: 27420,
      host: '0.0.0.0',
      url: 'http://127.0.0.1:27420',
      source: 'default',
    });
    expect(allocation.lease).toMatchObject({
      port: 27420,
      lifetime: 'ttl',
      purpose: 'udo-port find',
    });
    expect(readFileSync(allocation.lease.file, 'utf8')).toContain(allocation.lease.id);
  });
});

describe('no two finds get the same port', () => {
  it('32 processes at once on a 40-port range get 32 distinct ports', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await exampleCopy();
    const runs = await Promise.all(
      Array.from({ length: 32 }, () =>
        findIn(
          ['--default-port', '27440', '--range', '27440-27479'],
          { UDO_PORT_LEASE_DIR: leases },
          project,
        ),
      ),
    );
    expect(runs.map((run) => run.code)).toEqual(Array(32).fill(0));
    const ports = runs.map((run) => Number(run.stdout));
    expect(new Set(ports).size).toBe(32);
    expect(ports.every((port) => port >= 27440 && port <= 27479)).toBe(true);
    expect(readdirSync(leases)).toHaveLength(32);
  });

  it('8 processes one after another, none binding, get 8 distinct ports', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await exampleCopy();
    const ports: number[] = [];
    for (let i = 0; i < 8; i++) {
      const run = await findIn(
        ['--default-port', '27480', '--range', '27480-27489'],
        { UDO_PORT_LEASE_DIR: leases },
        project,
      );
      ports.push(Number(run.stdout));
    }
    expect(ports).toEqual([27480, 27481, 27482, 27483, 27484, 27485, 27486, 27487]);
  });

  it('a full range: exit 1 listing every port with its reason', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await exampleCopy();
    const a = await listen(27490);
    const b = await listen(27492, '127.0.0.1');
    const range = ['--default-port', '27490', '--range', '27490-27493'];
    const leased = await findIn(range, { UDO_PORT_LEASE_DIR: leases }, project);
    expect(leased.stdout).toBe('27491\n');
    const second = await findIn(range, { UDO_PORT_LEASE_DIR: leases }, project);
    expect(second.stdout).toBe('27493\n');
    const run = await findIn(range, { UDO_PORT_LEASE_DIR: leases }, project);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toContain('no free port in 27490-27493');
    expect(lines.slice(1, 5)).toEqual([
      expect.stringMatching(new RegExp(`^ +27490 +in use by PID ${a.pid}\\b`)),
      expect.stringMatching(/^ +27491 +leased by PID \d+ \(udo-port find\) in .*, until /),
      expect.stringMatching(new RegExp(`^ +27492 +in use by PID ${b.pid}\\b`)),
      expect.stringMatching(/^ +27493 +leased by PID \d+ \(udo-port find\)/),
    ]);
    const fallback = await findIn(
      [...range, '--fallback', 'any', '--json'],
      { UDO_PORT_LEASE_DIR: leases },
      project,
    );
    expect(fallback.code).toBe(0);
    const allocation = JSON.parse(fallback.stdout);
    expect(allocation.source).toBe('fallback');
    expect(allocation.port < 27490 || allocation.port > 27493).toBe(true);
  });
});

describe('list and release', () => {
  it('release frees a port for the next find; list --json shows owner and expiry', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await exampleCopy();
    const env = { UDO_PORT_LEASE_DIR: leases };
    const range = ['--default-port', '27495', '--range', '27495-27499'];
    expect((await findIn(range, env, project)).stdout).toBe('27495\n');
    expect((await findIn(range, env, project)).stdout).toBe('27496\n');
    const listed = await runCli('udo-port', ['list', '--json'], { env });
    expect(listed.code).toBe(0);
    const { dir, leases: records } = JSON.parse(listed.stdout);
    expect(dir).toBe(leases);
    expect(records.map((r: { port: number }) => r.port)).toEqual([27495, 27496]);
    expect(records[0]).toMatchObject({ state: 'live', purpose: 'udo-port find', cwd: project });
    expect(records[0].pid).toBeGreaterThan(0);
    expect(Date.parse(records[0].expiresAt) - Date.now()).toBeGreaterThan(100_000);

    const released = await runCli('udo-port', ['release', '27495'], { env });
    expect(released.code).toBe(0);
    expect(released.stdout).toMatch(
      /^27495: released \(uid \d+ \(\w+\)@[^:]+: PID \d+ \(udo-port find\) in .*, until \S+\)\n$/,
    );
    expect((await findIn(range, env, project)).stdout).toBe('27495\n');
    const mine = await runCli('udo-port', ['release', '--mine'], { env });
    expect(mine.stdout).toMatch(/^27495: released \(.*\)\n27496: released \(.*\)\n$/);
    expect(readdirSync(leases)).toEqual([]);
  });
});

describe('--write-env-local', () => {
  it('writes NEXT_PUBLIC_API_URL and keeps every other line', async () => {
    const project = await exampleCopy();
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal, 'utf8');
    const run = await findIn(
      ['--default-port', '27430', '--range', '27430-27439', '--write-env-local'],
      {},
      project,
    );
    expect(run).toMatchObject({ code: 0, stdout: '27430\n' });
    expect(readFileSync(envLocal, 'utf8')).toBe(
      before.replace('http://localhost:8001', 'http://localhost:27430'),
    );
  });
});

describe('bad input: one line naming the option or file and the value, exit 2', () => {
  const range = ['--range', '27460-27469', '--default-port', '27460'];
  it.each<[string, string[], Record<string, string>, RegExp]>([
    ['--port abc', ['--port', 'abc'], {}, /--port: "abc" is not a port/],
    ['API_PORT=0', [], { API_PORT: '0' }, /API_PORT: "0" is not a port/],
    ['API_PORT=65536', [], { API_PORT: '65536' }, /API_PORT: "65536" is not a port/],
    [
      '--range 8010-8001',
      ['--range', '8010-8001'],
      {},
      /--range: "8010-8001" ends before it starts/,
    ],
    ['--range x-y', ['--range', 'x-y'], {}, /--range: "x-y" is not a port range/],
    ['--range 0-70000', ['--range', '0-70000'], {}, /--range: "0-70000" is outside 1-65535/],
    ['--fallback sometimes', [...range, '--fallback', 'sometimes'], {}, /--fallback: "sometimes"/],
    ['--hold soon', [...range, '--hold', 'soon'], {}, /--hold: "soon" is not a number of seconds/],
    ['--hold 0', [...range, '--hold', '0'], {}, /--hold: "0" is not a number of seconds from 1/],
    [
      'a --cwd that is not a folder',
      ['--cwd', '/nonexistent/proj'],
      {},
      /--cwd: "\/nonexistent\/proj" is not a folder/,
    ],
    ['an unknown option', ['--prot', '1'], {}, /unknown option --prot/],
    [
      'an unusable lease folder',
      range,
      { UDO_PORT_LEASE_DIR: '/proc/version' },
      /UDO_PORT_LEASE_DIR: "\/proc\/version" cannot be used/,
    ],
  ])('%s', async (_name, args, env, message) => {
    const run = await findIn(args, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('find --version prints the version and leases nothing', async () => {
    const leases = await tempDir('udo-port-leases-');
    const run = await findIn(['--version'], { UDO_PORT_LEASE_DIR: leases });
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect(readdirSync(leases)).toEqual([]);
  });

  it('a backend/.env that cannot be read', async () => {
    const project = await exampleCopy();
    mkdirSync(join(project, 'backend', '.env'));
    const run = await findIn(range, {}, project);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/backend\/\.env.* is a directory/),
    ]);
  });

  it('a .env.local path that is a folder: exit 2, no lease left, nothing written', async () => {
    const leases = await tempDir('udo-port-leases-');
    const project = await exampleCopy();
    const run = await findIn(
      [...range, '--write-env-local', '--env-local', 'web-dashboard'],
      { UDO_PORT_LEASE_DIR: leases },
      project,
    );
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/--env-local: .*web-dashboard is a directory/),
    ]);
    expect(readdirSync(leases)).toEqual([]);
    expect(readdirSync(join(project, 'web-dashboard')).sort()).toEqual([
      '.env.local',
      'package.json',
    ]);
  });
});

// The tests below use ports 27850-27859.
describe('every option with a bad value: one line naming it and the value, exit 2, no lease', () => {
  const range = ['--range', '27850-27859'];
  const run = ['--', process.execPath, '-e', '0'];
  const cases: [string, string[], RegExp, Record<string, string>?][] = [
    ['find --port abc', ['find', ...range, '--port', 'abc'], /^--port: "abc" is not a port/],
    ['find --port 65536', ['find', '--port', '65536'], /^--port: "65536" is not a port/],
    ['find --default-port 0', ['find', '--default-port', '0'], /^--default-port: "0" is not/],
    ['find --range 9-1', ['find', '--range', '9-1'], /^--range: "9-1" ends before it starts/],
    ['find --host "a b"', ['find', ...range, '--host', 'a b'], /^--host: "a b" is not a host/],
    [
      'find --host 203.0.113.7 (not this machine)',
      ['find', ...range, '--host', '203.0.113.7'],
      /^--host: "203\.0\.113\.7" is not an address of this machine \(EADDRNOTAVAIL\)$/,
    ],
    [
      'find --host fe80::1 (no zone)',
      ['find', ...range, '--host', 'fe80::1'],
      /^--host: "fe80::1" is not an address a server can listen on \(EINVAL\)$/,
    ],
    [
      'find --host nosuch.invalid',
      ['find', ...range, '--host', 'nosuch.invalid'],
      /^--host: "nosuch\.invalid" (does not resolve to an address|could not be resolved) \(E/,
    ],
    [
      'API_HOST=203.0.113.7',
      ['find', ...range],
      /^API_HOST: "203\.0\.113\.7" is not an address of this machine/,
      { API_HOST: '203.0.113.7' },
    ],
    [
      'find --url-host with a $',
      ['find', ...range, '--url-host', 'api$HOST'],
      /^--url-host: "api\$HOST" is not a host name or IP address/,
    ],
    [
      'find --url-host with a zone id',
      ['find', ...range, '--url-host', '[fe80::1%eth0]'],
      /^--url-host: "\[fe80::1%eth0\]" is not a host name/,
    ],
    [
      'find --cwd not a folder',
      ['find', '--cwd', '/nonexistent'],
      /^--cwd: "\/nonexistent" is not/,
    ],
    [
      'find --backend-env a folder',
      ['find', '--backend-env', 'backend'],
      /^--backend-env: .* is a directory$/,
    ],
    [
      'find --backend-env and --env-file',
      ['find', '--backend-env', 'x', '--env-file', 'backend/.env.example'],
      /^--backend-env and --env-file: choose one/,
    ],
    ['find --app not MODULE:ATTR', ['find', '--app', 'x y'], /^--app: "x y" is not MODULE:ATTR/],
    ['find --fallback sometimes', ['find', '--fallback', 'sometimes'], /^--fallback: "sometimes"/],
    ['find --hold 0', ['find', ...range, '--hold', '0'], /^--hold: "0" is not a number of seconds/],
    [
      'find --hold over 24 hours',
      ['find', ...range, '--hold', '86401'],
      /^--hold: "86401" is not a number of seconds from 1 to 86400 \(24 hours\)$/,
    ],
    [
      'find --hold 99999999999999999999',
      ['find', ...range, '--hold', '99999999999999999999'],
      /^--hold: "99999999999999999999" is not a number of seconds/,
    ],
    ['find --strict --no-strict', ['find', '--strict', '--no-strict'], /^--strict and --no-strict/],
    ['find --strict=yes', ['find', '--strict=yes'], /^--strict: takes no value$/],
    ['find --json=1', ['find', '--json=1'], /^--json: takes no value$/],
    ['find --write-env-local=x', ['find', '--write-env-local=x'], /^--write-env-local: takes/],
    ['find --port without a value', ['find', '--port'], /^--port: needs a value/],
    ['find --app -x', ['find', '--app', '-x'], /^--app: needs a value .*--app=-VALUE/],
    ['find 8001', ['find', '8001'], /^unexpected argument 8001$/],
    ['find --prot 1', ['find', '--prot', '1'], /^unknown option --prot \(did you mean --port\?\)$/],
    ...[
      'port',
      'default-port',
      'range',
      'host',
      'url-host',
      'backend-env',
      'env-local',
      'cwd',
      'venv',
      'app',
      'fallback',
      'hold',
    ].flatMap((name): [string, string[], RegExp][] => [
      [`find --${name} ""`, ['find', `--${name}`, ''], new RegExp(`^--${name}: "" is empty`)],
      [`find --${name}=" "`, ['find', `--${name}= `], new RegExp(`^--${name}: " " is empty`)],
    ]),
    ['start --wait 0', ['start', '--wait', '0', ...run], /^--wait: "0" is not a number of seconds/],
    [
      'start --wait over a week',
      ['start', '--wait', '604801', ...run],
      /^--wait: "604801" is not a number of seconds from 1 to 604800 \(a week\)$/,
    ],
    ['start --wait ""', ['start', '--wait', '', ...run], /^--wait: "" is empty/],
    ['start --venv missing', ['start', '--venv', '/nonexistent'], /^--venv: no virtualenv at/],
    ['start --venv ""', ['start', '--venv', ''], /^--venv: "" is empty/],
    ['start --app=-x', ['start', '--app=-x', ...run], /^--app: "-x" is not MODULE:ATTR/],
    ['start --reload=1', ['start', '--reload=1', ...run], /^--reload: takes no value$/],
    ['start --no-env-local=1', ['start', '--no-env-local=1', ...run], /^--no-env-local: takes/],
    [
      'start --env-local a folder',
      ['start', ...range, '--env-local', 'web-dashboard', ...run],
      /^--env-local: .*web-dashboard is a directory$/,
    ],
    ['start --port abc', ['start', '--port', 'abc', ...run], /^--port: "abc" is not a port/],
    [
      'start --url-host with a $',
      ['start', ...range, '--url-host', '$x', ...run],
      /^--url-host: "\$x" is not a host name/,
    ],
    [
      'start --host 203.0.113.7',
      ['start', ...range, '--host', '203.0.113.7', ...run],
      /^--host: "203\.0\.113\.7" is not an address of this machine/,
    ],
    ['start -- with no command', ['start', '--'], /^--: no command after it$/],
    ['start foo', ['start', 'foo'], /^unexpected argument foo \(a command goes after --\)$/],
    ['kill', ['kill'], /^kill: name one PORT$/],
    ['kill abc', ['kill', 'abc'], /^PORT: "abc" is not a port/],
    ['kill 0', ['kill', '0'], /^PORT: "0" is not a port/],
    ['kill 1 2', ['kill', '1', '2'], /^kill: name one PORT$/],
    ['kill --yes=1', ['kill', '--yes=1', '27859'], /^--yes: takes no value$/],
    ['kill --force', ['kill', '--force', '27859'], /^unknown option --force$/],
    ['release abc', ['release', 'abc'], /^PORT: "abc" is not a port/],
    ['release --mine=1', ['release', '--mine=1'], /^--mine: takes no value$/],
    ['release --all', ['release', '--all'], /^unknown option --all$/],
    ['list x', ['list', 'x'], /^unexpected argument x$/],
    ['list --json=1', ['list', '--json=1'], /^--json: takes no value$/],
    ['an unknown command', ['frobnicate'], /^unknown command "frobnicate"/],
  ];
  it.each(cases)('%s', async (_name, args, message, env = {}) => {
    const leases = await tempDir('udo-port-leases-');
    const run = await runCli('udo-port', args, {
      env: { UDO_PORT_LEASE_DIR: leases, ...env },
      cwd: await exampleCopy(),
    });
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^udo-port: /)]);
    expect(run.stderr.trim().slice('udo-port: '.length)).toMatch(message);
    expect(run.code).toBe(2);
    expect(readdirSync(leases)).toEqual([]);
  });
});

describe('leases are held 24 hours at most', () => {
  it('--hold 86400 leases the port for 24 hours', async () => {
    const run = await findIn(['--range', '27850-27859', '--hold', '86400', '--json']);
    expect(run.code).toBe(0);
    const { lease } = JSON.parse(run.stdout);
    const held = Date.parse(lease.expiresAt) - Date.parse(lease.createdAt);
    expect(held).toBe(24 * 3600_000);
  });
});

describe('the backend env file option', () => {
  it('--backend-env names it relative to --cwd, from any folder', async () => {
    const project = await exampleCopy();
    writeFileSync(join(project, 'backend', 'ci.env'), 'API_PORT=27852\n');
    const run = await findIn(
      ['--cwd', project, '--backend-env', 'backend/ci.env', '--range', '27850-27859', '--json'],
      {},
      await tempDir('elsewhere-'),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ port: 27852, source: 'dotenv' });
  });

  it('--env-file, its old name, still works where Node lets it through', async () => {
    const project = await exampleCopy();
    writeFileSync(join(project, 'backend', 'ci.env'), 'API_PORT=27853\n');
    const run = await findIn(
      ['--env-file', 'backend/ci.env', '--range', '27850-27859', '--json'],
      {},
      project,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ port: 27853, source: 'dotenv' });
  });

  it('Node reads --env-file itself, even after the script: a file missing from the folder exits 9', async () => {
    // Node's own check (src/node_dotenv.cc), before udo-port runs: why --backend-env exists.
    const project = await exampleCopy();
    writeFileSync(join(project, 'backend', 'ci.env'), 'API_PORT=27854\n');
    const run = await findIn(
      ['--cwd', project, '--env-file', 'backend/ci.env'],
      {},
      await tempDir('elsewhere-'),
      // Node's own argv handling: only the bundle, run by node, shows it.
      runBundle,
    );
    expect(run).toMatchObject({ code: 9, stdout: '' });
    expect(run.stderr).toMatch(/^\S*node: backend\/ci\.env: not found\n$/);
  });
});
