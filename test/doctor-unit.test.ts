import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ComposeProject } from '../src/core/compose/index.js';
import type { LeaseRecord } from '../src/core/leases/registry.js';
import type { ExcludedPortRange } from '../src/core/listeners/index.js';
import { resolveSettings } from '../src/core/ports/settings.js';
import {
  baseSitePackages,
  findDistributions,
  venvSitePackages,
} from '../src/core/python/site-packages.js';
import { foreignLayout, type Venv } from '../src/core/python/venv.js';
import { endCommand, quote } from '../src/core/remedies.js';
import type { Listener, ListenerLookup } from '../src/core/types.js';
import { conflicts } from '../src/doctor/addresses.js';
import { parseApiUrl, shownUrl, targetUrl, withPort } from '../src/doctor/api-url.js';
import { composePortClash } from '../src/doctor/checks/compose-port-clash.js';
import { envBackend, templateGaps } from '../src/doctor/checks/env-backend.js';
import { shadowedPorts } from '../src/doctor/checks/env-port.js';
import { envSyntax, lintEnv } from '../src/doctor/checks/env-syntax.js';
import {
  appendLines,
  gitEnvFiles,
  ignoreEntry,
  judgeGit,
} from '../src/doctor/checks/git-env-files.js';
import { leasesCheck } from '../src/doctor/checks/leases.js';
import { portBackend } from '../src/doctor/checks/port-backend.js';
import { portIpv6Shadow } from '../src/doctor/checks/port-ipv6-shadow.js';
import { classifyRange } from '../src/doctor/checks/port-range.js';
import { portWindowsExcluded } from '../src/doctor/checks/port-windows-excluded.js';
import { venvPlatform } from '../src/doctor/checks/venv-platform.js';
import { venvPresent } from '../src/doctor/checks/venv-present.js';
import { venvUvicorn } from '../src/doctor/checks/venv-uvicorn.js';
import { webApiUrlSource } from '../src/doctor/checks/web-api-url-source.js';
import { rebuildCommand, staleness, webStale } from '../src/doctor/checks/web-stale.js';
import {
  type Check,
  type CheckResult,
  exitCode,
  selectChecks,
  summarize,
} from '../src/doctor/checks.js';
import { Context, shownPath } from '../src/doctor/context.js';
import { CHECKS, runDoctor } from '../src/doctor/doctor.js';
import { copyCommand, unsetCommand, writeAccessCommands } from '../src/doctor/env-remedies.js';
import { commandWords, isOurBackend, runsApp, within } from '../src/doctor/facts/backend.js';
import { nextKind } from '../src/doctor/facts/next-servers.js';
import type { WebFacts } from '../src/doctor/facts/web.js';
import { leaseOwner } from '../src/doctor/holders.js';
import { renderAnnotations, renderHuman, renderJson, summaryLine } from '../src/doctor/render.js';
import { cleanup, tempDir } from './helpers.js';

const plain = (_format: string, text: string) => text;

function fake(partial: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult {
  return {
    area: partial.id.split('.')[0] as CheckResult['area'],
    title: 'a check',
    message: `${partial.id} says so`,
    details: [],
    remedy: [],
    fixable: false,
    locations: [],
    ...partial,
  };
}

describe('check selection', () => {
  it('takes ids and areas, keeps registry order, and --skip removes', () => {
    const ids = (only?: string, skip?: string) => selectChecks(CHECKS, only, skip).map((c) => c.id);
    expect(ids('web.stale,venv')).toEqual([
      'venv.present',
      'venv.platform',
      'venv.base',
      'venv.uvicorn',
      'web.stale',
    ]);
    expect(ids(undefined, 'port,web,venv,env,compose')).toEqual(['git.env-files', 'leases']);
    expect(ids('port', 'port.range')).toEqual([
      'port.backend',
      'port.windows-excluded',
      'port.ipv6-shadow',
    ]);
    expect(ids()).toHaveLength(CHECKS.length);
  });

  it('an unknown id is bad usage naming the option and the value', () => {
    expect(() => selectChecks(CHECKS, 'venv.nope', undefined)).toThrow(
      /^--only: "venv.nope" is not a check id or area/,
    );
    expect(() => selectChecks(CHECKS, undefined, 'ports')).toThrow(/^--skip: "ports"/);
    expect(() => selectChecks(CHECKS, ',', undefined)).toThrow(/^--only: "," names no check/);
  });

  it('every id is unique and starts with its area', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of CHECKS) expect(check.id.split('.')[0]).toBe(check.area);
  });
});

describe('summary and exit code', () => {
  const results = [
    fake({ id: 'venv.present', status: 'pass' }),
    fake({ id: 'env.backend', status: 'warn' }),
    fake({ id: 'port.windows-excluded', status: 'skip' }),
  ];
  it('counts each status; warnings fail only with --strict', () => {
    const summary = summarize(results);
    expect(summary).toEqual({ errors: 0, warnings: 1, passed: 1, skipped: 1 });
    expect(exitCode(summary, false)).toBe(0);
    expect(exitCode(summary, true)).toBe(1);
    expect(exitCode({ ...summary, errors: 1 }, false)).toBe(1);
    expect(summaryLine(summary)).toBe('0 errors, 1 warning, 1 passed, 1 skipped');
  });
});

describe('a check that throws', () => {
  it('becomes an error of that check, not a crash', async () => {
    const broken: Check = {
      id: 'leases',
      area: 'leases',
      title: 'x',
      run: async () => {
        throw new Error('boom');
      },
    };
    const report = await runDoctor({} as never, [broken]);
    expect(report.results[0]).toMatchObject({
      status: 'error',
      message: 'the check itself failed: boom',
    });
  });
});

describe('a fix that fails', () => {
  it('says why, and the finding then says what to do by hand, never --fix again', async () => {
    const config = {
      platform: 'linux',
      shellDir: '/p',
      doctorCommand: 'npx udo-doctor --port 1',
    } as never;
    const failing: Check = {
      id: 'web.api-url',
      area: 'web',
      title: 'x',
      run: async () => ({
        status: 'error',
        message: 'wrong port',
        remedy: ['npx udo-doctor --port 1 --fix'],
        fixable: true,
      }),
      fix: async () => ({
        id: 'web.api-url',
        change: 'set X=1 in web/.env.local',
        touches: ['web'],
        file: '/p/web/.env.local',
        manual: ['edit web/.env.local, line 2, to read: X=1'],
        apply: async () => {
          throw new Error('--env-local: /p/web/.env.local belongs to uid 0: run as its owner');
        },
      }),
    };
    const report = await runDoctor(config, [failing], { fix: true });
    const manual = [
      'edit web/.env.local, line 2, to read: X=1',
      'sudo chown "$(id -un)" web/.env.local',
    ];
    expect(report.fixes).toEqual([
      {
        id: 'web.api-url',
        change: 'set X=1 in web/.env.local',
        applied: false,
        error: '--env-local: /p/web/.env.local belongs to uid 0: run as its owner',
        manual,
      },
    ]);
    expect(report.results[0]).toMatchObject({ status: 'error', remedy: manual, fixable: false });
    expect(report.results[0]?.details).toEqual([
      '--fix could not set X=1 in web/.env.local: --env-local: /p/web/.env.local belongs to uid 0: run as its owner',
    ]);
    const text = renderHuman(report, { verbose: false, paint: plain, root: '.' });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'not fixed web.api-url: set X=1 in web/.env.local: --env-local: /p/web/.env.local belongs to uid 0: run as its owner',
      '  by hand: edit web/.env.local, line 2, to read: X=1',
      '           sudo chown "$(id -un)" web/.env.local',
    ]);
    expect(text).not.toContain('udo-doctor --port 1 --fix');
  });

  it('the command that gives the right to write: only for a refusal a chown mends', () => {
    const show = (path: string) => path.replace('/p/', '');
    const file = '/nonexistent-udo/web/.env.local';
    expect(
      writeAccessCommands(file, 'x cannot be written (read-only file system)', 'linux', show),
    ).toEqual([]);
    expect(
      writeAccessCommands(file, 'x cannot be written (permission denied)', 'win32', show),
    ).toEqual([]);
    // Neither exists here, so both are named.
    expect(
      writeAccessCommands(file, 'x cannot be written (permission denied)', 'linux', show),
    ).toEqual(['sudo chown "$(id -un)" /nonexistent-udo/web /nonexistent-udo/web/.env.local']);
  });
});

describe('lintEnv', () => {
  it('a clean file has no findings, comments and blank lines included', () => {
    const text = '\uFEFF# top\r\n\r\nexport A=1\r\nB="two words" # note\r\nC=\r\nD=\'x\'\r\n';
    expect(lintEnv(text)).toEqual([]);
  });

  it('names duplicates, stray lines, spaces, colons and swallowed lines by line', () => {
    const text = [
      'A=1', // 1
      'A=2', // 2
      'hunter2 is the password', // 3
      'B = 3', // 4
      'C: 4', // 5
      'D="open', // 6
      'E=5', // 7
      'F="', // 8
      'G= 6', // 9
    ].join('\n');
    const findings = lintEnv(text);
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [2, 'duplicate'],
      [3, 'not-assignment'],
      [4, 'spaces'],
      [5, 'colon'],
      [6, 'swallowed'],
      [9, 'spaces'],
    ]);
    expect(findings[0]?.message).toBe('A is set again (first on line 1); dotenv keeps this one');
    expect(findings[4]?.message).toContain('lines 7-8');
    // A stray line may be a secret: its text is never repeated.
    expect(JSON.stringify(findings)).not.toContain('hunter2');
  });

  it('a multi-line value that takes in no assignment is fine (a PEM key)', () => {
    expect(lintEnv('KEY="-----BEGIN-----\nabc\n-----END-----"\nB=1\n')).toEqual([]);
  });
});

describe('templateGaps', () => {
  it('finds keys missing or empty, never looking at values otherwise', () => {
    expect(
      templateGaps(
        { API_PORT: '8001', SECRET_KEY: '', DB: 'x' },
        { API_PORT: '1', SECRET_KEY: ' ' },
      ),
    ).toEqual({ missing: ['DB'], empty: ['SECRET_KEY'] });
  });
});

describe('shadowedPorts', () => {
  const settings = (env: Record<string, string>, dotenv: Record<string, string>, port?: string) =>
    resolveSettings(
      { port, labels: { port: '--port' } },
      { env, dotenv, dotenvLabel: 'backend/.env' },
    );
  it('says when a flag or the shell hides backend/.env, and when API_PORT and BACKEND_PORT differ', () => {
    const dotenv = { API_PORT: '8001' };
    const env = { API_PORT: '8005' };
    expect(shadowedPorts(env, dotenv, settings(env, dotenv), 'backend/.env')).toEqual([
      'API_PORT (8005) wins over API_PORT=8001 in backend/.env',
    ]);
    expect(shadowedPorts({}, dotenv, settings({}, dotenv, '9000'), 'backend/.env')).toEqual([
      '--port (9000) wins over API_PORT=8001 in backend/.env',
    ]);
    expect(shadowedPorts({}, dotenv, settings({}, dotenv), 'backend/.env')).toEqual([]);
    expect(
      shadowedPorts(
        {},
        { API_PORT: '8001', BACKEND_PORT: '8002' },
        settings({}, { API_PORT: '8001', BACKEND_PORT: '8002' }),
        'backend/.env',
      ),
    ).toEqual(['API_PORT (8001) and BACKEND_PORT (8002) differ; API_PORT wins']);
  });
});

describe('conflicts: does a listener stop the backend from binding?', () => {
  it.each<[string, string, boolean]>([
    ['0.0.0.0', '0.0.0.0', true],
    ['0.0.0.0', '127.0.0.1', true],
    ['0.0.0.0', '::', true],
    ['0.0.0.0', '*', true],
    ['0.0.0.0', '::1', false],
    ['0.0.0.0', '::ffff:127.0.0.1', true],
    ['127.0.0.1', '0.0.0.0', true],
    ['127.0.0.1', '192.168.1.5', false],
    ['127.0.0.1', '::1', false],
    ['::', '::1', true],
    ['::', '127.0.0.1', true],
    ['::1', '0.0.0.0', false],
    ['::1', 'fe80::1%eth0', false],
    ['localhost', '127.0.0.1', true],
  ])('bind %s, listener on %s: %s', (host, address, expected) => {
    expect(conflicts(host, address)).toBe(expected);
  });
});

describe('our backend', () => {
  const listener = (command: string): Listener => ({
    port: 8001,
    address: '0.0.0.0',
    pid: 7,
    command,
  });
  it('runs uvicorn with the app', () => {
    expect(
      runsApp('/p/.venv/bin/python -m uvicorn backend.main:app --port 8001', 'backend.main:app'),
    ).toBe(true);
    expect(runsApp('C:\\p\\.venv\\Scripts\\uvicorn.exe backend.main:app', 'backend.main:app')).toBe(
      true,
    );
    expect(runsApp('python -m http.server 8001', 'backend.main:app')).toBe(false);
    expect(runsApp('python -m uvicorn other:app', 'backend.main:app')).toBe(false);
    expect(runsApp(undefined, 'backend.main:app')).toBe(false);
  });
  it('on Linux, only from the project folder; elsewhere, by the paths its command names', () => {
    const l = listener('/p/.venv/bin/python -m uvicorn backend.main:app');
    const facts = { app: 'backend.main:app', root: '/p', platform: 'linux' as const };
    expect(isOurBackend(l, { ...facts, cwd: '/p' })).toBe(true);
    expect(isOurBackend(l, { ...facts, cwd: '/q' })).toBe(false);
    expect(isOurBackend(l, { ...facts, cwd: undefined })).toBe(false);
    expect(isOurBackend(l, { ...facts, platform: 'darwin', cwd: undefined })).toBe(true);
    expect(isOurBackend(l, { ...facts, root: '/q', platform: 'darwin', cwd: undefined })).toBe(
      false,
    );
  });
  it('on Windows, by a quoted path with spaces inside the project, case-blind', () => {
    const win = { app: 'backend.main:app', root: 'C:\\Users\\Jane Doe\\p', cwd: undefined };
    const facts = { ...win, platform: 'win32' as const };
    const venv = listener(
      '"C:\\Users\\Jane Doe\\p\\.venv\\Scripts\\python.exe" -m uvicorn backend.main:app --port 8001',
    );
    expect(isOurBackend(venv, facts)).toBe(true);
    expect(isOurBackend(venv, { ...facts, root: 'c:\\users\\jane doe\\P' })).toBe(true);
    // A folder whose name only starts the same is another checkout.
    expect(isOurBackend(venv, { ...facts, root: 'C:\\Users\\Jane Do' })).toBe(false);
    const script = listener('"C:\\q\\.venv\\Scripts\\uvicorn.exe" backend.main:app');
    expect(runsApp(script.command, 'backend.main:app')).toBe(true);
    expect(isOurBackend(script, facts)).toBe(false);
    expect(isOurBackend({ port: 8001, address: '0.0.0.0', pid: 7 }, facts)).toBe(false);
  });
  it('splits command lines at blanks outside quotes', () => {
    expect(commandWords('"C:\\a b\\python.exe" -m  uvicorn "x y"z')).toEqual([
      'C:\\a b\\python.exe',
      '-m',
      'uvicorn',
      'x yz',
    ]);
    expect(within('/p/sub/f', '/p', 'linux')).toBe(true);
    expect(within('/p', '/p', 'linux')).toBe(true);
    expect(within('/P/sub', '/p', 'linux')).toBe(false);
    expect(within('/P/sub', '/p', 'darwin')).toBe(true);
    expect(within('/p2/sub', '/p', 'darwin')).toBe(false);
    expect(within('D:\\p\\x', 'C:\\p', 'win32')).toBe(false);
  });
});

describe('classifyRange', () => {
  it('tells free, ours, held, leased and excluded ports apart; stale leases are free', () => {
    const leases: LeaseRecord[] = [
      { port: 3, file: '/l/3.json', lease: { pid: 5, purpose: 'udo-port find' } as never },
      { port: 4, file: '/l/4.json', staleReason: 'expired' },
    ];
    const listeners: Listener[] = [
      { port: 2, address: '0.0.0.0', pid: 9, name: 'python3' },
      { port: 1, address: '0.0.0.0', pid: 8 },
    ];
    const entries = classifyRange(
      { from: 1, to: 6 },
      listeners,
      leases,
      [{ from: 6, to: 9 }],
      new Set([1]),
    );
    expect(entries.map((e) => e.state)).toEqual([
      'ours',
      'held',
      'leased',
      'free',
      'free',
      'excluded',
    ]);
    expect(entries[1]?.by).toBe('PID 9 (python3)');
    expect(entries[2]?.by).toMatch(/^PID 5 \(udo-port find\)/);
  });
});

describe('the API URL', () => {
  it('parses http(s) URLs and their ports', () => {
    expect(parseApiUrl(undefined)).toEqual({ state: 'unset' });
    expect(parseApiUrl('  ')).toEqual({ state: 'unset' });
    expect(parseApiUrl('localhost:8001')).toMatchObject({ state: 'invalid' });
    expect(parseApiUrl('not a url')).toMatchObject({ state: 'invalid' });
    expect(parseApiUrl('http://localhost:8001/api')).toMatchObject({ state: 'valid', port: 8001 });
    expect(parseApiUrl('https://api.example.com')).toMatchObject({ state: 'valid', port: 443 });
    expect(parseApiUrl('http://[::1]')).toMatchObject({ state: 'valid', port: 80 });
  });

  it('replaces only the port', () => {
    expect(withPort('http://localhost:8001/api/v1?x=1', 8002)).toBe(
      'http://localhost:8002/api/v1?x=1',
    );
    expect(withPort('http://127.0.0.1', 8002)).toBe('http://127.0.0.1:8002');
    expect(withPort('https://u:p@[::1]:9/x', 8002)).toBe('https://u:p@[::1]:8002/x');
    expect(withPort('ftp://x', 1)).toBeUndefined();
  });

  it('the fix keeps the URL, unless --url-host is given or the URL is unusable', () => {
    const setting = { setting: 'localhost' };
    expect(targetUrl(parseApiUrl('http://127.0.0.1:8001/api'), 8005, setting)).toBe(
      'http://127.0.0.1:8005/api',
    );
    expect(targetUrl(parseApiUrl('http://127.0.0.1:8001'), 8005, { ...setting, flag: '::1' })).toBe(
      'http://[::1]:8005',
    );
    expect(targetUrl(parseApiUrl('garbage'), 8005, setting)).toBe('http://localhost:8005');
    expect(targetUrl(parseApiUrl(undefined), 8005, setting)).toBe('http://localhost:8005');
  });

  it('credentials in a URL are masked when shown', () => {
    expect(shownUrl('http://admin:hunter2@localhost:8001/x')).toBe('http://***@localhost:8001/x');
    expect(shownUrl('http://localhost:8001')).toBe('http://localhost:8001');
  });
});

describe('staleness', () => {
  const l = (pid: number): Listener => ({ port: 3000, address: '::', pid });
  const pids = (servers: { listener: Listener }[]) => servers.map((s) => s.listener.pid);

  it('next dev reloads env files itself: never stale, only noted as reloaded', () => {
    const result = staleness({
      devChangedAt: 5000,
      prodChangedAt: 5000,
      servers: [
        { listener: l(1), kind: 'dev', startedAt: 3999 },
        // Within a second of the change: a /proc start time may be that early, so not before it.
        { listener: l(2), kind: 'dev', startedAt: 4001 },
        { listener: l(3), kind: 'dev' },
      ],
    });
    expect(result).toMatchObject({ serving: [], unknown: [], build: false });
    expect(pids(result.reloaded)).toEqual([1]);
  });

  it('next start is stale when it started, or its build was made, before the change', () => {
    const servers = [
      { listener: l(1), kind: 'start' as const, startedAt: 3999 },
      { listener: l(2), kind: 'start' as const, startedAt: 4001 },
    ];
    expect(pids(staleness({ prodChangedAt: 5000, servers, buildAt: 5000 }).serving)).toEqual([1]);
    const oldBuild = staleness({ prodChangedAt: 5000, servers, buildAt: 500 });
    expect(pids(oldBuild.serving)).toEqual([1, 2]);
    expect(oldBuild.build).toBe(true);
    expect(staleness({ prodChangedAt: 5000, servers: [] }).build).toBe(false);
  });

  it('a server of unknown kind that predates the change is kept apart', () => {
    const result = staleness({
      devChangedAt: 5000,
      servers: [{ listener: l(4), kind: 'unknown', startedAt: 10 }],
    });
    expect(pids(result.unknown)).toEqual([4]);
  });
});

describe('next dev or next start', () => {
  it('by the command line where it is real (Windows), else by the parent', () => {
    const bin = '/p/web/node_modules/.bin/next';
    expect(nextKind(`node ${bin} dev -p 3000`, undefined)).toBe('dev');
    expect(nextKind('node C:\\p\\next\\dist\\server\\lib\\start-server.js', undefined)).toBe('dev');
    expect(nextKind(`node ${bin} start`, undefined)).toBe('start');
    // Linux and macOS: both are titled next-server.
    expect(nextKind('next-server (v16.4.6)', `node ${bin} dev -p 3000`)).toBe('dev');
    expect(nextKind('next-server (v16.4.6)', 'npm run start')).toBe('start');
    expect(nextKind('next-server (v16.4.6)', '/sbin/init')).toBe('start');
    expect(nextKind('next-server (v16.4.6)', undefined)).toBe('unknown');
  });

  it("the rebuild command, from the user's shell, on the server's port", () => {
    expect(rebuildCommand('web-dashboard', 28598, 'linux')).toEqual([
      'cd web-dashboard',
      'npm run build',
      'npm run start -- -p 28598',
    ]);
    expect(rebuildCommand('.', 3000, 'linux')).toEqual(['npm run build', 'npm run start']);
    // One command a line: Windows PowerShell 5.1 has no &&.
    expect(rebuildCommand('my web', undefined, 'win32')).toEqual([
      'cd "my web"',
      'npm run build',
      'npm run start',
    ]);
  });
});

describe('git', () => {
  it('judges tracked and unignored paths', () => {
    const facts = {
      tracked: new Set(['backend/.env']),
      ignored: new Map([['backend/.env', '.gitignore:3:backend/.env']]),
    };
    expect(judgeGit(['backend/.env', 'web-dashboard/.env.local'], facts)).toEqual({
      tracked: ['backend/.env'],
      unignored: ['web-dashboard/.env.local'],
    });
  });
  it('appends entries in the file’s own line ending, keeping every byte before them', () => {
    expect(appendLines('', ['a/b'])).toBe('a/b\n');
    expect(appendLines('x\r\ny', ['a/b', '/c'])).toBe('x\r\ny\r\na/b\r\n/c\r\n');
    expect(appendLines('x\n', ['a/b'])).toBe('x\na/b\n');
    expect(ignoreEntry('backend/.env')).toBe('backend/.env');
    expect(ignoreEntry('.env.local')).toBe('/.env.local');
  });
});

describe('venv layout', () => {
  it('a venv is foreign when only the other OS’s folder is there', () => {
    expect(foreignLayout({ layout: 'windows' }, 'linux')).toBe('windows');
    expect(foreignLayout({ layout: 'posix' }, 'win32')).toBe('posix');
    expect(foreignLayout({ layout: 'posix' }, 'darwin')).toBeUndefined();
    expect(foreignLayout({ layout: 'both' }, 'linux')).toBeUndefined();
    expect(foreignLayout({ layout: 'none' }, 'linux')).toBeUndefined();
  });
});

describe('commands for the user’s OS', () => {
  it('kill, copy, unset and quoting', () => {
    expect(endCommand(42, 'win32')).toBe('taskkill /PID 42 /T /F');
    expect(endCommand(42, 'linux')).toBe('kill 42');
    expect(copyCommand('backend/.env.example', 'backend/.env', 'darwin')).toBe(
      'cp -n backend/.env.example backend/.env',
    );
    expect(copyCommand('backend\\.env.example', 'backend\\.env', 'win32')).toBe(
      'copy backend\\.env.example backend\\.env',
    );
    expect(unsetCommand('NEXT_PUBLIC_API_URL', 'linux')).toBe('unset NEXT_PUBLIC_API_URL');
    expect(unsetCommand('NEXT_PUBLIC_API_URL', 'win32')).toBe(
      'Remove-Item Env:NEXT_PUBLIC_API_URL',
    );
    expect(quote('my venv', 'linux')).toBe("'my venv'");
    expect(quote("it's", 'linux')).toBe("'it'\\''s'");
    expect(quote('my venv', 'win32')).toBe('"my venv"');
  });
  it('paths are shown relative to the shell when inside it', () => {
    expect(shownPath('/a/b/c', '/a')).toBe('b/c');
    expect(shownPath('/a', '/a')).toBe('.');
    expect(shownPath('/x/y', '/a')).toBe('/x/y');
  });
});

describe('rendering', () => {
  const report = {
    results: [
      fake({ id: 'venv.present', status: 'pass', details: ['hidden unless --verbose'] }),
      fake({
        id: 'web.api-url',
        status: 'error',
        message: 'wrong port',
        details: ['because'],
        remedy: ['npx udo-doctor --fix'],
        fixable: true,
        locations: [{ file: '/p/web-dashboard/.env.local', line: 2 }],
      }),
      fake({
        id: 'env.syntax',
        status: 'warn',
        message: 'two lines',
        locations: [
          { file: '/p/backend/.env', line: 3, message: 'a, b: 100%' },
          { file: '/p/backend/.env', line: 5, message: 'second\nline' },
        ],
      }),
    ],
    summary: { errors: 1, warnings: 1, passed: 1, skipped: 0 },
  };

  it('groups by area, one line per check, remedy under the finding, summary last', () => {
    const text = renderHuman(report, { verbose: false, paint: plain, root: '.' });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('udo-doctor: .');
    expect(lines).toContain('venv');
    expect(lines).toContain('  ✓ venv.present  venv.present says so');
    expect(lines).toContain('  ✗ web.api-url   wrong port');
    expect(lines).toContain('                  fix: npx udo-doctor --fix');
    expect(lines.at(-1)).toBe('1 error, 1 warning, 1 passed, 0 skipped');
    expect(text).not.toContain('hidden unless --verbose');
    expect(lines.indexOf('env')).toBeLessThan(lines.indexOf('web'));
    expect(renderHuman(report, { verbose: true, paint: plain, root: '.' })).toContain(
      'hidden unless --verbose',
    );
  });

  it('a clean run is one line', () => {
    const clean = {
      results: [fake({ id: 'leases', status: 'pass' })],
      summary: summarize([fake({ id: 'leases', status: 'pass' })]),
    };
    expect(
      renderHuman(clean, { verbose: false, paint: plain, root: '.', facts: 'backend port 8001' }),
    ).toBe('✓ all clear: 1 passed, 0 skipped in . (backend port 8001)\n');
  });

  it('JSON has schemaVersion 1, the summary, and the checks with file and line', () => {
    const json = renderJson(report) as { schemaVersion: number; checks: Record<string, unknown>[] };
    expect(json).toMatchObject({ schemaVersion: 1, summary: report.summary });
    expect(json.checks[1]).toMatchObject({
      id: 'web.api-url',
      status: 'error',
      remedy: 'npx udo-doctor --fix',
      fixable: true,
      file: '/p/web-dashboard/.env.local',
      line: 2,
    });
    expect(json.checks[0]).toMatchObject({ remedy: null, file: null, line: null });
  });

  it('annotations: one per place, escaped, with the remedy', () => {
    const lines = renderAnnotations(report.results, (file) => file.replace('/p/', ''));
    expect(lines).toEqual([
      '::error file=web-dashboard/.env.local,line=2,title=udo-doctor web.api-url::wrong port%0Afix: npx udo-doctor --fix',
      '::warning file=backend/.env,line=3,title=udo-doctor env.syntax::a, b: 100%25',
      '::warning file=backend/.env,line=5,title=udo-doctor env.syntax::second%0Aline',
    ]);
  });
});

describe('checks on Windows, with the OS lookups replaced', () => {
  class WindowsContext extends Context {
    constructor(
      private readonly fakeListeners: Listener[],
      private readonly fakeRanges: ExcludedPortRange[],
      leaseDir: string,
      root = 'C:\\p',
    ) {
      super({
        root,
        shellDir: root,
        env: { UDO_PORT_LEASE_DIR: leaseDir },
        platform: 'win32',
        settingsInput: {},
        envFile: join(leaseDir, 'no-such.env'),
        envFileName: 'backend/.env',
        envLocal: join(leaseDir, 'web', '.env.local'),
        venv: join(leaseDir, '.venv'),
        app: 'backend.main:app',
        doctorCommand: 'npx udo-doctor',
        startCommand: 'npx udo-port start',
      });
    }
    override listeners(): Promise<ListenerLookup> {
      return Promise.resolve({ listeners: this.fakeListeners });
    }
    override excluded(): Promise<ExcludedPortRange[]> {
      return Promise.resolve(this.fakeRanges);
    }
    // As on Windows: no start times.
    override startTime(): Promise<number | undefined> {
      return Promise.resolve(undefined);
    }
  }

  afterAll(cleanup);

  it('port.windows-excluded names the range and net stop winnat', async () => {
    const ctx = new WindowsContext(
      [],
      [{ from: 7949, to: 8148, administered: false }],
      await tempDir(),
    );
    const outcome = await portWindowsExcluded.run(ctx);
    expect(outcome).toMatchObject({
      status: 'error',
      message: expect.stringContaining("port 8001 lies in Windows's excluded range 7949-8148"),
      remedy: ['net stop winnat', 'net start winnat'],
      data: { administered: false },
    });
    const clear = await portWindowsExcluded.run(
      new WindowsContext([], [{ from: 50000, to: 50059, administered: false }], await tempDir()),
    );
    expect(clear.status).toBe('pass');
  });

  it('port.windows-excluded: an administered range is not freed by restarting winnat', async () => {
    const ctx = new WindowsContext(
      [],
      [{ from: 8000, to: 8009, administered: true }],
      await tempDir(),
    );
    const outcome = await portWindowsExcluded.run(ctx);
    expect(outcome).toMatchObject({
      status: 'error',
      message: expect.stringContaining('which an administrator added'),
      remedy: ['npx udo-port start --range 8010-8019'],
      data: { excluded: '8000-8009', administered: true },
    });
    expect(outcome.remedy?.join('\n')).not.toContain('winnat');
    expect(outcome.details).toContain(
      'restarting winnat does not free an administered range; only an administrator can remove it',
    );
    expect(outcome.details?.join('\n')).toContain(
      'netsh int ipv4 delete excludedportrange protocol=tcp startport=8000 numberofports=10',
    );
  });

  it('port.backend ends a foreign holder with taskkill', async () => {
    const holder: Listener = {
      port: 8001,
      address: '0.0.0.0',
      pid: 4242,
      name: 'python.exe',
      command: 'python -m http.server 8001',
    };
    const outcome = await portBackend.run(new WindowsContext([holder], [], await tempDir()));
    expect(outcome).toMatchObject({
      status: 'error',
      remedy: ['taskkill /PID 4242 /T /F'],
      data: { state: 'foreign', holder: { pid: 4242, name: 'python.exe' } },
    });
  });

  it('port.backend: our backend, known by its command line, passes', async () => {
    const ours: Listener = {
      port: 8001,
      address: '127.0.0.1',
      pid: 4243,
      name: 'python.exe',
      command:
        '"C:\\Users\\Jane Doe\\p\\.venv\\Scripts\\python.exe" -m uvicorn backend.main:app --port 8001',
    };
    const ctx = new WindowsContext([ours], [], await tempDir(), 'C:\\Users\\Jane Doe\\p');
    expect(await portBackend.run(ctx)).toMatchObject({
      status: 'pass',
      data: { state: 'ours', holder: { pid: 4243 } },
    });
  });

  it('port.backend: a holder whose command line is unknown may be ours: a warning, no claim', async () => {
    const holder: Listener = { port: 8001, address: '127.0.0.1', pid: 4244, name: 'python.exe' };
    const outcome = await portBackend.run(new WindowsContext([holder], [], await tempDir()));
    expect(outcome).toMatchObject({
      status: 'warn',
      message:
        'port 8001 (the default) is held by PID 4244 (python.exe), whose command line could not be read: it may be your backend',
      data: { state: 'unverified', holder: { pid: 4244, command: null } },
    });
    expect(outcome.remedy ?? []).toEqual([]);
    expect(outcome.details).toContain(
      'if it is not your backend (uvicorn backend.main:app in C:\\p), end it: taskkill /PID 4244 /T /F',
    );
    expect(outcome.details?.join('\n')).not.toContain("is not this project's backend");
  });

  it('port.ipv6-shadow: a ::1 holder whose command line is unknown is a warning, no claim', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', '.env.local'), 'NEXT_PUBLIC_API_URL=http://localhost:8001\n');
    const shadow: Listener = { port: 8001, address: '::1', pid: 4245, name: 'python.exe' };
    const outcome = await portIpv6Shadow.run(new WindowsContext([shadow], [], dir));
    expect(outcome).toMatchObject({ status: 'warn', data: { holder: { pid: 4245 } } });
    expect(outcome.remedy ?? []).toEqual([]);
    expect(outcome.details).toContain(
      'if it is not your backend, end it: taskkill /PID 4245 /T /F',
    );
  });

  it('web.stale: without command lines or start times it cannot tell, so it does not pass', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', '.env.local'), 'NEXT_PUBLIC_API_URL=http://localhost:8001\n');
    const unread: Listener = { port: 3000, address: '::', pid: 4246, name: 'node.exe' };
    const blind = await webStale.run(new WindowsContext([unread], [], dir));
    expect(blind).toMatchObject({ status: 'skip', data: { unknown: [4246], servers: [] } });
    expect(blind.message).toMatch(/^cannot tell whether a next start server predates/);
    expect(blind.details?.join('\n')).toContain('PID 4246 (port 3000)');

    const modules = join(dir, 'web', 'node_modules', 'next', 'dist');
    const start: Listener = {
      port: 3001,
      address: '::',
      pid: 4248,
      name: 'node.exe',
      command: `"C:\\Program Files\\nodejs\\node.exe" ${join(modules, 'bin', 'next')} start -p 3001`,
    };
    const untimed = await webStale.run(new WindowsContext([start], [], dir));
    expect(untimed).toMatchObject({
      status: 'skip',
      data: { servers: [{ pid: 4248, port: 3001, kind: 'start' }] },
    });
    expect(untimed.details?.join('\n')).toContain('its start time cannot be read here');

    // next dev's server, as Windows shows it: it reloads env files, so its start time is moot.
    const dev: Listener = {
      port: 3000,
      address: '::',
      pid: 4247,
      name: 'node.exe',
      command: `"C:\\Program Files\\nodejs\\node.exe" ${join(modules, 'server', 'lib', 'start-server.js')}`,
    };
    expect(await webStale.run(new WindowsContext([dev], [], dir))).toMatchObject({
      status: 'pass',
      message: 'next dev is running and reloads the env files itself',
      data: { servers: [{ pid: 4247, kind: 'dev' }] },
    });

    const nothing = await webStale.run(new WindowsContext([], [], dir));
    expect(nothing).toMatchObject({ status: 'pass', message: 'no Next.js server running' });
  });
});

describe('leases in messages', () => {
  it('one formatter names the owner, its purpose, folder and expiry', async () => {
    const lease = {
      pid: 5,
      purpose: 'udo-port find',
      cwd: '/p',
      expiresAt: '2030-01-01T00:00:00Z',
    } as never;
    expect(leaseOwner({ port: 3, file: '/l/3.json', lease })).toBe(
      'PID 5 (udo-port find) in /p, until 2030-01-01T00:00:00Z',
    );
    expect(leaseOwner({ port: 4, file: '/l/4.json' })).toBe('an unreadable lease file');
  });
});

describe('site-packages', () => {
  it('finds versions in dist-info and egg-info folders, the venv before the base', async () => {
    const venv = await tempDir();
    const base = await tempDir();
    const site = join(venv, 'lib', 'python3.12', 'site-packages');
    const dist = join(base, 'lib', 'python3', 'dist-packages');
    for (const dir of ['uvicorn-0.30.1.dist-info', 'Flask_Login-0.6.3.dist-info']) {
      mkdirSync(join(site, dir), { recursive: true });
    }
    for (const dir of ['uvicorn-0.17.6.egg-info', 'fastapi-0.92.0-py3.11.egg-info']) {
      mkdirSync(join(dist, dir), { recursive: true });
    }
    mkdirSync(join(base, 'bin'));
    const config = {
      home: join(base, 'bin'),
      version: '3.12.1',
      systemSitePackages: true,
      lines: {},
    };
    const sites = [...venvSitePackages({ path: venv }), ...baseSitePackages({ config }, 'linux')];
    expect(sites).toEqual([site, dist]);
    expect(findDistributions(sites, ['uvicorn', 'fastapi', 'flask-login', 'django'])).toEqual({
      uvicorn: '0.30.1',
      fastapi: '0.92.0',
      'flask-login': '0.6.3',
      django: undefined,
    });
  });
});

describe('checks as pure diagnoses, from hand-made facts', () => {
  // Paths as the user's shell in /p would show them.
  const show = (path: string) => path.replace(/^\/p\//, '');
  const venv: Venv = {
    path: '/p/.venv',
    exists: true,
    interpreter: '/p/.venv/bin/python',
    usable: true,
    dangling: false,
    layout: 'posix',
    configFile: '/p/.venv/pyvenv.cfg',
    config: { home: '/usr/bin', version: '3.12.1', systemSitePackages: false, lines: { home: 1 } },
  };
  const venvFacts = { venv, platform: 'linux' as const, show };

  it('venv.present: a missing venv is an error with the commands that make it', () => {
    expect(venvPresent.diagnose({ ...venvFacts, venv: { ...venv, exists: false } })).toEqual({
      status: 'error',
      message: 'no virtualenv at .venv',
      details: ['the backend runs as `python -m uvicorn` from this virtualenv'],
      remedy: ['python3 -m venv .venv', '.venv/bin/python -m pip install uvicorn fastapi'],
    });
    expect(
      venvPresent.diagnose({ ...venvFacts, requirements: '/p/backend/requirements.txt' }),
    ).toEqual({
      status: 'pass',
      message: '.venv has bin/python and pyvenv.cfg',
      data: { path: '/p/.venv', interpreter: '/p/.venv/bin/python' },
    });
  });

  it('venv.platform: a Windows-made venv is an error here; a POSIX one passes', () => {
    expect(venvPlatform.diagnose({ ...venvFacts, venv: { ...venv, layout: 'windows' } })).toEqual({
      status: 'error',
      message: '.venv was made on Windows: it has only Scripts\\, and this OS needs bin/',
      details: ['a virtualenv cannot move between operating systems; make it anew here'],
      remedy: ['python3 -m venv --clear .venv', '.venv/bin/python -m pip install uvicorn fastapi'],
      data: { layout: 'windows' },
    });
    expect(venvPlatform.diagnose(venvFacts)).toEqual({
      status: 'pass',
      message: '.venv has the POSIX (bin/) layout',
      data: { layout: 'posix' },
    });
  });

  it('venv.uvicorn: names what is missing, installs from requirements; skips an unasked venv', () => {
    const versions = { uvicorn: '0.30.1', fastapi: undefined };
    expect(
      venvUvicorn.diagnose({ ...venvFacts, versions, requirements: '/p/requirements.txt' }),
    ).toEqual({
      status: 'error',
      message: 'fastapi is not installed in .venv',
      details: ['installed: uvicorn 0.30.1'],
      remedy: ['.venv/bin/python -m pip install -r requirements.txt'],
      data: { versions },
    });
    const both = { uvicorn: '0.30.1', fastapi: '0.110.0' };
    expect(venvUvicorn.diagnose({ ...venvFacts, versions: both })).toEqual({
      status: 'pass',
      message: 'uvicorn 0.30.1, fastapi 0.110.0',
      data: { versions: both },
    });
    expect(venvUvicorn.diagnose(venvFacts).status).toBe('skip');
  });

  const text = (file: string, body?: string) =>
    body === undefined ? { file, exists: false } : { file, exists: true, text: body };

  it('env.backend: a missing backend/.env is fixable from its template; a full one passes', () => {
    const example = text('/p/backend/.env.example', 'API_PORT=8001\nSECRET=\n');
    expect(
      envBackend.diagnose({ env: text('/p/backend/.env'), example, platform: 'linux', show }),
    ).toEqual({
      status: 'warn',
      message: 'backend/.env is missing; the backend runs on its defaults',
      details: ['make it from the template backend/.env.example, then fill in its values'],
      remedy: ['cp -n backend/.env.example backend/.env'],
      fixable: true,
      locations: [{ file: '/p/backend/.env.example' }],
    });
    const env = {
      ...text('/p/backend/.env', 'API_PORT=8001\nSECRET=\n'),
      values: { API_PORT: '8001', SECRET: '' },
    };
    expect(envBackend.diagnose({ env, example, platform: 'linux', show })).toEqual({
      status: 'warn',
      message: 'backend/.env leaves SECRET empty (keys of backend/.env.example)',
      details: ['edit backend/.env: give SECRET a value (see backend/.env.example)'],
      locations: [{ file: '/p/backend/.env', line: 2, message: 'SECRET is empty in backend/.env' }],
      data: { missing: [], empty: ['SECRET'] },
    });
    const full = { ...env, values: { API_PORT: '8001', SECRET: 's' } };
    expect(envBackend.diagnose({ env: full, example, platform: 'linux', show })).toEqual({
      status: 'pass',
      message: 'backend/.env has every key of backend/.env.example',
    });
  });

  it('env.syntax: one bad line is named in the message; clean files pass, each once', () => {
    const env = text('/p/backend/.env', 'API_PORT=8001\nAPI_PORT=8002\n');
    expect(
      envSyntax.diagnose({
        files: [env, text('/p/backend/.env.example')],
        show,
        doctorCommand: 'npx udo-doctor',
      }),
    ).toEqual({
      status: 'warn',
      message: 'backend/.env:2: API_PORT is set again (first on line 1); dotenv keeps this one',
      details: [],
      remedy: ['edit the lines named above'],
      locations: [
        {
          file: '/p/backend/.env',
          line: 2,
          message: 'API_PORT is set again (first on line 1); dotenv keeps this one',
        },
      ],
    });
    const clean = text('/p/backend/.env', 'API_PORT=8001\n');
    expect(
      envSyntax.diagnose({ files: [clean, clean], show, doctorCommand: 'npx udo-doctor' }),
    ).toEqual({
      status: 'pass',
      message: 'backend/.env: no problems',
    });
    expect(envSyntax.diagnose({ files: [], show, doctorCommand: 'npx udo-doctor' }).status).toBe(
      'skip',
    );
  });

  it('leases: a stale lease is information, never a finding; an unreadable folder is', () => {
    const live: LeaseRecord = { port: 8001, file: '/l/8001.json' };
    const stale: LeaseRecord = { port: 8002, file: '/l/8002.json', staleReason: 'PID 9 ended' };
    expect(leasesCheck.diagnose({ dir: '/l', records: [live, stale] })).toEqual({
      status: 'pass',
      message: '1 live lease and 1 stale (8002, taken over when wanted) in /l',
      details: [
        '8001 live: an unreadable lease file',
        '8002 stale: PID 9 ended',
        'udo-port takes a stale lease over when its port is next wanted; to tidy up anyway: npx udo-port release 8002',
      ],
      data: { dir: '/l', live: [8001], stale: [{ port: 8002, reason: 'PID 9 ended' }] },
    });
    expect(leasesCheck.diagnose({ records: [], problem: 'EACCES' })).toEqual({
      status: 'warn',
      message: 'the lease folder cannot be read: EACCES',
    });
  });

  const settings = () => ({
    settings: resolveSettings({}, { env: {}, dotenv: {}, dotenvLabel: 'backend/.env' }),
  });

  it('port.windows-excluded: a port in a reserved range is an error; elsewhere it skips', () => {
    const ranges: ExcludedPortRange[] = [{ from: 8000, to: 8099, administered: false }];
    expect(
      portWindowsExcluded.diagnose({ platform: 'win32', settings: settings(), ranges }),
    ).toEqual({
      status: 'error',
      message:
        "port 8001 lies in Windows's excluded range 8000-8099 (Hyper-V, WSL or Docker): no process holds it, yet binding it fails",
      details: [
        'run the commands in an administrator terminal, one after the other; they free the ranges until they are taken again',
        'or run the backend above the range: npx udo-port start --range 8100-8109',
      ],
      remedy: ['net stop winnat', 'net start winnat'],
      data: { port: 8001, excluded: '8000-8099', administered: false },
    });
    expect(
      portWindowsExcluded.diagnose({ platform: 'win32', settings: settings(), ranges: [] }),
    ).toEqual({
      status: 'pass',
      message: "port 8001 lies outside Windows's excluded ranges",
      details: [],
      data: { port: 8001, excluded: [] },
    });
    expect(
      portWindowsExcluded.diagnose({ platform: 'linux', settings: settings(), ranges }),
    ).toEqual({ status: 'skip', message: 'only Windows reserves port ranges' });
  });

  const published = (host: number, target: number, line: number, hostIp = '') => ({
    hostIp,
    published: host,
    target,
    protocol: 'tcp',
    at: { file: '/p/compose.yaml', line, raw: `${host}:${target}` },
  });
  const service = (name: string, line: number, ports: ReturnType<typeof published>[]) => ({
    name,
    profiles: [],
    ports,
    environment: new Map(),
    environmentAt: new Map(),
    at: { file: '/p/compose.yaml', line, raw: name },
  });
  const composeProject = (services: ReturnType<typeof service>[]) =>
    ({
      resolver: 'built-in',
      files: ['/p/compose.yaml'],
      projectDir: '/p',
      envFile: '/p/.env',
      services,
      profiles: [],
      unresolved: [],
      blocked: [],
      notes: [],
      vars: {},
      varsWith: () => ({}),
      secrets: [],
    }) as ComposeProject;

  it('compose.port-clash: two services on one host port; the next free one is offered', () => {
    const project = composeProject([
      service('api', 2, [published(8001, 8000, 4)]),
      service('web', 6, [published(8001, 3000, 8), published(8002, 3001, 9)]),
    ]);
    expect(composePortClash.diagnose({ compose: { project }, show })).toEqual({
      status: 'error',
      message:
        'compose.yaml:8: service web publishes port 8001, which service api publishes at compose.yaml:4',
      remedy: ['change compose.yaml:8 to: - "8003:3000"'],
      locations: [
        { file: '/p/compose.yaml', line: 8 },
        { file: '/p/compose.yaml', line: 4 },
      ],
      data: { port: 8001, protocol: 'tcp', services: ['api', 'web'] },
    });
    const apart = composeProject([
      service('api', 2, [published(8001, 8000, 4, '127.0.0.1')]),
      service('web', 6, [published(8001, 3000, 8, '::1')]),
    ]);
    expect(composePortClash.diagnose({ compose: { project: apart }, show })).toEqual({
      status: 'pass',
      message: '2 published ports, none taken twice',
    });
    expect(composePortClash.diagnose({ compose: {}, show })).toEqual({
      status: 'skip',
      message: 'no compose file in the project',
    });
  });

  it('git.env-files: an unignored env file is fixable; ignored ones pass with their rules', () => {
    const files = [
      { path: 'backend/.env', file: '/p/backend/.env' },
      { path: 'web-dashboard/.env.local', file: '/p/web-dashboard/.env.local' },
    ];
    const base = { files, root: '/p', doctorCommand: 'npx udo-doctor', show };
    const ignored = new Map([['backend/.env', '.gitignore:1:backend/.env']]);
    expect(gitEnvFiles.diagnose({ ...base, git: { tracked: new Set(), ignored } })).toEqual({
      status: 'warn',
      message: 'web-dashboard/.env.local is not git-ignored: a git add . would commit it',
      details: ['--fix adds web-dashboard/.env.local to .gitignore'],
      remedy: ['npx udo-doctor --fix'],
      fixable: true,
      locations: [
        { file: '/p/.gitignore', message: 'web-dashboard/.env.local is not git-ignored' },
      ],
      data: { tracked: [], unignored: ['web-dashboard/.env.local'] },
    });
    ignored.set('web-dashboard/.env.local', '.gitignore:2:.env.local');
    expect(gitEnvFiles.diagnose({ ...base, git: { tracked: new Set(), ignored } })).toEqual({
      status: 'pass',
      message: 'backend/.env and web-dashboard/.env.local are git-ignored and not tracked',
      details: [
        'backend/.env: .gitignore:1:backend/.env',
        'web-dashboard/.env.local: .gitignore:2:.env.local',
      ],
    });
    expect(gitEnvFiles.diagnose({ ...base, files: [] })).toEqual({
      status: 'skip',
      message: 'the env files lie outside the project',
    });
  });

  it('web.api-url-source: a shell value wins over the file; the file alone passes', () => {
    const local = { path: '.env.local', file: '/p/web/.env.local', mtimeMs: 0 };
    const web = (value: string, source: string): WebFacts => ({
      dir: '/p/web',
      exists: true,
      files: [{ ...local, contents: 'NEXT_PUBLIC_API_URL=http://localhost:8001\n' }],
      unread: [],
      utf16: [],
      next: { env: { NEXT_PUBLIC_API_URL: value }, sources: { NEXT_PUBLIC_API_URL: source } },
      production: [],
    });
    const base = { envLocal: '/p/web/.env.local', platform: 'linux' as const, show };
    expect(
      webApiUrlSource.diagnose({
        ...base,
        web: web('http://localhost:9000', 'process'),
        shell: { NEXT_PUBLIC_API_URL: 'http://localhost:9000' },
      }),
    ).toEqual({
      status: 'warn',
      message:
        "the shell's NEXT_PUBLIC_API_URL=http://localhost:9000 wins over web/.env.local's http://localhost:8001: editing web/.env.local will not help",
      details: [
        'Next.js never replaces a variable the shell has set; unset it, then restart next dev from that shell',
      ],
      remedy: ['unset NEXT_PUBLIC_API_URL'],
      data: { source: 'process' },
    });
    expect(
      webApiUrlSource.diagnose({
        ...base,
        web: web('http://localhost:8001', '.env.local'),
        shell: {},
      }),
    ).toEqual({
      status: 'pass',
      message: 'NEXT_PUBLIC_API_URL comes from web/.env.local:1',
      data: { source: '.env.local' },
    });
  });
});
