// `udo-port list` and `udo-port release`: the leases on this host, and dropping your own.
import { userName } from '../core/leases/folder.js';
import {
  describeLease,
  type LeaseRecord,
  openLeaseRegistry,
  ownsLease,
} from '../core/leases/registry.js';
import { runningBackends } from '../core/leases/running.js';
import { allListeners } from '../core/listeners/index.js';
import { parsePort } from '../core/ports/settings.js';
import { ciJobFromEnv } from '../github/ci-job.js';
import { paint, parseCommandLine, projectOptions } from './args.js';
import { out, warn } from './output.js';
import { formatTable } from './table.js';

function recordJson(record: LeaseRecord) {
  return {
    ...(record.lease ?? { port: record.port, corrupt: true }),
    state: record.staleReason ? 'stale' : 'live',
    ...(record.staleReason && { staleReason: record.staleReason }),
    ...(record.uid !== undefined && { fileOwnerUid: record.uid }),
    file: record.file,
  };
}

/** list's parser. */
export const listOptions = { json: projectOptions.json } as const;

export async function list(args: string[]): Promise<void> {
  const { values } = parseCommandLine(args, listOptions, false);
  const registry = openLeaseRegistry(process.env, ciJobFromEnv(process.env));
  if (registry.warning) warn(registry.warning);
  const records = await registry.list();
  const backends = runningBackends(records);
  // The backend's own pid, from one lookup, only when there are backends to name.
  const holders =
    backends.length > 0 ? (await allListeners({ commandLines: false })).listeners : [];
  const backendPid = (port: number) => holders.find((l) => l.port === port && l.pid)?.pid;
  if (values.json) {
    const running = backends.map((b) => ({
      port: b.port,
      url: b.url ?? null,
      pid: backendPid(b.port) ?? null,
      startPid: b.startPid,
      cwd: b.cwd ?? null,
      since: b.since,
    }));
    out(
      JSON.stringify(
        { dir: registry.dir, backends: running, leases: records.map(recordJson) },
        null,
        2,
      ),
    );
    return;
  }
  if (backends.length > 0) {
    out('backends run by udo-port start:');
    const rows = backends.map((b) => [
      String(b.port),
      b.url ?? '',
      `PID ${backendPid(b.port) ?? '?'}`,
      b.cwd ?? '',
      `since ${b.since}`,
    ]);
    for (const line of formatTable([['PORT', 'URL', 'PROCESS', 'FOLDER', 'SINCE'], ...rows]))
      out(line);
  }
  if (records.length === 0) {
    out(`no leases in ${registry.dir}`);
    return;
  }
  out(`leases in ${registry.dir}:`);
  const rows = records.map((record) => [
    String(record.port),
    record.staleReason ? `stale (${record.staleReason})` : 'live',
    leaseHolder(record),
  ]);
  const lines = formatTable(rows, (cell, r, c) =>
    c === 1 ? paint(records[r]?.staleReason ? 'dim' : 'green', cell) : cell,
  );
  for (const line of lines) out(line);
}

/** Who holds a lease file: its owner by uid (a lease's own `user` field is only its word). */
function leaseHolder(record: LeaseRecord): string {
  const owner =
    record.uid !== undefined && process.getuid ? userName(record.uid) : record.lease?.user;
  const what = record.lease ? describeLease(record.lease) : 'no readable lease';
  return `${owner ?? 'someone'}${record.lease ? `@${record.lease.hostname}` : ''}: ${what}`;
}

/** release's parser. */
export const releaseOptions = {
  mine: { type: 'boolean' },
  force: { type: 'boolean' },
} as const;

/**
 * `release [PORT...] [--force]`: drops your own leases (all of them when no PORT is named).
 * Another user's lease stays unless --force (root, tidying a shared host): it is theirs to end.
 */
export async function release(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, releaseOptions);
  const ports = positionals.map((raw) => parsePort(raw, 'PORT'));
  const registry = openLeaseRegistry(process.env);
  if (registry.warning) warn(registry.warning);
  const records = (await registry.list()).filter((record) =>
    ports.length > 0 ? ports.includes(record.port) : ownsLease(record),
  );
  let status = 0;
  for (const port of ports.filter((port) => !records.some((record) => record.port === port))) {
    out(`${port}: no lease`);
  }
  for (const record of records) {
    const holder = leaseHolder(record);
    if (!ownsLease(record) && (values.mine || !values.force)) {
      out(`${record.port}: not yours, left alone (${holder}); --force drops it`);
      status = 1;
      continue;
    }
    // By identity: a stale lease may have been taken over since it was listed, and the new one stays.
    const released = record.lease ? registry.release(record.lease) : registry.releaseRecord(record);
    out(
      `${record.port}: ${released ? `released (${holder})` : 'changed hands meanwhile, left alone'}`,
    );
  }
  return status;
}
