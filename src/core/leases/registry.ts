// The lease registry's file protocol: one file per leased port in a trusted folder, made whole
// before any reader can see it, read without following links or blocking, and removed only
// when it is still the very file judged. docs/ARCHITECTURE.md ("Leases") has the whole story.
import { lstatSync, readdirSync, renameSync, rmdirSync, type Stats, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { holdOwnerPipe } from '../process/owner-pipe.js';
import {
  currentUser,
  draftLease,
  readLeaseFile,
  sameLeaseFile,
  staleness,
  takeoverLock,
  writeLeaseFile,
} from './files.js';
import { chooseLeaseFolder } from './folder.js';
import { type CiJob, type Lease, type LeaseRecord, type LeaseTerms, parseLease } from './record.js';

export {
  type CiJob,
  describeLease,
  type Lease,
  type LeaseFacts,
  type LeaseRecord,
  type LeaseTerms,
  LONGEST_LEASE_MS,
  sameCiJob,
  staleReason,
} from './record.js';
export { currentUser };

/** `<port>.json` exactly as a lease is named: no leading zero, at most five digits (checked ≤ 65535). */
const LEASE_FILE = /^([1-9]\d{0,4})\.json$/;

/** A port's file moved aside to be judged: its lstat, and its record, read on demand. */
interface AsideFile {
  stat: Stats;
  record: () => LeaseRecord | undefined;
}

/** What a claim got: the lease, or the record of what holds the port (absent file: a racer's). */
export type Claim = { taken: Lease } | { held: LeaseRecord };

/** Whether the running user owns a lease file: by the file's owner, which no writer can forge. */
export function ownsLease(record: LeaseRecord): boolean {
  const me = process.getuid?.();
  if (me !== undefined && record.uid !== undefined) return record.uid === me;
  return record.lease?.user === currentUser();
}

/**
 * Files this process created, by inode and mtime: releasing one of them needs no read back,
 * which is a third of what a lease costs an allocation.
 */
const madeHere = new WeakMap<Pick<Lease, 'port' | 'id'>, { ino: number; mtimeMs: number }>();

/** The host-wide lease registry: one file per leased port. */
export class LeaseRegistry {
  /** Set when the shared folder could not be used and a per-user one stands in. */
  readonly warning: string | undefined;

  constructor(
    readonly dir: string,
    warning?: string,
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    private readonly currentJob?: CiJob,
  ) {
    this.warning = warning;
  }

  file(port: number): string {
    return join(this.dir, `${port}.json`);
  }

  /** The lease file for a port as it stands now, or undefined when there is none. */
  async inspect(port: number): Promise<LeaseRecord | undefined> {
    return this.recordOf(this.file(port), port);
  }

  /**
   * A file as found: its owner, identity and lease, without judging it. Anything but a lease in
   * its place (a link, a FIFO, junk) is stale at once: this protocol never shows a half-made lease.
   */
  private identify(file: string, port: number): { record?: LeaseRecord; stat?: Stats } {
    let stat: Stats | undefined;
    try {
      stat = lstatSync(file, { throwIfNoEntry: false });
    } catch (error) {
      const why = `cannot be looked at (${(error as NodeJS.ErrnoException).code})`;
      return { record: { port, file, staleReason: why } };
    }
    if (!stat) return {};
    const found = { port, file, uid: stat.uid, ino: stat.ino, mtimeMs: stat.mtimeMs };
    const text = readLeaseFile(file, stat);
    if (typeof text !== 'string') return { record: { ...found, staleReason: text.odd } };
    const lease = parseLease(text, port);
    if (!lease) return { record: { ...found, staleReason: 'not a valid lease file' } };
    return { record: { ...found, lease }, stat };
  }

  private async recordOf(file: string, port: number): Promise<LeaseRecord | undefined> {
    const { record, stat } = this.identify(file, port);
    if (!record?.lease || !stat) return record;
    const stale = await staleness(record.lease, stat, this.currentJob);
    return stale ? { ...record, staleReason: stale } : record;
  }

  /**
   * Takes the lease on a port, or tells what holds it. A stale lease is taken over under a
   * short-lived lock, so two processes that both judged it stale cannot both win.
   */
  async claim(port: number, terms: LeaseTerms): Promise<Claim> {
    // Windows: the pipe that proves this process owns the lease exists before the lease does.
    if (terms.lifetime === 'owner') await holdOwnerPipe();
    const lease = draftLease(port, terms);
    const taken = { taken: lease };
    const heldBy = (record: LeaseRecord | undefined) => ({
      held: record ?? { port, file: this.file(port) },
    });
    if (this.create(lease)) return taken;
    const held = await this.inspect(port);
    if (!held) return this.create(lease) ? taken : heldBy(undefined);
    if (!held.staleReason) return heldBy(held);
    const lock = `${this.file(port)}.takeover`;
    if (!takeoverLock(lock)) return heldBy(held);
    try {
      const again = await this.inspect(port);
      if (again && (!again.staleReason || !sameLeaseFile(again, held))) return heldBy(again);
      const stillHeld = (aside: AsideFile) => {
        const found = aside.record();
        return found !== undefined && sameLeaseFile(found, held);
      };
      if (again && !this.removeIf(port, stillHeld)) {
        return heldBy((await this.inspect(port)) ?? held);
      }
      return this.create(lease) ? taken : heldBy(undefined);
    } finally {
      try {
        unlinkSync(lock);
      } catch {}
    }
  }

  /**
   * Removes a port's file if `stillIt` says it is the one meant. The file is moved aside first,
   * then judged, and put back when it is another (its owner may have released it and someone
   * leased the port afresh meanwhile): judging, then removing by path, could remove the new one.
   */
  private removeIf(port: number, stillIt: (aside: AsideFile) => boolean): boolean {
    const file = this.file(port);
    const aside = join(this.dir, `.${port}.${crypto.randomUUID()}.aside`);
    try {
      renameSync(file, aside);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Gone already: nothing of ours is left. Not ours to move (a sticky folder): it stays.
      return code === 'ENOENT';
    }
    const stat = lstatSync(aside, { throwIfNoEntry: false });
    // Read only when the judge asks: a lease made here is known by its inode alone.
    const gone =
      stat !== undefined && stillIt({ stat, record: () => this.identify(aside, port).record });
    if (!gone) {
      // Put back over whatever was made in the moment the name stood empty: that newcomer
      // checks its lease is still there before it hands the port out (holds()), and moves on.
      try {
        renameSync(aside, file);
        return false;
      } catch {}
    }
    try {
      if (stat?.isDirectory()) rmdirSync(aside);
      else unlinkSync(aside);
    } catch {}
    return gone;
  }

  /**
   * Whether a lease made here is still the port's file: a removal that judged another file
   * puts that file back over a lease made in the instant the name stood empty.
   */
  holds(lease: Pick<Lease, 'port' | 'id'>): boolean {
    const made = madeHere.get(lease);
    if (!made) return true;
    const now = lstatSync(this.file(lease.port), { throwIfNoEntry: false });
    return now?.ino === made.ino && now.mtimeMs === made.mtimeMs;
  }

  /** Drops a lease if it is still the one given; true when it was removed. */
  release(lease: Pick<Lease, 'port' | 'id'>): boolean {
    const made = madeHere.get(lease);
    return this.removeIf(lease.port, (aside) =>
      made
        ? aside.stat.ino === made.ino && aside.stat.mtimeMs === made.mtimeMs
        : aside.record()?.lease?.id === lease.id,
    );
  }

  /** Drops the file a record describes, if it is still that file; true when it was removed. */
  releaseRecord(record: LeaseRecord): boolean {
    return this.removeIf(record.port, (aside) => {
      const found = aside.record();
      return found !== undefined && sameLeaseFile(found, record);
    });
  }

  /** The ports that have a file in the folder, live, stale or odd, in order; one readdir. */
  leasedPorts(): number[] {
    // Bounded work whatever else the folder holds: names only (no stat of junk), each port once.
    const ports = new Set<number>();
    for (const name of readdirSync(this.dir)) {
      const port = Number(LEASE_FILE.exec(name)?.[1]);
      if (port <= 65535) ports.add(port);
    }
    return [...ports].sort((a, b) => a - b);
  }

  /** Every lease file in the folder, live and stale, by port; odd entries never stop it. */
  async list(): Promise<LeaseRecord[]> {
    const ports = this.leasedPorts();
    const records = await Promise.all(ports.map((port) => this.inspect(port)));
    return records.filter((record): record is LeaseRecord => record !== undefined);
  }

  /** Atomic create (see writeLeaseFile): true when this call made the port's file. */
  private create(lease: Lease): boolean {
    try {
      const made = writeLeaseFile(this.dir, this.file(lease.port), lease);
      if (made) madeHere.set(lease, made);
      return made !== undefined;
    } catch (error) {
      throw this.unusable(error);
    }
  }

  private unusable(error: unknown) {
    return new UsageError(
      `lease folder ${this.dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? error}); set UDO_PORT_LEASE_DIR to a writable folder`,
    );
  }
}

const opened = new Map<string, LeaseRegistry>();

/**
 * The registry at `UDO_PORT_LEASE_DIR`, else the host-wide folder, else (with a warning) a
 * per-user folder; see lease-folder.ts for what is trusted.
 */
export function openLeaseRegistry(
  env: Record<string, string | undefined> = process.env,
  currentJob?: CiJob,
): LeaseRegistry {
  const key = `${env.UDO_PORT_LEASE_DIR ?? ''}\0${currentJob ? JSON.stringify(currentJob) : ''}`;
  let registry = opened.get(key);
  if (!registry) {
    const { dir, warning } = chooseLeaseFolder(env);
    registry = new LeaseRegistry(dir, warning, currentJob);
    opened.set(key, registry);
  }
  return registry;
}
