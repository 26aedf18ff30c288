import { type Stats } from 'node:fs';
import { UsageError } from './errors.js';
export declare function where(path: string, label?: string): string;
/** An fs or spawn error's string code (`ENOENT`), if it has one. */
export declare function codeOf(err: unknown): string | undefined;
/** A short reason for an fs error (or one that carries its own); never includes file contents. */
export declare function problem(err: unknown): string;
export declare function fsError(action: string, path: string, label: string | undefined, err: unknown): UsageError;
export declare const NOFOLLOW: number;
export declare const NONBLOCK: number;
export declare const NOCTTY: number;
export declare const DIRECTORY: number;
export declare const READ: number;
export declare const CREATE_NEW: number;
/** What stands where an env file should be. */
export type EnvFileContents = {
    state: 'missing';
} | {
    state: 'read';
    text: string;
    stat: Stats;
} | {
    state: 'refused';
    /** Short, for "cannot be read (...)": `is a FIFO, not a regular file`, `permission denied`. */
    problem: string;
    /** The rest of a line that starts with the path: `is a FIFO, not a regular file`. */
    message: string;
};
/** Why a file of this type or size is not an env file; undefined when it can be one. */
export declare function typeProblem(stat: Stats): string | undefined;
/**
 * The one safe reader of env files (and .gitignore): never blocks, never opens what is not a
 * regular file. A FIFO, device or socket is refused from its stat, unopened (opening some devices
 * acts: a tape rewinds, a watchdog arms). The open is non-blocking and the type checked again on
 * the descriptor, for one swapped in after the stat. `follow: false` refuses a symlink: the writer
 * has resolved the path itself. Synchronous: env files are small, and a thread-pool round trip
 * costs an allocation as much as its lease.
 */
export declare function envFileContents(path: string, follow?: boolean): EnvFileContents;
/** The env file's text, undefined when there is none; a UsageError naming it when unreadable. */
export declare function readEnvText(path: string, label?: string): string | undefined;
/** The parsed file, or undefined when it does not exist. */
export declare function readEnvFile(path: string, label?: string): Promise<Record<string, string> | undefined>;
