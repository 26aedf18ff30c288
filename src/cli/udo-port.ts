import pkg from '../../package.json' with { type: 'json' };
import { type Allocation, allocate, describeRefusal, release } from '../core/allocate.js';
import { writeEnvValue } from '../core/env-file.js';
import { AlreadyRunningError, NoPortError, UsageError } from '../core/errors.js';
import { userName } from '../core/lease-folder.js';
import { describeLease, type LeaseRecord, openLeaseRegistry, ownsLease } from '../core/leases.js';
import { allListeners } from '../core/listeners/index.js';
import { TIME_DEFAULTS } from '../core/project.js';
import { runningBackends } from '../core/running.js';
import { parsePort } from '../core/settings.js';
import { printable } from '../core/text.js';
import { ciJobFromEnv, markJob } from '../github/ci-job.js';
import {
  allocateRequest,
  envLocalPath,
  paint,
  parseCommandLine,
  parseSeconds,
  projectOptions,
} from './args.js';
import { dev } from './dev.js';
import { COMMAND_NAMES, commandHelp, globalHelp, isCommand } from './help.js';
import { init } from './init.js';
import { kill } from './kill.js';
import { configure, withProjectPorts } from './project-config.js';
import { start } from './start.js';
import { suggest } from './suggest.js';
import { formatTable } from './table.js';
import { url } from './url.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) =>
  process.stderr.write(`${paint('yellow', 'udo-port: warning:', 2)} ${line}\n`);
const fail = (line: string) => process.stderr.write(`${paint('red', 'udo-port:', 2)} ${line}\n`);
const say = { info: (line: string) => out(`udo-port: ${line}`), warn, error: fail };

async function find(args: string[]) {
  const parsed = parseCommandLine(
    args,
    { ...projectOptions, hold: { type: 'string' }, 'write-env-local': { type: 'boolean' } },
    false,
  );
  const { values, project } = configure(parsed.values);
  const holdSeconds = parseSeconds(values.hold ?? String(TIME_DEFAULTS.holdSeconds), '--hold');
  const ci = ciJobFromEnv(process.env);
  markJob(ci);
  const request = withProjectPorts(allocateRequest(values), project, values);
  const allocation = await allocate({
    ...request,
    // --json says why each port was passed over, naming its holder.
    nameHolder: values.json ?? false,
    lease: {
      ttlMs: holdSeconds * 1000,
      lifetime: 'ttl',
      purpose: 'udo-port find',
      ...(ci && { ci }),
    },
  });
  if (values['write-env-local']) {
    try {
      for (const key of project.web.urlVariables) {
        await writeEnvValue(
          envLocalPath(values, request.cwd as string),
          key,
          allocation.url,
          '--env-local',
        );
      }
    } catch (error) {
      release(allocation);
      throw error;
    }
  }
  for (const warning of allocation.warnings) warn(warning);
  out(values.json ? JSON.stringify(allocationJson(allocation), null, 2) : String(allocation.port));
}

function allocationJson(allocation: Allocation) {
  const { port, host, url, source, lease, leaseFile, passedOver, warnings } = allocation;
  return {
    port,
    host,
    url,
    source,
    lease: { ...lease, file: leaseFile },
    passedOver: passedOver.map((refusal) => ({ ...refusal, why: describeRefusal(refusal) })),
    warnings,
  };
}

function recordJson(record: LeaseRecord) {
  return {
    ...(record.lease ?? { port: record.port, corrupt: true }),
    state: record.staleReason ? 'stale' : 'live',
    ...(record.staleReason && { staleReason: record.staleReason }),
    ...(record.uid !== undefined && { fileOwnerUid: record.uid }),
    file: record.file,
  };
}

async function list(args: string[]) {
  const { values } = parseCommandLine(args, { json: projectOptions.json }, false);
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

/**
 * `release [PORT...] [--force]`: drops your own leases (all of them when no PORT is named).
 * Another user's lease stays unless --force (root, tidying a shared host): it is theirs to end.
 */
async function releaseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    mine: { type: 'boolean' },
    force: { type: 'boolean' },
  });
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

const commands: Record<string, (args: string[]) => Promise<number | undefined>> = {
  dev: (args) => dev(args, say),
  start: (args) => start(args, say),
  find: async (args) => void (await find(args)),
  list: async (args) => void (await list(args)),
  release: releaseCommand,
  kill: (args) => kill(args, say),
  // Static imports: a dynamic one would split the bundle into files of its own, and these are
  // small; nothing of theirs runs until called.
  init: (args) => init(args, say),
  url: (args) => url(args, out),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      out(globalHelp(pkg.version));
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') {
      const [topic] = rest;
      if (topic === undefined) out(globalHelp(pkg.version));
      else if (isCommand(topic)) out(commandHelp(topic));
      else
        throw new UsageError(
          `help: no command "${printable(topic)}" (${COMMAND_NAMES.join(', ')})`,
        );
      return 0;
    }
    if (command === '--version' || command === '-v') {
      out(pkg.version);
      return 0;
    }
    const run = commands[command];
    if (!run || !isCommand(command)) {
      const guess = suggest(command, COMMAND_NAMES);
      throw new UsageError(
        `unknown command "${printable(command)}" (${guess ? `did you mean ${guess}? ` : ''}expected ${COMMAND_NAMES.join(', ')})`,
      );
    }
    const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (own.includes('--help') || own.includes('-h')) {
      out(commandHelp(command));
      return 0;
    }
    if (own.includes('--version') || own.includes('-v')) {
      out(pkg.version);
      return 0;
    }
    return (await run(rest)) ?? 0;
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof NoPortError ||
      error instanceof AlreadyRunningError;
    fail(error instanceof Error ? error.message : String(error));
    // A stack trace helps only when asked for; the one line says what went wrong.
    if (!known && process.env.UDO_PORT_DEBUG) console.error(error);
    return known ? error.exitCode : 1;
  }
}
