// The container engines' own processes: a port one of them holds is a container's (published,
// forwarded or proxied), so it is never ended and never named as a `kill`. Ending dockerd ends
// the daemon and orphans its containers; ending conmon breaks the container and leaves Podman
// believing it runs, its NAT rules in place. Each engine's remedy is its own stop command.
import { readlinkSync, statSync } from 'node:fs';
import type { Listener } from '../types.js';

/** Which engine a process belongs to, so that the right CLI is asked and named. */
export type EngineFamily = 'docker' | 'podman' | 'containerd' | 'desktop' | 'wsl' | 'lima';

/** The CLIs that can name a family's containers, in the order they are worth asking. */
export const CLIS_OF: Record<EngineFamily, readonly ('docker' | 'podman')[]> = {
  docker: ['docker'],
  podman: ['podman'],
  // containerd, rootless networking helpers: under Docker or Podman alike.
  containerd: ['docker', 'podman'],
  desktop: ['docker'],
  wsl: ['docker'],
  lima: ['docker', 'podman'],
};

/** An engine process as a port's holder, and how that was decided. */
export interface EngineProcess {
  /** Its program's name: `dockerd`, `docker-proxy`, `conmon`. */
  process: string;
  family: EngineFamily;
  /**
   * `executable`: /proc/PID/exe is a root-owned file of that name that no one else may write (a
   * user cannot make one, however the process names itself); `name`: only its name or command
   * line says so (the executable could not be read: another user's process, or not Linux).
   */
  by: 'executable' | 'name';
}

/** Program names, without `.exe`, and whose engine they are. Prefixes end with `*`. */
const ENGINE_PROGRAMS: readonly (readonly [string, EngineFamily])[] = [
  ['dockerd', 'docker'],
  ['docker-proxy', 'docker'],
  ['rootlesskit', 'docker'],
  ['containerd', 'containerd'],
  ['containerd-shim*', 'containerd'],
  ['conmon', 'podman'],
  ['rootlessport', 'podman'],
  ['rootlessport-child', 'podman'],
  ['slirp4netns', 'containerd'],
  ['pasta', 'podman'],
  ['passt', 'podman'],
  ['gvproxy', 'podman'],
  ['com.docker.backend', 'desktop'],
  ['com.docker.vpnkit', 'desktop'],
  ['com.docker.proxy', 'desktop'],
  ['vpnkit', 'desktop'],
  ['vpnkit-bridge', 'desktop'],
  ['wslrelay', 'wsl'],
  ['limactl', 'lima'],
];

/** The engine a program name belongs to; a name only containing one does not count. Pure. */
export function engineProgram(path: string | undefined): [string, EngineFamily] | undefined {
  if (!path) return undefined;
  const base = (
    path
      .replace(/ \(deleted\)$/, '')
      .split(/[\\/]/)
      .pop() ?? path
  )
    .replace(/\.exe$/i, '')
    .toLowerCase();
  for (const [name, family] of ENGINE_PROGRAMS) {
    const hit = name.endsWith('*') ? base.startsWith(name.slice(0, -1)) : base === name;
    if (hit) return [base, family];
  }
  return undefined;
}

/**
 * The engine process holding a listener, if it is one. Where its executable is known (Linux:
 * `exe`, read by the listener lookup) only that counts: a process names itself anything, so a
 * user's `docker-proxy` is an ordinary process, and an engine's executable must be root-owned
 * and writable by root alone. Elsewhere the name the OS tools give, or the command's first word,
 * is all there is, and `by` says so. Pure.
 */
export function engineOf(listener: Listener | undefined): EngineProcess | undefined {
  if (!listener) return undefined;
  if (listener.exe) {
    const program = engineProgram(listener.exe.path);
    if (!program || !listener.exe.systemOwned) return undefined;
    return { process: program[0], family: program[1], by: 'executable' };
  }
  for (const word of [listener.name, listener.command?.split(/\s+/)[0]]) {
    const program = engineProgram(word);
    if (program) return { process: program[0], family: program[1], by: 'name' };
  }
  return undefined;
}

/**
 * A process's executable as /proc shows it (Linux), and whether it is a file only root may
 * have made: root-owned, written by no group or other. Undefined where it cannot be read.
 */
export function readExecutable(
  pid: number,
  proc = '/proc',
): { path: string; systemOwned: boolean } | undefined {
  try {
    const path = readlinkSync(`${proc}/${pid}/exe`);
    // stat through /proc follows to the very inode that runs, even a deleted one: no path race.
    const stat = statSync(`${proc}/${pid}/exe`);
    return { path, systemOwned: stat.uid === 0 && (stat.mode & 0o022) === 0 };
  } catch {
    return undefined;
  }
}

/** The engine's name as users know it, for messages. Pure. */
export function engineName(family: EngineFamily): string {
  switch (family) {
    case 'docker':
      return 'Docker';
    case 'podman':
      return 'Podman';
    case 'containerd':
      return 'a container engine';
    case 'desktop':
      return 'Docker Desktop';
    case 'wsl':
      return 'WSL';
    case 'lima':
      return 'Lima (Colima, Rancher Desktop)';
  }
}
