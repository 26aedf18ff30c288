// Every hostile value is one clean line: each option of the CLIs and each input of the action,
// given values a user, a script or a workflow could pass (empty, huge, unicode, NUL, negative, 0,
// 65536, repeated, `--`, CR/LF, U+202E, 256.1.1.1...). Each gives a non-zero exit and one line
// naming the option, with no stack trace, no raw control character and no bare errno; no temp
// file or half-written file is left behind. This file's ports: 29270-29279.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newJob, runMain } from './action-harness.js';
import { cleanup, exampleCopy, type Run, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);

const HOSTILE = [
  '',
  ' ',
  'x'.repeat(5000),
  'a/'.repeat(3000),
  '한국어',
  'bad\0nul',
  '-1',
  '0',
  '65536',
  '--',
  'a\r\nb',
  'line\n::error::pwned',
  '\u202eevil',
  '\x1b[2J',
  '256.1.1.1',
  'NaN',
  '1e3',
  '0x50',
  '1.5',
  '99999999999999999999',
  '8001-',
  '9-1',
  '8001 8002',
  '/nonexistent/dir/x',
  '../../../../etc/passwd/x',
];

/** A raw control character or bidi override: what printable() escapes. */
const CONTROL = {
  test: (text: string) =>
    [...text].some((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (
        (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
        code === 0x7f ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069)
      );
    }),
};

/** Why an outcome is not one clean line naming `name`, or undefined when it is. */
function unclean(run: Run, name: string, text: string): string | undefined {
  if (run.code === 0) return 'exit 0';
  if (/\n\s+at |Error: .*\n\s+at /.test(text)) return 'a stack trace';
  // Printable: no raw control character, no raw bidi override.
  if (CONTROL.test(text)) return 'a raw control character';
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length !== 1) return `${lines.length} lines`;
  if (!lines[0]?.includes(name)) return 'no option named';
  // An errno may stand in brackets after words, never alone.
  if (/^\S*: ?E[A-Z]{3,}\b/.test(lines[0] ?? '')) return 'a bare errno';
  return undefined;
}

const report = (failures: string[]) => failures.join('\n');

/**
 * Inputs that pass: empty (or blank) is the default; a NUL cannot reach a real step's
 * environment (it ends the value there); export-env splits on line breaks; a duration in seconds.
 */
const ACCEPTED_INPUTS: string[] = [
  'port=""',
  'default-port=""',
  'range=""',
  'host=""',
  'url-host=""',
  'lease-ttl=""',
  'wait-for=""',
  'wait-timeout=""',
  'strict=""',
  'fallback=""',
  'export-env=""',
  'working-directory=""',
  'port=" "',
  'default-port=" "',
  'range=" "',
  'host=" "',
  'url-host=" "',
  'lease-ttl=" "',
  'wait-for=" "',
  'wait-timeout=" "',
  'strict=" "',
  'fallback=" "',
  'export-env=" "',
  'working-directory=" "',
  'export-env="xxxxxxxxxxxxxxxxxxxx"',
  'url-host="bad\\u0000nul"',
  'export-env="bad\\u0000nul"',
  'host="0"',
  'lease-ttl="65536"',
  'wait-timeout="65536"',
  'export-env="a\\r\\nb"',
  'url-host="NaN"',
  'export-env="NaN"',
  'url-host="1e3"',
  'url-host="9-1"',
  'wait-for="/nonexistent/dir/x"',
];

/** What passes: file names for --env-local, numbers of seconds, host 0 (any address), `release --`. */
const ACCEPTED: string[] = [
  'udo-port find --env-local="한국어"',
  'udo-port find --host="0"',
  'udo-port find --env-local="0"',
  'udo-port find --hold="65536"',
  'udo-port find --env-local="65536"',
  'udo-port start --wait="65536"',
  'udo-port release="--"',
  'udo-port find --env-local="a\\r\\nb"',
  'udo-port find --env-local="line\\n::error::pwned"',
  'udo-port find --env-local="\u202eevil"',
  'udo-port find --env-local="\\u001b[2J"',
  'udo-port find --env-local="256.1.1.1"',
  'udo-port find --url-host="NaN"',
  'udo-port find --env-local="NaN"',
  'udo-port find --url-host="1e3"',
  'udo-port find --env-local="1e3"',
  'udo-port find --env-local="0x50"',
  'udo-port find --env-local="1.5"',
  'udo-port find --env-local="99999999999999999999"',
  'udo-port find --env-local="8001-"',
  'udo-port find --url-host="9-1"',
  'udo-port find --env-local="9-1"',
  'udo-port find --env-local="8001 8002"',
];

describe('every CLI option', () => {
  it('udo-port and udo-doctor: each hostile value is one clean line and a non-zero exit', async () => {
    const project = await exampleCopy();
    const leases = await tempDir('udo-port-leases-');
    const envLocal = join(project, 'web-dashboard', '.env.local');
    const before = readFileSync(envLocal);
    const env = { UDO_PORT_LEASE_DIR: leases };
    const base = ['--range', '29270-29279', '--default-port', '29270'];
    const cases: [string, string[], string][] = [];
    for (const value of HOSTILE) {
      for (const option of ['--port', '--default-port', '--range', '--hold', '--fallback']) {
        cases.push(['udo-port', ['find', ...base, option, value], option]);
      }
      for (const option of ['--host', '--url-host', '--cwd']) {
        cases.push(['udo-port', ['find', ...base, option, value], option]);
      }
      cases.push([
        'udo-port',
        ['find', ...base, '--write-env-local', '--env-local', value],
        '--env-local',
      ]);
      cases.push(['udo-port', ['start', ...base, '--wait', value], '--wait']);
      cases.push(['udo-port', ['start', ...base, '--app', value], '--app']);
      cases.push(['udo-port', ['kill', value], 'PORT']);
      cases.push(['udo-port', ['release', value], 'PORT']);
      cases.push(['udo-doctor', ['--port', value], '--port']);
      cases.push(['udo-doctor', ['--range', value], '--range']);
      cases.push(['udo-doctor', ['--only', value], '--only']);
      cases.push(['udo-doctor', ['--cwd', value], '--cwd']);
    }
    // Repeated and doubled options.
    cases.push(['udo-port', ['find', ...base, '--port', '29270', '--port', '65536'], '--port']);
    cases.push(['udo-port', ['find', ...base, '--hold', '--hold'], '--hold']);
    cases.push(['udo-port', ['find', ...base, '--nope'], '--nope']);
    cases.push(['udo-port', ['find', ...base, '--port'], '--port']);
    const failures: string[] = [];
    const accepted: string[] = [];
    for (const [face, argv, name] of cases) {
      const run = await runCli(face as 'udo-port' | 'udo-doctor', argv, { cwd: project, env });
      const text = run.stderr + run.stdout;
      const shown = `${face} ${argv[0] === 'find' || argv[0] === 'start' ? `${argv[0]} ${name}` : argv[0]}=${JSON.stringify(argv.at(-1)?.slice(0, 20))}`;
      // A valid value: find prints a port, start goes on to the venv (there is none here).
      if (run.code === 0 || /^udo-port: --venv: /.test(text)) accepted.push(shown);
      else {
        const why = unclean(
          run,
          name,
          text.replace(/^udo-port: unknown option (\S+)/, `$& ${name}`),
        );
        if (why) failures.push(`${shown}: ${why}: ${JSON.stringify(text.slice(0, 300))}`);
      }
      // Each run starts from an empty lease folder, with no temp file left by the last.
      for (const leftover of readdirSync(leases)) {
        if (!/^\d+\.json$/.test(leftover)) failures.push(`${shown}: left ${leftover}`);
        rmSync(join(leases, leftover));
      }
    }
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(report(failures)).toBe('');
    // The values that are valid for their option, and only those.
    expect(accepted).toEqual(ACCEPTED);
    // Nothing half-written: the frontend file as it was, no temp file beside it or the leases.
    expect(readFileSync(envLocal).equals(before)).toBe(true);
    expect(readdirSync(join(project, 'web-dashboard')).filter((n) => n.includes('tmp'))).toEqual(
      [],
    );
    expect(readdirSync(leases)).toEqual([]);
  }, 600_000);
});

describe('every action input', () => {
  it('each hostile value fails the step with one ::error:: line naming the input', async () => {
    const workspace = await exampleCopy();
    const leases = await tempDir('udo-port-leases-');
    const inputs = [
      'port',
      'default-port',
      'range',
      'host',
      'url-host',
      'lease-ttl',
      'wait-for',
      'wait-timeout',
      'strict',
      'fallback',
      'export-env',
      'working-directory',
    ];
    const failures: string[] = [];
    const accepted: string[] = [];
    let count = 0;
    for (const value of HOSTILE) {
      for (const input of inputs) {
        count++;
        const job = await newJob();
        const run = await runMain(
          workspace,
          job,
          { range: '29270-29279', 'default-port': '29270', [input]: value },
          { UDO_PORT_LEASE_DIR: leases },
        );
        const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
        const text = errors.join('\n');
        const shown = `${input}=${JSON.stringify(value.slice(0, 20))}`;
        if (run.code === 0) accepted.push(shown);
        else {
          const why =
            errors.length !== 1
              ? `${errors.length} error lines`
              : unclean({ ...run, code: 1 }, `input '${input}'`, text);
          if (why) failures.push(`${shown}: ${why}: ${JSON.stringify(text.slice(0, 300))}`);
        }
        for (const leftover of readdirSync(leases)) {
          if (!/^\d+\.json$/.test(leftover)) failures.push(`${shown}: left ${leftover}`);
          rmSync(join(leases, leftover));
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(300);
    expect(report(failures)).toBe('');
    expect(accepted).toEqual(ACCEPTED_INPUTS);
  }, 900_000);
});

describe('a lease folder full of junk', () => {
  it('list reads only names a lease can have: 100,000 junk files, each port once', async () => {
    const { openLeaseRegistry } = await import('../src/core/leases/registry.js');
    const { closeSync, openSync } = await import('node:fs');
    const leases = await tempDir('udo-port-leases-');
    // Names the old pattern took for leases (zero-padded, out of range), and plain junk.
    for (let i = 0; i < 100_000; i++) {
      const name =
        i % 3 === 0
          ? `${String(i).padStart(6, '0')}.json`
          : i % 3 === 1
            ? `${70_000 + i}.json`
            : `junk-${i}`;
      closeSync(openSync(join(leases, name), 'w'));
    }
    closeSync(openSync(join(leases, '29279.json'), 'w'));
    const registry = openLeaseRegistry({ UDO_PORT_LEASE_DIR: leases });
    expect(registry.leasedPorts()).toEqual([29279]);
    const records = await registry.list();
    expect(records.map((record) => [record.port, record.staleReason])).toEqual([
      [29279, 'not a valid lease file'],
    ]);
  }, 300_000);
});
