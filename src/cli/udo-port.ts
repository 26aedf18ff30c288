#!/usr/bin/env node
import pkg from '../../package.json' with { type: 'json' };
import { type Allocation, allocate, describeRefusal, release } from '../core/allocate.js';
import { writeEnvValue } from '../core/env-file.js';
import { NoPortError, UsageError } from '../core/errors.js';
import { userName } from '../core/lease-folder.js';
import { describeLease, type LeaseRecord, openLeaseRegistry, ownsLease } from '../core/leases.js';
import { parsePort } from '../core/settings.js';
import { ciJobFromEnv, markJob } from '../github/ci-job.js';
import {
  allocateRequest,
  envLocalPath,
  paint,
  parseCommandLine,
  parseSeconds,
  projectOptions,
} from './args.js';
import { kill } from './kill.js';
import { start } from './start.js';

const USAGE = `udo-port ${pkg.version}: race-free ports for a FastAPI backend and a Next.js frontend

Usage:
  udo-port start   [options] [-- cmd]   run the backend on a free port, point the frontend at it
  udo-port find    [options]            print a free port, leased for --hold seconds
  udo-port list    [--json]             live and stale leases on this host
  udo-port release [PORT...] [--force] drop your leases (no PORT: all of yours)
  udo-port kill    PORT [--yes]         end the process listening on PORT (asks unless --yes)

Options:
  --cwd DIR            project root (default: .)
  --port N             use this port; fail if it is taken (unless --no-strict)
  --default-port N     first port to try (default: 8001)
  --range A-B          ports to scan (default: 8001-8010)
  --host H             bind host to test (default: API_HOST, else 0.0.0.0)
  --url-host H         host in the URL (default: localhost)
  --backend-env PATH   backend env file (default: backend/.env; --env-file is its old name,
                       which Node itself reads as its own flag when the file is missing)
  --env-local PATH     frontend env file (default: web-dashboard/.env.local)
  --write-env-local    find: write NEXT_PUBLIC_API_URL into the frontend env file
  --hold SECONDS       find: keep the lease this long (default: 120)
  --venv PATH          start: the virtualenv (default: .venv)
  --app MODULE:ATTR    start: the ASGI app (default: backend.main:app)
  --reload             start: pass --reload to uvicorn
  --no-env-local       start: leave the frontend env file alone
  --wait SECONDS       start: how long the backend may take to listen (default: 60)
  --strict             a port from backend/.env must be free, no scan
  --no-strict          a port from --port or API_PORT may move to a free one
  --fallback any       when the range is full, take any port the OS offers
  --json               print JSON
  -h, --help           this help
  -v, --version        the version

start runs <venv python> -m uvicorn <app> --host H --port N from the project root, or the
command after -- with {port} replaced and API_PORT, API_HOST and PORT set.
Port order: --port, API_PORT, BACKEND_PORT, backend/.env, --default-port, then --range.
Exit codes: 0 done, 1 no port could be had, 2 bad input; start: the backend's own.`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) =>
  process.stderr.write(`${paint('yellow', 'udo-port: warning:', 2)} ${line}\n`);
const say = { info: (line: string) => out(`udo-port: ${line}`), warn };

async function find(args: string[]) {
  const { values } = parseCommandLine(
    args,
    { ...projectOptions, hold: { type: 'string' }, 'write-env-local': { type: 'boolean' } },
    false,
  );
  const holdSeconds = parseSeconds(values.hold ?? '120', '--hold');
  const ci = ciJobFromEnv(process.env);
  markJob(ci);
  const request = allocateRequest(values);
  const allocation = await allocate({
    ...request,
    lease: {
      ttlMs: holdSeconds * 1000,
      lifetime: 'ttl',
      purpose: 'udo-port find',
      ...(ci && { ci }),
    },
  });
  if (values['write-env-local']) {
    try {
      await writeEnvValue(
        envLocalPath(values, request.cwd as string),
        'NEXT_PUBLIC_API_URL',
        allocation.url,
        '--env-local',
      );
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
  if (values.json) {
    out(JSON.stringify({ dir: registry.dir, leases: records.map(recordJson) }, null, 2));
    return;
  }
  if (records.length === 0) {
    out(`no leases in ${registry.dir}`);
    return;
  }
  out(`leases in ${registry.dir}:`);
  for (const record of records) {
    const state = record.staleReason
      ? paint('dim', `stale (${record.staleReason})`)
      : paint('green', 'live');
    out(`  ${record.port}  ${state}  ${leaseHolder(record)}`);
  }
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
  start: (args) => start(args, say),
  find: async (args) => void (await find(args)),
  list: async (args) => void (await list(args)),
  release: releaseCommand,
  kill: (args) => kill(args, say),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      out(pkg.version);
      return 0;
    }
    const run = commands[command];
    if (!run) {
      throw new UsageError(
        `unknown command "${command}" (expected ${Object.keys(commands).join(', ')})`,
      );
    }
    const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (own.includes('--help') || own.includes('-h')) {
      out(USAGE);
      return 0;
    }
    if (own.includes('--version') || own.includes('-v')) {
      out(pkg.version);
      return 0;
    }
    return (await run(rest)) ?? 0;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof NoPortError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${paint('red', 'udo-port:', 2)} ${message}\n`);
    // A stack trace helps only when asked for; the one line says what went wrong.
    if (!known && process.env.UDO_PORT_DEBUG) console.error(error);
    return known ? error.exitCode : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
