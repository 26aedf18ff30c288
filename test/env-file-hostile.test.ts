// The env writer and readers against a hostile second local user, with real users, FIFOs, devices
// and symlinks. Runs as root: it makes throwaway users (useradd) and chowns files to them.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  type Stats,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  envFileContents,
  linkRefusal,
  readEnvFile,
  writeEnvValue,
  writeFileAtomic,
} from '../src/core/env/file.js';
import { scanNextEnvFiles } from '../src/core/env/next-env.js';
import { UsageError } from '../src/core/errors.js';
import { bundle, cleanup, exampleCopy, ROOT, runBundle, tempDir } from './helpers.js';

const run = promisify(execFile);
const LIB = join(ROOT, 'dist', 'lib', 'index.js');
const KEY = 'NEXT_PUBLIC_API_URL';
const SECRET = `s3cret-${randomBytes(6).toString('hex')}`;

interface TestUser {
  name: string;
  uid: number;
  gid: number;
}

const tag = randomBytes(3).toString('hex');
/** Plants links in the project; owns the project. */
let mallory: TestUser;
/** A third user whose files live outside the project. */
let victim: TestUser;
const made: string[] = [];

function makeUser(name: string): TestUser {
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  made.push(name);
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }));
  return { name, uid: id('-u'), gid: id('-g') };
}

beforeAll(() => {
  if (process.geteuid?.() !== 0) {
    throw new Error(
      'test/env-file-hostile.test.ts must run as root: it creates throwaway users with useradd and chowns files to them',
    );
  }
  try {
    mallory = makeUser(`udo-t-${tag}m`);
    victim = makeUser(`udo-t-${tag}v`);
  } catch (error) {
    throw new Error(`cannot create the throwaway test users with useradd: ${String(error)}`);
  }
});

afterAll(async () => {
  await cleanup();
  for (const name of made) {
    try {
      execFileSync('userdel', [name], { stdio: 'ignore' });
    } catch {}
  }
});

/** A project folder owned by mallory, with a web-dashboard folder, as a user's checkout. */
async function project(): Promise<{ root: string; web: string }> {
  const root = await tempDir('udo-hostile-');
  chmodSync(root, 0o755);
  const web = join(root, 'web-dashboard');
  mkdirSync(web);
  chownSync(root, mallory.uid, mallory.gid);
  chownSync(web, mallory.uid, mallory.gid);
  return { root, web };
}

/** A folder of root's outside the project, for files a planted link must not reach. */
async function outside(): Promise<string> {
  const dir = await tempDir('udo-outside-');
  chmodSync(dir, 0o755);
  return dir;
}

function fileAs(path: string, text: string, who: TestUser | undefined, mode: number): Stats {
  writeFileSync(path, text);
  if (who) chownSync(path, who.uid, who.gid);
  chmodSync(path, mode);
  return statSync(path);
}

/** A symlink owned by `who` (as if they made it). */
function linkAs(target: string, path: string, who: TestUser): void {
  symlinkSync(target, path);
  lchownSync(path, who.uid, who.gid);
}

function expectUntouched(path: string, before: Stats, text: string): void {
  const now = statSync(path);
  expect({ ino: now.ino, uid: now.uid, gid: now.gid, mode: now.mode, mtime: now.mtimeMs }).toEqual({
    ino: before.ino,
    uid: before.uid,
    gid: before.gid,
    mode: before.mode,
    mtime: before.mtimeMs,
  });
  expect(readFileSync(path, 'utf8')).toBe(text);
}

/** What a write could leave in a folder: a temp folder or file. */
const leftovers = (dir: string) =>
  readdirSync(dir).filter((n) => n.startsWith('.udo-port-') || n.endsWith('.tmp'));

async function refusal(write: Promise<unknown>): Promise<UsageError> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  expect(message).not.toContain(SECRET);
  return error as UsageError;
}

// A FIFO is held open for HOLD_MS, so that code that blocks on it returns when the holder exits
// instead of hanging the run; it must have returned well within HANG_MS. The gap between a hang
// (HOLD_MS, or the bundle's own 60 s bound) and a busy host's slowest honest run is wide.
const HOLD_MS = 90_000;
const HANG_MS = 45_000;
vi.setConfig({ testTimeout: HOLD_MS + 30_000 });

/** Keeps the FIFO open for both ends, so that a reader that opens it blocking returns later. */
function holdOpen(fifo: string, ms = HOLD_MS): ChildProcess {
  const script = `require('fs').openSync(${JSON.stringify(fifo)}, 'r+'); setTimeout(() => {}, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  return child;
}

async function within<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  expect(Date.now() - started).toBeLessThan(ms);
  return result;
}

/** The bundles must hold this code: the tests that spawn dist/ would test an old build. */
function expectFreshBundle(file: string): void {
  // A command's index.js is the loader of its bundle, index.cjs beside it; the library is one file.
  const code = join(dirname(file), 'index.cjs');
  expect(
    readFileSync(existsSync(code) ? code : file, 'utf8').includes('not private to udo-port'),
    `${relative(ROOT, file)} predates the env-file hardening: run npm run bundle`,
  ).toBe(true);
}

describe('linkRefusal (the symlink rule)', () => {
  const base = { euid: 0, target: '/p/t', dirUid: 0, fileUid: 0 };
  it("follows links of the running user or root anywhere, another user's only to their own", () => {
    expect(linkRefusal({ ...base, links: [] })).toBeUndefined();
    expect(linkRefusal({ ...base, links: [{ path: '/p/l', uid: 0 }], fileUid: 7 })).toBeUndefined();
    const by1000 = [{ path: '/p/l', uid: 1000 }];
    expect(linkRefusal({ ...base, links: by1000, dirUid: 1000, fileUid: 1000 })).toBeUndefined();
    expect(
      linkRefusal({ ...base, links: by1000, dirUid: 1000, fileUid: undefined }),
    ).toBeUndefined();
    expect(linkRefusal({ ...base, links: by1000, dirUid: 1000, fileUid: 0 })).toMatch(
      /^leads through a symlink of uid 1000 \(\/p\/l\) to \/p\/t, which belongs to uid 0; refused/,
    );
    expect(linkRefusal({ ...base, links: by1000, dirUid: 0, fileUid: undefined })).toMatch(
      /in a folder of uid 0; refused/,
    );
    const two = [...by1000, { path: '/q', uid: 1001 }];
    expect(linkRefusal({ ...base, links: two, dirUid: 1000, fileUid: 1000 })).toMatch(
      /symlinks of uid 1000 \(\/p\/l\) and uid 1001 \(\/q\)/,
    );
    // A user's own links are theirs; root's too.
    const user = { euid: 1000, target: '/p/t', dirUid: 5, fileUid: 5 };
    expect(linkRefusal({ ...user, links: [{ path: '/l', uid: 1000 }] })).toBeUndefined();
    expect(linkRefusal({ ...user, links: [{ path: '/l', uid: 0 }] })).toBeUndefined();
    expect(linkRefusal({ ...user, links: [{ path: '/l', uid: 1001 }] })).toMatch(/uid 1001/);
  });
});

describe('writing as root in a folder another user can write', () => {
  it('keeps the owner, group and mode of the file it replaces', async () => {
    const { web } = await project();
    const file = join(web, '.env.local');
    const text = `SECRET=${SECRET}\n${KEY}=http://localhost:8000\n`;
    const before = fileAs(file, text, victim, 0o640);
    chownSync(file, victim.uid, mallory.gid);
    expect(await writeEnvValue(file, KEY, 'http://localhost:27820', '--env-local')).toBe('updated');
    const now = statSync(file);
    expect(now.ino).not.toBe(before.ino);
    expect({ uid: now.uid, gid: now.gid, mode: now.mode & 0o7777 }).toEqual({
      uid: victim.uid,
      gid: mallory.gid,
      mode: 0o640,
    });
    expect(readFileSync(file, 'utf8')).toBe(`SECRET=${SECRET}\n${KEY}=http://localhost:27820\n`);
    expect(leftovers(web)).toEqual([]);

    // A mode the umask would strip, and the doctor's .gitignore writer.
    const ignore = join(web, '.gitignore');
    fileAs(ignore, 'node_modules\n', mallory, 0o666);
    await writeFileAtomic(ignore, 'node_modules\n.env.local\n');
    const after = statSync(ignore);
    expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o7777 }).toEqual({
      uid: mallory.uid,
      gid: mallory.gid,
      mode: 0o666,
    });
    expect(readFileSync(ignore, 'utf8')).toBe('node_modules\n.env.local\n');
    expect(leftovers(web)).toEqual([]);
  });

  it("refuses a symlink another user planted to a third user's file outside the project", async () => {
    const { web } = await project();
    const away = await outside();
    const target = join(away, 'victim.env');
    const text = `SECRET=${SECRET}\n`;
    const before = fileAs(target, text, victim, 0o600);
    const link = join(web, '.env.local');
    linkAs(target, link, mallory);
    const error = await refusal(writeEnvValue(link, KEY, 'http://localhost:27821', '--env-local'));
    expect(error.message).toBe(
      `--env-local: ${link} leads through a symlink of uid ${mallory.uid} (${link}) to ${target}, which belongs to uid ${victim.uid}; refused: another user's symlink is followed only to their own file in their own folder`,
    );
    expectUntouched(target, before, text);
    expect(readlinkSync(link)).toBe(target);
    expect(leftovers(web)).toEqual([]);
    expect(leftovers(away)).toEqual([]);
  });

  it("refuses a planted symlink to root's file, and one through a symlinked folder", async () => {
    const { root, web } = await project();
    const away = await outside();
    const rootFile = join(away, 'root.conf');
    const before = fileAs(rootFile, 'A=1\n', undefined, 0o644);
    linkAs(rootFile, join(web, '.env.local'), mallory);
    const error = await refusal(writeEnvValue(join(web, '.env.local'), KEY, 'x', '--env-local'));
    expect(error.message).toContain(`which belongs to uid 0; refused`);
    expectUntouched(rootFile, before, 'A=1\n');

    // The folder is the planted link: nothing may be created in root's folder it leads to.
    const other = join(root, 'frontend');
    linkAs(away, other, mallory);
    const folder = await refusal(writeEnvValue(join(other, '.env.local'), KEY, 'x', '--env-local'));
    expect(folder.message).toContain(`to ${join(away, '.env.local')}, in a folder of uid 0`);
    expect(readdirSync(away)).toEqual(['root.conf']);
  });

  it("writes through a symlink to its owner's own file in their own folder, keeping the owner", async () => {
    const { root, web } = await project();
    const common = join(root, 'common');
    mkdirSync(common);
    chownSync(common, mallory.uid, mallory.gid);
    const target = join(common, 'web.env');
    fileAs(target, `SECRET=${SECRET}\n`, mallory, 0o600);
    const link = join(web, '.env.local');
    linkAs('../common/web.env', link, mallory);
    expect(await writeEnvValue(link, KEY, 'http://localhost:27822', '--env-local')).toBe('updated');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const now = statSync(target);
    expect({ uid: now.uid, gid: now.gid, mode: now.mode & 0o7777 }).toEqual({
      uid: mallory.uid,
      gid: mallory.gid,
      mode: 0o600,
    });
    expect(readFileSync(target, 'utf8')).toBe(`SECRET=${SECRET}\n${KEY}=http://localhost:27822\n`);
    expect([...leftovers(web), ...leftovers(common)]).toEqual([]);
  });

  it('refuses a device, directly or through a link, and the node stays a device', async () => {
    const { web } = await project();
    const dir = await tempDir('udo-dev-');
    const made = join(dir, 'null');
    execFileSync('mknod', [made, 'c', '1', '3']);
    const madeBefore = lstatSync(made);
    for (const device of ['/dev/null', made]) {
      const link = join(web, '.env.local');
      rmSync(link, { force: true });
      symlinkSync(device, link);
      const error = await refusal(writeEnvValue(link, KEY, 'x', '--env-local'));
      expect(error.message).toBe(`--env-local: ${link} is a character device, not a regular file`);
      await expect(readEnvFile(link, '--env-local')).rejects.toThrow(
        `--env-local: ${link} is a character device, not a regular file`,
      );
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const direct = await refusal(writeEnvValue(made, KEY, 'x', '--env-file'));
    expect(direct.message).toBe(`--env-file: ${made} is a character device, not a regular file`);
    const madeAfter = lstatSync(made);
    expect(madeAfter.isCharacterDevice()).toBe(true);
    expect(madeAfter.rdev).toBe(madeBefore.rdev);
    expect(leftovers(web)).toEqual([]);
  });

  it('refuses a FIFO at once: the writer and every reader return, naming the file', async () => {
    const { web } = await project();
    const fifo = join(web, '.env.local');
    execFileSync('mkfifo', [fifo]);
    const holder = holdOpen(fifo);
    try {
      const says = `--env-local: ${fifo} is a FIFO, not a regular file`;
      await within(HANG_MS, async () => {
        const error = await refusal(writeEnvValue(fifo, KEY, 'x', '--env-local'));
        expect(error.message).toBe(says);
      });
      await within(HANG_MS, () => expect(readEnvFile(fifo, '--env-local')).rejects.toThrow(says));
      await within(HANG_MS, async () => {
        expect(envFileContents(fifo)).toEqual({
          state: 'refused',
          problem: 'is a FIFO, not a regular file',
          message: 'is a FIFO, not a regular file',
        });
        expect(scanNextEnvFiles(web).unread).toEqual([
          { path: '.env.local', file: fifo, problem: 'is a FIFO, not a regular file' },
        ]);
      });
      const ignore = join(web, '.gitignore');
      execFileSync('mkfifo', [ignore]);
      await within(HANG_MS, () =>
        expect(writeFileAtomic(ignore, '*\n')).rejects.toThrow(
          `${ignore} is a FIFO, not a regular file`,
        ),
      );
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(leftovers(web)).toEqual([]);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('refuses a socket and a file over 1 MiB, leaving both as they are', async () => {
    const { web } = await project();
    const socket = join(web, '.env.local');
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      const error = await refusal(writeEnvValue(socket, KEY, 'x', '--env-local'));
      expect(error.message).toBe(`--env-local: ${socket} is a socket, not a regular file`);
    } finally {
      await new Promise((done) => server.close(done));
    }
    const big = join(web, '.env');
    const text = `SECRET=${SECRET}\n${'#'.repeat(1024 * 1024)}\n`;
    const before = fileAs(big, text, mallory, 0o600);
    const says = `--env-file: ${big} is over 1 MiB, too big for an env file`;
    await expect(readEnvFile(big, '--env-file')).rejects.toThrow(says);
    expect((await refusal(writeEnvValue(big, KEY, 'x', '--env-file'))).message).toBe(says);
    expectUntouched(big, before, text);
  });
});

/**
 * The built library copied where any user can read it (a folder of its own, 0755, files 0644):
 * the checkout may be readable by root alone (a clone in root's home, or a `mktemp -d`).
 */
let readableLib: Promise<string> | undefined;
function libForOthers(): Promise<string> {
  readableLib ??= (async () => {
    const dir = await tempDir('udo-port-lib-');
    chmodSync(dir, 0o755);
    const from = dirname(LIB);
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      copyFileSync(join(from, entry.name), join(dir, entry.name));
      chmodSync(join(dir, entry.name), 0o644);
    }
    return join(dir, basename(LIB));
  })();
  return readableLib;
}

/** Runs a script as another user, with the built library; returns what it printed. */
async function asUser(who: TestUser, script: string, cwd: string): Promise<string> {
  const lib = pathToFileURL(await libForOthers()).href;
  const code = `import * as lib from ${JSON.stringify(lib)};\n${script}`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], {
    uid: who.uid,
    gid: who.gid,
    cwd,
    timeout: 10_000,
  });
  return stdout.trim();
}

describe('writing as a user other than root', () => {
  it("refuses to take over another user's file, and a symlink another user planted", async () => {
    expectFreshBundle(LIB);
    const { web } = await project();
    const file = join(web, '.env.local');
    const text = `SECRET=${SECRET}\n`;
    const before = fileAs(file, text, victim, 0o666);
    const attempt = (path: string) =>
      `try { await lib.writeEnvValue(${JSON.stringify(path)}, 'K', 'v', '--env-local'); console.log('written'); } catch (e) { console.log(e.message); }`;
    expect(await asUser(mallory, attempt(file), web)).toBe(
      `--env-local: ${file} belongs to uid ${victim.uid}: replacing it would make it yours; run as its owner`,
    );
    expectUntouched(file, before, text);

    // victim plants a link in a folder both can write; mallory's own file is the target.
    const shared = await tempDir('udo-shared-');
    chmodSync(shared, 0o1777);
    const own = join(shared, 'mallory.env');
    const ownBefore = fileAs(own, 'A=1\n', mallory, 0o600);
    const link = join(shared, '.env.local');
    linkAs(own, link, victim);
    expect(await asUser(mallory, attempt(link), shared)).toMatch(
      new RegExp(`^--env-local: ${link} leads through a symlink of uid ${victim.uid} .*refused`),
    );
    expectUntouched(own, ownBefore, 'A=1\n');
  });
});

describe('the bundles with a FIFO for an env file', () => {
  it('udo-port find --write-env-local exits 2 naming .env.local, and leases nothing', async () => {
    expectFreshBundle(bundle('udo-port'));
    const dir = await exampleCopy();
    const fifo = join(dir, 'web-dashboard', '.env.local');
    rmSync(fifo);
    execFileSync('mkfifo', [fifo]);
    const leases = await tempDir('udo-port-leases-');
    const holder = holdOpen(fifo);
    try {
      const started = Date.now();
      const result = await runBundle(
        'udo-port',
        [
          'find',
          '--write-env-local',
          '--cwd',
          dir,
          '--range',
          '27830-27834',
          '--default-port',
          '27830',
        ],
        { env: { UDO_PORT_LEASE_DIR: leases } },
      );
      expect(Date.now() - started).toBeLessThan(HANG_MS);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringContaining(`--env-local: ${fifo} is a FIFO, not a regular file`),
      ]);
      expect(readdirSync(leases)).toEqual([]);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('udo-port find exits 2 naming backend/.env when it is a FIFO', async () => {
    const dir = await exampleCopy();
    const fifo = join(dir, 'backend', '.env');
    rmSync(fifo, { force: true });
    execFileSync('mkfifo', [fifo]);
    const holder = holdOpen(fifo);
    try {
      const result = await runBundle(
        'udo-port',
        ['find', '--cwd', dir, '--range', '27835-27839', '--default-port', '27835'],
        { env: { UDO_PORT_LEASE_DIR: await tempDir('udo-port-leases-') } },
      );
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/backend\/\.env is a FIFO, not a regular file$/),
      ]);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('udo-doctor reports FIFO env files as findings instead of hanging', async () => {
    expectFreshBundle(bundle('udo-doctor'));
    const dir = await exampleCopy();
    const local = join(dir, 'web-dashboard', '.env.local');
    const backend = join(dir, 'backend', '.env');
    rmSync(local);
    rmSync(backend, { force: true });
    execFileSync('mkfifo', [local]);
    execFileSync('mkfifo', [backend]);
    const holders = [holdOpen(local), holdOpen(backend)];
    try {
      const started = Date.now();
      const result = await runBundle('udo-doctor', ['--json', '--only', 'env,web'], {
        cwd: dir,
        env: { UDO_PORT_LEASE_DIR: await tempDir('udo-doctor-leases-'), NO_COLOR: '1' },
      });
      expect(Date.now() - started).toBeLessThan(HANG_MS);
      const checks = (
        JSON.parse(result.stdout) as { checks: { id: string; status: string; message: string }[] }
      ).checks;
      const byId = (id: string) => checks.find((c) => c.id === id);
      expect(byId('env.backend')).toMatchObject({
        status: 'error',
        message: 'backend/.env cannot be read (is a FIFO, not a regular file)',
      });
      expect(byId('web.api-url')).toMatchObject({
        status: 'error',
        message: `web-dashboard/.env.local is a FIFO, not a regular file: ${KEY} cannot be checked`,
      });
    } finally {
      for (const holder of holders) holder.kill('SIGKILL');
    }
  });
});

describe('a writer killed at any moment', () => {
  it('leaves nothing git shows, and no copy of the secret under a name git would add', async () => {
    expectFreshBundle(LIB);
    const repo = await tempDir('udo-crash-');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '.');
    const web = join(repo, 'web-dashboard');
    mkdirSync(web);
    writeFileSync(join(web, 'package.json'), '{}\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
    // Not ignored by the repo: only the temp folder's own .gitignore may hide its copies.
    const file = join(web, '.env.local');
    writeFileSync(file, `# web\nSECRET=${SECRET}\n${KEY}=http://localhost:27820\n`, {
      mode: 0o600,
    });
    const expected = '?? web-dashboard/.env.local\n';
    expect(git('status', '--porcelain', '--ignored=no', '--untracked-files=all')).toBe(expected);

    const script = `import { writeEnvValue } from ${JSON.stringify(pathToFileURL(LIB).href)};
for (let i = 0; ; i++) {
  await writeEnvValue(process.env.UDO_T_FILE, ${JSON.stringify(KEY)}, 'http://localhost:' + (27820 + (i % 2)));
  if (i === 0) process.stdout.write('ready\\n');
}`;
    const holders = (): string[] => {
      const found: string[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory() && path !== join(repo, '.git')) walk(path);
          else if (entry.isFile() && readFileSync(path, 'utf8').includes(SECRET)) {
            found.push(relative(repo, path));
          }
        }
      };
      walk(repo);
      return found;
    };

    let leftBehind = 0;
    for (let kill = 0; kill < 50; kill++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, UDO_T_FILE: file },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((done) => child.once('exit', done));
      await new Promise((ready) => child.stdout?.once('data', ready));
      await new Promise((wait) => setTimeout(wait, Math.random() * 15));
      child.kill('SIGKILL');
      await exited;

      expect(git('status', '--porcelain', '--ignored=no', '--untracked-files=all')).toBe(expected);
      const ignored = new Set(
        git('ls-files', '--others', '--ignored', '--exclude-standard', '-z').split('\0'),
      );
      const exposed = holders().filter((p) => p !== 'web-dashboard/.env.local' && !ignored.has(p));
      expect(exposed).toEqual([]);
      // The file itself is always whole: the old text or the new.
      expect(readFileSync(file, 'utf8')).toMatch(
        new RegExp(`^# web\\nSECRET=${SECRET}\\n${KEY}=http://localhost:2782[01]\\n$`),
      );
      // The next writer sweeps what a killed one left: counted before it starts.
      if (leftovers(web).length > 0) leftBehind++;
    }
    // Kills mid-write are what this test is about: some must have left a temp folder.
    expect(leftBehind).toBeGreaterThan(0);
    // And the next write (a change: an unchanged value writes nothing) leaves none, nor any a
    // killed writer left.
    const once = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { writeEnvValue } from ${JSON.stringify(pathToFileURL(LIB).href)};
await writeEnvValue(process.env.UDO_T_FILE, ${JSON.stringify(KEY)}, 'http://localhost:27822');`,
      ],
      { env: { ...process.env, UDO_T_FILE: file }, stdio: 'inherit' },
    );
    expect(await new Promise((done) => once.once('exit', done))).toBe(0);
    expect(leftovers(web)).toEqual([]);
  }, 180_000);
});
