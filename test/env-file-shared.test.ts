// udo-doctor --fix in a group-shared checkout (folders 2775, a teammate in the group), run as
// root: the teammate, a throwaway user, plants symlinks where the copy of backend/.env.example
// could be staged. Before, --fix used copyFile to `.env.<pid>.<ms>.tmp`, which followed such a
// link: root created or truncated a file of the teammate's choice with the example's text. Runs
// as root (useradd, setpriv). No ports; leases in a temp folder.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, exampleCheckout, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

let teammate = '';
let uid = 0;
let gid = 0;
const racers: ChildProcess[] = [];

beforeAll(() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new Error('test/env-file-shared.test.ts needs Linux and root: it makes a throwaway user');
  }
  teammate = `udo-t-${randomBytes(3).toString('hex')}s`;
  execFileSync('useradd', [
    '--system',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    teammate,
  ]);
  uid = Number(execFileSync('id', ['-u', teammate], { encoding: 'utf8' }));
  gid = Number(execFileSync('id', ['-g', teammate], { encoding: 'utf8' }));
});

afterAll(async () => {
  for (const racer of racers) racer.kill('SIGKILL');
  await cleanup();
  if (teammate) execFileSync('userdel', [teammate]);
});

/** Runs `script` in bash as the teammate. */
const asTeammate = (script: string) =>
  spawn('setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', 'bash', '-c', script], {
    stdio: 'ignore',
  });

const finished = (child: ChildProcess) =>
  new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

describe('udo-doctor --fix copies backend/.env.example', () => {
  it('through no link a teammate plants, at the old temp names or at any name it sees appear', async () => {
    const base = await tempDir('udo-shared-');
    chmodSync(base, 0o755);
    const project = await exampleCheckout();
    const checkout = join(base, 'team');
    execFileSync('cp', ['-a', project, checkout]);
    // The group-shared checkout: root's, the teammate's group, setgid folders the group writes.
    execFileSync('chown', ['-R', `0:${gid}`, checkout]);
    execFileSync('find', [checkout, '-type', 'd', '-exec', 'chmod', '2775', '{}', '+']);
    const backend = join(checkout, 'backend');
    // Root's file outside the checkout, as /etc/... would be.
    const outside = join(base, 'root-only');
    mkdirSync(outside, { mode: 0o755 });
    const target = join(outside, 'config');
    writeFileSync(target, 'root only\n', { mode: 0o644 });
    const absent = join(outside, 'created-by-root');
    const example = readFileSync(join(backend, '.env.example'));

    // The names the old --fix used (`.${basename}.${pid}.${Date.now()}.tmp`), for this process and the next 20 s, each a link to the
    // target (half of them to a file root would create).
    const t0 = Date.now();
    const plantNames =
      `const fs = require('node:fs');` +
      `for (let t = ${t0}; t < ${t0 + 20_000}; t++) ` +
      `fs.symlinkSync(t % 2 ? ${JSON.stringify(target)} : ${JSON.stringify(absent)}, ` +
      `${JSON.stringify(backend)} + '/..env.${process.pid}.' + t + '.tmp');`;
    const plant = spawn(
      'setpriv',
      [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', process.execPath, '-e', plantNames],
      { stdio: 'ignore' },
    );
    racers.push(plant);
    expect(await finished(plant)).toBe(0);
    // And whatever appears in backend/ while --fix runs: a link put inside it, or in its place.
    const stop = join(base, 'stop');
    const racer = asTeammate(
      `cd ${backend}; end=$((SECONDS + 60)); while [ ! -e ${stop} ] && ((SECONDS < end)); do ` +
        'for f in .udo-port-* *.tmp; do ' +
        `ln -s ${target} "$f/.env" 2>/dev/null; ln -s ${target} "$f/.git" 2>/dev/null; ` +
        `ln -s ${target} "$f/.gitignore" 2>/dev/null; ` +
        `[ -L "$f" ] || { mv "$f" "$f.x" 2>/dev/null && ln -s ${outside} "$f" 2>/dev/null; }; ` +
        'done; done',
    );
    racers.push(racer);

    const env = { UDO_PORT_LEASE_DIR: await tempDir('udo-shared-leases-'), NO_COLOR: '1' };
    for (let round = 0; round < 5; round++) {
      const fixed = await runCli(
        'udo-doctor',
        ['--cwd', checkout, '--only', 'env.backend', '--fix'],
        {
          env,
        },
      );
      expect(fixed.stdout).toMatch(/copied .*\.env\.example to .*\.env/);
      // The attack, as it worked before: root wrote the example's text through the link.
      expect(readFileSync(target, 'utf8')).toBe('root only\n');
      expect(readdirSync(outside)).toEqual(['config']);
      const made = lstatSync(join(backend, '.env'));
      expect(made.isFile()).toBe(true);
      expect(made.uid).toBe(0);
      expect(readFileSync(join(backend, '.env'))).toEqual(example);
      execFileSync('rm', [join(backend, '.env')]);
    }
    writeFileSync(stop, '');
    await finished(racer);

    expect(readFileSync(target, 'utf8')).toBe('root only\n');
    expect(statSync(target).size).toBe(10);
    expect(readdirSync(outside)).toEqual(['config']);
    // Nothing of root's left behind: no temp folder, no copy.
    const leftovers = readdirSync(backend).filter((n) => {
      const stat = lstatSync(join(backend, n));
      return stat.uid === 0 && /^\.udo-port-|\.tmp$/.test(n);
    });
    expect(leftovers).toEqual([]);
  }, 180_000);

  it("reads no env file through a teammate's link to root's file: one line, from find and the doctor", async () => {
    const base = await tempDir('udo-shared-');
    chmodSync(base, 0o755);
    const project = await exampleCheckout();
    const checkout = join(base, 'team');
    execFileSync('cp', ['-a', project, checkout]);
    execFileSync('chown', ['-R', `0:${gid}`, checkout]);
    execFileSync('find', [checkout, '-type', 'd', '-exec', 'chmod', '2775', '{}', '+']);
    const secret = join(base, 'root-secret');
    writeFileSync(secret, 'API_PORT=31417\n', { mode: 0o600 });
    // The teammate's link, as they would make it in the shared folder.
    const link = asTeammate(`ln -s ${secret} ${join(checkout, 'backend', '.env')}`);
    expect(await finished(link)).toBe(0);
    expect(lstatSync(join(checkout, 'backend', '.env')).uid).toBe(uid);

    const env = { UDO_PORT_LEASE_DIR: await tempDir('udo-shared-leases-'), NO_COLOR: '1' };
    const find = await runCli('udo-port', ['find', '--cwd', checkout, '--range', '31417-31419'], {
      env,
    });
    expect(find.code).toBe(2);
    expect(find.stdout).toBe('');
    const lines = find.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`leads through a symlink of uid ${uid} .* to ${secret}, which belongs to uid 0`),
    );
    const doctor = await runCli('udo-doctor', ['--cwd', checkout, '--only', 'env.backend'], {
      env,
    });
    expect(doctor.stdout).toMatch(/backend\/\.env cannot be read \(leads through a symlink of uid/);
  });

  it('refuses to copy a backend/.env.example that is a FIFO, in one line, without blocking', async () => {
    const project = await exampleCheckout();
    const example = join(project, 'backend', '.env.example');
    execFileSync('rm', [example]);
    execFileSync('mkfifo', [example]);
    chownSync(example, uid, gid);
    const env = { UDO_PORT_LEASE_DIR: await tempDir('udo-shared-leases-'), NO_COLOR: '1' };
    const run = await runCli('udo-doctor', ['--cwd', project, '--only', 'env.backend', '--fix'], {
      env,
    });
    expect(run.stdout).toMatch(
      /backend\/\.env is missing, and its template .*\.env\.example cannot be read \(is a FIFO, not a regular file\)/,
    );
    expect(readdirSync(join(project, 'backend')).sort()).toEqual([
      '.env.example',
      '__init__.py',
      'main.py',
    ]);
  });
});
