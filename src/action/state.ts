import * as core from '@actions/core';
import type { Allocation } from '../core/allocate.js';

/** What the post step needs to release the main step's lease. */
export interface SavedLease {
  port: number;
  id: string;
  file: string;
}

export function saveLease(allocation: Allocation): void {
  const saved: SavedLease = {
    port: allocation.port,
    id: allocation.lease.id,
    file: allocation.leaseFile,
  };
  core.saveState('lease', JSON.stringify(saved));
}

/** The lease saved by the main step; undefined when it failed before leasing. */
export function savedLease(): SavedLease | undefined {
  const raw = core.getState('lease');
  if (!raw) return undefined;
  try {
    const saved = JSON.parse(raw) as SavedLease;
    return Number.isInteger(saved.port) &&
      typeof saved.id === 'string' &&
      typeof saved.file === 'string'
      ? saved
      : undefined;
  } catch {
    return undefined;
  }
}
