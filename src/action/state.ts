import * as core from '@actions/core';
import type { Allocation } from '../core/ports/allocate.js';
import { ownStartKey } from '../core/process/identity.js';

// What the main step leaves for the post step, through the runner's state (STATE_<name>).
// One bundle runs both steps: `isPost`, saved first thing in main, tells them apart.

/** What the post step needs to release the main step's lease. */
export interface SavedLease {
  port: number;
  id: string;
  file: string;
}

/** The backend the main step started with `run`, for the post step to stop. */
export interface SavedBackend {
  pid: number;
  /** When it started (ms since the epoch), so that a reused pid is never taken for it. */
  startedAt?: number;
  /** Linux: its boot id and start tick, exact (core/process/identity.ts). */
  startKey?: string;
  /** A value only its processes carry in UDO_PORT_BACKEND_ID: finds what escaped the tree. */
  marker: string;
  logFile: string;
}

/**
 * The post step: action.yml's post entry (dist/action/post.js) says so before the bundle loads;
 * `isPost`, saved first thing by main, says so for a runner that runs index.js for both.
 */
export const isPost = () =>
  process.env.UDO_PORT_ACTION_STEP === 'post' || core.getState('isPost') === 'true';

/** The main step's process, saved first: the post step finds what it leased by it if main died. */
export interface SavedMain {
  pid: number;
  startKey?: string;
}

export function markMainStarted(): void {
  core.saveState('isPost', 'true');
  const startKey = ownStartKey();
  core.saveState('main', JSON.stringify({ pid: process.pid, ...(startKey && { startKey }) }));
}

/** The main step's process; undefined from an older main. */
export function savedMain(): SavedMain | undefined {
  return parsed<SavedMain>(
    'main',
    (saved) =>
      Number.isInteger(saved.pid) &&
      saved.pid > 0 &&
      (saved.startKey === undefined || typeof saved.startKey === 'string'),
  );
}

/**
 * What the backend will carry, saved before it is spawned: a main step killed between the spawn
 * and saveBackend leaves the post step its marker, by which it finds the tree (Linux).
 */
export function saveBackendMarker(marker: string, logFile: string): void {
  core.saveState('backendMarker', JSON.stringify({ marker, logFile }));
}

export function savedBackendMarker(): { marker: string; logFile: string } | undefined {
  return parsed<{ marker: string; logFile: string }>(
    'backendMarker',
    (saved) => typeof saved.marker === 'string' && typeof saved.logFile === 'string',
  );
}

export function saveLease(allocation: Allocation | undefined): void {
  const saved: SavedLease | undefined = allocation && {
    port: allocation.port,
    id: allocation.lease.id,
    file: allocation.leaseFile,
  };
  // The runner keeps a name's last value: empty means the main step let go of it itself.
  core.saveState('lease', saved ? JSON.stringify(saved) : '');
}

export function saveBackend(backend: SavedBackend | undefined): void {
  const saved: SavedBackend | undefined = backend && {
    pid: backend.pid,
    ...(backend.startedAt !== undefined && { startedAt: backend.startedAt }),
    ...(backend.startKey !== undefined && { startKey: backend.startKey }),
    marker: backend.marker,
    logFile: backend.logFile,
  };
  core.saveState('backend', saved ? JSON.stringify(saved) : '');
}

function parsed<T>(name: string, valid: (value: T) => boolean): T | undefined {
  const raw = core.getState(name);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as T;
    return value && typeof value === 'object' && valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The lease saved by the main step; undefined when it failed before leasing or let go of it. */
export function savedLease(): SavedLease | undefined {
  return parsed<SavedLease>(
    'lease',
    (saved) =>
      Number.isInteger(saved.port) &&
      typeof saved.id === 'string' &&
      typeof saved.file === 'string',
  );
}

/** The backend saved by the main step; undefined when there was none or main stopped it. */
export function savedBackend(): SavedBackend | undefined {
  return parsed<SavedBackend>(
    'backend',
    (saved) =>
      Number.isInteger(saved.pid) &&
      saved.pid > 0 &&
      typeof saved.marker === 'string' &&
      typeof saved.logFile === 'string' &&
      (saved.startedAt === undefined || typeof saved.startedAt === 'number') &&
      (saved.startKey === undefined || typeof saved.startKey === 'string'),
  );
}
