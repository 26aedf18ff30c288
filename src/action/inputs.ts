import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { envFileContents } from '../core/env/file.js';
import { UsageError } from '../core/errors.js';
import { LONGEST_LEASE_MS } from '../core/leases/record.js';
import type { AllocateRequest } from '../core/ports/allocate.js';
import { splitCommandLine } from '../core/process/command-line.js';
import type { Readiness } from '../core/process/readiness.js';
import { API_URL_KEY, PORT_KEYS } from '../core/project/defaults.js';
import { loadProjectFile } from '../core/project/file.js';
import { printable } from '../core/text.js';

/** The action's inputs, parsed once. */
export interface ActionInputs {
  request: AllocateRequest;
  /** The frontend env file to write, or undefined when the input is empty. */
  envLocal: string | undefined;
  /** Variables that receive the port, `API_PORT` unless told otherwise. */
  exportEnv: string[];
  /**
   * Variables that receive the URL: NEXT_PUBLIC_API_URL when there is a frontend file, and those
   * of `url-env`. The URL variable follows its frontend file: a second backend's step
   * (`env-local: ""`) must not overwrite the first one's URL, and a step that writes the file
   * exports the same value, since Next.js prefers the environment's to the file's.
   */
  urlEnv: string[];
  workingDirectory: string;
  /** The backend to start once the port is leased, as an argv; undefined when `run` is empty. */
  run: string[] | undefined;
  waitFor: Readiness;
  waitTimeoutMs: number;
}

/** The variable the frontend reads, and the one its env file gets. */
export const URL_VARIABLE = API_URL_KEY;

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DURATION = /^(\d+)\s*(ms|s|m|h|d)?$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

const inputLabel = (name: string) => `input '${name}'`;

/** A duration: `6h`, `90m`, `3600` (seconds), up to LONGEST_LEASE_MS. */
function parseDuration(raw: string, name: string): number {
  const match = DURATION.exec(raw.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[(match[2] ?? 's') as keyof typeof UNIT_MS] : 0;
  if (!match || ms <= 0) {
    throw new UsageError(
      `${inputLabel(name)}: "${printable(raw)}" is not a duration (expected e.g. 6h, 90m, 3600s)`,
    );
  }
  if (ms > LONGEST_LEASE_MS) {
    throw new UsageError(
      `${inputLabel(name)}: "${printable(raw)}" is longer than 24h, the longest a lease may be held`,
    );
  }
  return ms;
}

/** `port`, or an HTTP path such as `/health`. */
function parseWaitFor(raw: string, name: string): Readiness {
  const value = raw.trim();
  if (value === 'port') return { kind: 'port' };
  // A path as a request line carries it: no spaces, no controls, nothing but the path.
  if (/^\/[\x21-\x7e]*$/.test(value)) return { kind: 'http', path: value };
  throw new UsageError(
    `${inputLabel(name)}: "${printable(raw)}" is neither port nor an HTTP path such as /health`,
  );
}

function parseBoolean(raw: string, name: string): boolean {
  if (/^(true|yes|on)$/i.test(raw.trim())) return true;
  if (/^(false|no|off)$/i.test(raw.trim())) return false;
  throw new UsageError(
    `${inputLabel(name)}: "${printable(raw)}" is not a boolean (expected true or false)`,
  );
}

function parseVariableNames(raw: string, name: string): string[] {
  const names = raw.split(/[\s,]+/).filter(Boolean);
  const bad = names.find((variable) => !VARIABLE.test(variable));
  if (bad !== undefined) {
    throw new UsageError(
      `${inputLabel(name)}: "${printable(bad)}" is not an environment variable name`,
    );
  }
  return names;
}

/** Reads and validates every input; the core validates the port settings themselves. */
export function readInputs(env: Record<string, string | undefined> = process.env): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const directory = core.getInput('working-directory') || '.';
  const workingDirectory = resolve(workspace, directory);
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new UsageError(
      `${inputLabel('working-directory')}: "${printable(directory)}" is not a folder`,
    );
  }
  const envLocal = core.getInput('env-local');
  const envLocalPath = envLocal ? resolve(workingDirectory, envLocal) : undefined;
  // Told before anything is leased or started; the writer checks again when it writes.
  const found = envLocalPath ? envFileContents(envLocalPath) : undefined;
  if (found?.state === 'refused') {
    // A folder, a FIFO, a UTF-16 file: said before a backend is started for nothing.
    throw new UsageError(
      `${inputLabel('env-local')}: ${printable(envLocalPath ?? '')} ${found.message}`,
    );
  }
  const urlEnv = parseVariableNames(core.getInput('url-env'), 'url-env');
  const leaseTtlMs = parseDuration(core.getInput('lease-ttl') || '6h', 'lease-ttl');
  const waitTimeout = core.getInput('wait-timeout') || '60s';
  const waitTimeoutMs = parseDuration(waitTimeout, 'wait-timeout');
  const runLine = core.getInput('run');
  // Only a backend started here is waited for, under the lease.
  if (runLine.trim() && waitTimeoutMs > leaseTtlMs) {
    throw new UsageError(
      `${inputLabel('wait-timeout')}: "${printable(waitTimeout)}" is longer than lease-ttl, which must hold the port while the backend starts`,
    );
  }
  const run = runLine ? splitCommandLine(runLine, inputLabel('run')) : undefined;
  // The committed project file, below the inputs: its backend's range, first port, host, env file.
  const project = loadProjectFile(workingDirectory);
  const backend = project?.config.backend ?? {};
  const fromFile = project && {
    ...(!core.getInput('range') && backend.range && { range: backend.range }),
    ...(!core.getInput('default-port') &&
      backend.port !== undefined && {
        defaultPort: backend.port,
        defaultPortOrigin: `backend.port in ${project.label}`,
      }),
    ...(backend.host && {
      projectHost: { value: backend.host, origin: `backend.host in ${project.label}` },
    }),
    ...(backend.envFile && { envFile: backend.envFile }),
  };
  return {
    workingDirectory,
    envLocal: envLocalPath,
    exportEnv: parseVariableNames(core.getInput('export-env') || PORT_KEYS[0], 'export-env'),
    urlEnv: [...new Set([...(envLocalPath ? [URL_VARIABLE] : []), ...urlEnv])],
    run: run && run.length > 0 ? run : undefined,
    waitFor: parseWaitFor(core.getInput('wait-for') || 'port', 'wait-for'),
    waitTimeoutMs,
    request: {
      cwd: workingDirectory,
      env,
      envFile: true,
      port: core.getInput('port'),
      portFrom: 'input',
      defaultPort: core.getInput('default-port'),
      range: core.getInput('range'),
      host: core.getInput('host'),
      urlHost: core.getInput('url-host'),
      // `true`, the default, pins an explicit port and keeps backend/.env's port a preference.
      strict: parseBoolean(core.getInput('strict') || 'true', 'strict') ? undefined : false,
      fallback: core.getInput('fallback'),
      labels: {
        port: inputLabel('port'),
        defaultPort: inputLabel('default-port'),
        range: inputLabel('range'),
        host: inputLabel('host'),
        urlHost: inputLabel('url-host'),
        fallback: inputLabel('fallback'),
      },
      lease: {
        ttlMs: leaseTtlMs,
        lifetime: 'ttl',
        purpose: 'udo-port action',
      },
      ...fromFile,
    },
  };
}
