import type { Listener } from '../types.js';
/** Which engine a process belongs to, so that the right CLI is asked and named. */
export type EngineFamily = 'docker' | 'podman' | 'containerd' | 'desktop' | 'wsl' | 'lima';
/** The CLIs that can name a family's containers, in the order they are worth asking. */
export declare const CLIS_OF: Record<EngineFamily, readonly ('docker' | 'podman')[]>;
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
/** The engine a program name belongs to; a name only containing one does not count. Pure. */
export declare function engineProgram(path: string | undefined): [string, EngineFamily] | undefined;
/**
 * The engine process holding a listener, if it is one. Where its executable is known (Linux:
 * `exe`, read by the listener lookup) only that counts: a process names itself anything, so a
 * user's `docker-proxy` is an ordinary process, and an engine's executable must be root-owned
 * and writable by root alone. Elsewhere the name the OS tools give, or the command's first word,
 * is all there is, and `by` says so. Pure.
 */
export declare function engineOf(listener: Listener | undefined): EngineProcess | undefined;
/**
 * A process's executable as /proc shows it (Linux), and whether it is a file only root may
 * have made: root-owned, written by no group or other. Undefined where it cannot be read.
 */
export declare function readExecutable(pid: number, proc?: string): {
    path: string;
    systemOwned: boolean;
} | undefined;
/** The engine's name as users know it, for messages. Pure. */
export declare function engineName(family: EngineFamily): string;
