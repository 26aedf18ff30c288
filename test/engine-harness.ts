// Real container engines for test/engines.test.ts, as CI has them (Debian's docker.io, podman,
// docker-compose, busybox-static): each in a network namespace of its own (unshare --net), so
// its bridge, its NAT rules and its ip_forward live and die with that namespace and no other
// test or helper on the host sees them; with a data root, exec root, socket and storage of its
// own under one folder. `stop()` ends the containers, the daemon (by its pidfile), anything
// still running from that folder, then the namespace, and unmounts what is left: the host is
// as it was.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never throws. */
export function run(
  file: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      {
        env: options.env ?? process.env,
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `ok` with generous bounds: a daemon on a busy host may take many seconds. */
export async function until(
  what: string,
  ok: () => Promise<boolean> | boolean,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ok()) return;
    await sleep(250);
  }
  throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Every process whose command line, executable, root or folder is in `text` (our folder). */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      // A container's process names nothing of ours, but its root (the rootfs, or the
      // overlay mounted under the data root) is inside our folder.
      const links = ['exe', 'root', 'cwd'].map((link) => {
        try {
          return readlinkSync(`/proc/${entry}/${link}`);
        } catch {
          return '';
        }
      });
      if ([cmdline, ...links].some((what) => what.includes(text))) found.push(Number(entry));
    } catch {}
  }
  return found;
}

/** A network namespace held open by a sleeping process; `enter` runs a command inside it. */
export class Namespace {
  private constructor(readonly holder: ChildProcess) {}

  static async make(): Promise<Namespace> {
    if (process.getuid?.() !== 0) throw new Error('the engine tests need root (unshare, dockerd)');
    const holder = spawn(
      'unshare',
      ['--net', '--', 'sh', '-c', 'ip link set lo up && echo ready && exec sleep infinity'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((ready, fail) => {
      holder.stdout?.once('data', () => ready());
      holder.once('exit', (code) => fail(new Error(`unshare --net failed: exit ${code}`)));
    });
    return new Namespace(holder);
  }

  get enter(): string[] {
    return ['nsenter', `--net=/proc/${this.holder.pid}/ns/net`, '--'];
  }

  /** A command inside the namespace. */
  run(file: string, args: string[], options: Parameters<typeof run>[2] = {}): Promise<Run> {
    const [head, ...rest] = [...this.enter, file, ...args] as [string, ...string[]];
    return run(head, rest, options);
  }

  /** udo-port or udo-doctor from src (through tsx), as a user runs it, inside the namespace. */
  face(
    name: 'udo-port' | 'udo-doctor',
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; as?: string[] } = {},
  ): Promise<Run> {
    if (options.as) {
      // Another user may not reach the checkout (one only its owner can read) nor this node:
      // it runs copies of node and of the built bundle in a folder it can read.
      const { node, bundles } = readableCopies();
      const [file, ...rest] = [...options.as, node] as unknown as [string, ...string[]];
      return this.run(file, [...rest, join(bundles, name, 'index.js'), ...args], options);
    }
    const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const entry = join(ROOT, 'src', 'bin', `${name}.ts`);
    return this.run(process.execPath, ['--import', loader, entry, ...args], options);
  }

  async close(): Promise<void> {
    if (this.holder.exitCode !== null || this.holder.signalCode !== null) return;
    const exited = new Promise((done) => this.holder.once('exit', done));
    this.holder.kill('SIGKILL');
    await exited;
  }
}

let copies: { node: string; bundles: string } | undefined;

/** Copies of node and of dist/'s CLI bundles that every user can read and run, made once. */
function readableCopies(): { node: string; bundles: string } {
  if (copies) return copies;
  const dir = mkdtempSync(join('/tmp', 'udo-port-engine-readable-'));
  chmodSync(dir, 0o755);
  const node = join(dir, 'node');
  copyFileSync(process.execPath, node);
  chmodSync(node, 0o755);
  for (const name of ['udo-port', 'udo-doctor']) {
    cpSync(join(ROOT, 'dist', name), join(dir, name), { recursive: true });
    for (const file of readdirSync(join(dir, name))) chmodSync(join(dir, name, file), 0o755);
    chmodSync(join(dir, name), 0o755);
  }
  copies = { node, bundles: dir };
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return copies;
}

/** A folder of the test's own, named so that every process started from it can be found. */
export async function engineFolder(prefix: string): Promise<string> {
  return mkdtemp(join('/tmp', `udo-port-engine-${prefix}-`));
}

/** A root file system with a static busybox, for `docker import` and `podman --rootfs`. */
export function busyboxRootfs(dir: string): string {
  const rootfs = join(dir, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  writeFileSync(join(rootfs, 'bin', 'busybox'), readFileSync('/bin/busybox'), { mode: 0o755 });
  mkdirSync(join(rootfs, 'www'));
  writeFileSync(join(rootfs, 'www', 'index.html'), 'from the container\n');
  return rootfs;
}

export const DOCKER = '/usr/bin/docker';

/** Debian's dockerd with everything of its own, in `ns`. */
export class Dockerd {
  readonly sock: string;
  readonly pidfile: string;
  private child: ChildProcess | undefined;

  constructor(
    readonly ns: Namespace,
    readonly dir: string,
    readonly userlandProxy: boolean,
  ) {
    this.sock = join(dir, 'docker.sock');
    this.pidfile = join(dir, 'dockerd.pid');
  }

  get env(): NodeJS.ProcessEnv {
    return { ...process.env, DOCKER_HOST: `unix://${this.sock}` };
  }

  docker(args: string[], timeoutMs = 120_000): Promise<Run> {
    return run(DOCKER, ['-H', `unix://${this.sock}`, ...args], { timeoutMs });
  }

  async start(): Promise<void> {
    const [head, ...rest] = [
      ...this.ns.enter,
      '/usr/sbin/dockerd',
      '--data-root',
      join(this.dir, 'data'),
      '--exec-root',
      join(this.dir, 'exec'),
      '--pidfile',
      this.pidfile,
      '-H',
      `unix://${this.sock}`,
      `--userland-proxy=${this.userlandProxy}`,
    ] as unknown as [string, ...string[]];
    this.child = spawn(head, rest, { stdio: 'ignore' });
    await until(
      'dockerd to answer',
      async () => (await this.docker(['version'], 10_000)).code === 0,
    );
  }

  get pid(): number | undefined {
    try {
      return Number(readFileSync(this.pidfile, 'utf8').trim()) || undefined;
    } catch {
      return this.child?.pid;
    }
  }

  /** The busybox image, imported (no registry). */
  async image(tag: string): Promise<void> {
    const rootfs = busyboxRootfs(this.dir);
    const tar = join(this.dir, 'rootfs.tar');
    const made = await run('tar', ['-C', rootfs, '-cf', tar, '.']);
    if (made.code !== 0) throw new Error(`tar: ${made.stderr}`);
    const imported = await this.docker(['import', tar, tag]);
    if (imported.code !== 0) throw new Error(`docker import: ${imported.stderr}`);
  }

  /** Stops every container and the daemon; then whatever of this folder still runs. */
  async stop(): Promise<void> {
    if (this.pid !== undefined && alive(this.pid)) {
      const ids = await this.docker(['ps', '-aq'], 30_000);
      const list = ids.stdout.split(/\s+/).filter(Boolean);
      if (list.length > 0) await this.docker(['rm', '-f', ...list], 60_000);
      const pid = this.pid;
      process.kill(pid, 'SIGTERM');
      await until('dockerd to exit', () => !alive(pid), 60_000).catch(() =>
        process.kill(pid, 'SIGKILL'),
      );
    }
    await endLeftovers(this.dir);
  }

  /** Ends dockerd at once, as a crash would: its containers and their NAT rules stay. */
  crash(): void {
    if (this.pid !== undefined) process.kill(this.pid, 'SIGKILL');
  }
}

/** Rootful Podman with storage and configuration of its own (both reach it by environment). */
export class Podman {
  readonly env: NodeJS.ProcessEnv;

  constructor(
    readonly ns: Namespace,
    readonly dir: string,
  ) {
    const conf = join(dir, 'containers.conf');
    const storage = join(dir, 'storage.conf');
    // The host's default ulimits are not ours to raise in a container (EPERM under runc here).
    writeFileSync(
      conf,
      '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n',
    );
    writeFileSync(
      storage,
      `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'runroot')}"\n`,
    );
    this.env = { ...process.env, CONTAINERS_CONF: conf, CONTAINERS_STORAGE_CONF: storage };
  }

  podman(args: string[], timeoutMs = 120_000): Promise<Run> {
    return this.ns.run('/usr/bin/podman', args, { env: this.env, timeoutMs });
  }

  async stop(): Promise<void> {
    const ids = await this.podman(['ps', '-aq'], 60_000);
    const list = ids.stdout.split(/\s+/).filter(Boolean);
    if (list.length > 0) await this.podman(['rm', '-f', '-t', '1', ...list], 60_000);
    await endLeftovers(this.dir);
  }
}

/** SIGKILLs what still runs from `dir`, unmounts what is mounted under it, and removes it. */
export async function endLeftovers(dir: string): Promise<void> {
  const pids = processesMentioning(dir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  await until('leftover processes to end', () => pids.every((pid) => !alive(pid)), 30_000).catch(
    () => undefined,
  );
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((point) => point.startsWith(dir))
    .sort((a, b) => b.length - a.length);
  for (const point of mounts) await run('umount', ['-l', point]);
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
}
