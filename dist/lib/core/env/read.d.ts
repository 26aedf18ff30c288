import { type Stats } from 'node:fs';
import { UsageError } from '../errors.js';
import { type Utf16 } from './encoding.js';
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
/** Why a file is not read: short, and as the rest of a line that starts with its path. */
interface Refusal {
    state: 'refused';
    /** Short, for "cannot be read (...)": `is a FIFO, not a regular file`, `permission denied`. */
    problem: string;
    /** The rest of a line that starts with the path: `is a FIFO, not a regular file`. */
    message: string;
}
/** What stands where a project file should be, read carefully (see projectFileBytes). */
export type ProjectFileBytes = {
    state: 'missing';
} | {
    state: 'read';
    bytes: Buffer;
    stat: Stats;
} | Refusal;
/** A UTF-16 file: refused, since Next.js and dotenv read env files only as UTF-8. */
export interface Utf16File extends Utf16 {
    /** Its text, or undefined when it is not whole UTF-16 (an odd byte, a lone surrogate). */
    text: string | undefined;
    stat: Stats;
}
/** What stands where an env file should be. */
export type EnvFileContents = {
    state: 'missing';
} | {
    state: 'read';
    /**
     * The bytes as text, every byte kept (see env-encoding.ts): UTF-8 as UTF-8, any other byte
     * as a lone surrogate, so that writing the text back gives the same bytes.
     */
    text: string;
    /** False when some bytes are not UTF-8 (CP949, Latin-1): Next.js reads them as U+FFFD. */
    utf8: boolean;
    stat: Stats;
} | (Refusal & {
    utf16?: Utf16File;
});
/** Why a file of this type or size is not read; undefined when it can be. */
export declare function typeProblem(stat: Stats, limit?: number, tooBig?: string): string | undefined;
export interface CarefulRead {
    /** false: a symlink is refused (the writer has resolved the path itself). */
    follow?: boolean;
    /** The size bound, and the words for a file past it (`is over 1 MiB, too big for ...`). */
    maxBytes?: number;
    tooBig?: string;
}
/**
 * The one careful reader of files in a project (env files, .gitignore, compose files,
 * pyvenv.cfg): never blocks, never opens what is not a regular file, never reads past a bound.
 * A FIFO, device or socket is refused from its stat, unopened (opening some devices acts: a tape
 * rewinds, a watchdog arms). The open is non-blocking and the type checked again on the
 * descriptor, for one swapped in after the stat; the read stops at the bound, whatever the size
 * claimed. A symlink is followed only as linkRefusal allows (one of the caller's or root's
 * anywhere; another user's only to their own file in their own folder), `follow: false` refuses
 * it. Synchronous: these files are small, and a thread-pool round trip costs an allocation as
 * much as its lease.
 */
export declare function projectFileBytes(path: string, options?: CarefulRead): ProjectFileBytes;
/** The one-line refusal of a UTF-16 env file, after its path. */
export declare function utf16Message(found: Utf16): string;
/**
 * An env file read carefully (projectFileBytes) and decoded keeping every byte; a UTF-16 file is
 * refused, with its text for the doctor's --fix.
 */
export declare function envFileContents(path: string, follow?: boolean): EnvFileContents;
/** The env file's text, undefined when there is none; a UsageError naming it when unreadable. */
export declare function readEnvText(path: string, label?: string): string | undefined;
/** The parsed file, or undefined when it does not exist. */
export declare function readEnvFile(path: string, label?: string): Promise<Record<string, string> | undefined>;
export {};
