import { type Stats } from 'node:fs';
/** One assignment as dotenv reads it. */
export interface EnvAssignment {
    key: string;
    /** 1-based line of the key. */
    line: number;
    /** 1-based line of the assignment's last character: a quoted value may span lines. */
    endLine: number;
    /** Offsets into the normalized (LF-only, BOM-less) text. */
    keyStart: number;
    /** Where the value group starts, or where it would start when dotenv saw no value. */
    valueStart: number;
    valueEnd: number;
    /** The raw value group, '' when absent. */
    raw: string;
    /** The separator as written (`=`, ` = `, `: `). */
    sep: string;
}
/** Parses .env text exactly as dotenv does (a leading BOM is dropped first). */
export declare function parseEnv(text: string): Record<string, string>;
/**
 * Returns `text` with every assignment of `key` set to `value` (appended when missing). Only the
 * value bytes change; everything else (comments, order, quoting, `export `, line endings, BOM)
 * is kept.
 */
export declare function setEnvValue(text: string, key: string, value: string): string;
/**
 * The text as dotenv matches it (BOM dropped, CR LF and lone CR made LF) and the assignments it
 * finds there, in order.
 */
export declare function scanEnv(text: string): {
    norm: string;
    assignments: EnvAssignment[];
};
/** 1-based line numbers where `key` is assigned, as dotenv sees it (CR LF, CR or LF breaks). */
export declare function envKeyLines(text: string, key: string): number[];
/** An fs or spawn error's string code (`ENOENT`), if it has one. */
export declare function codeOf(err: unknown): string | undefined;
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
/**
 * The one safe reader of env files (and .gitignore): never blocks, never opens what is not a
 * regular file. A FIFO, device or socket is refused from its stat, unopened (opening some devices
 * acts: a tape rewinds, a watchdog arms). The open is non-blocking and the type checked again on
 * the descriptor, for one swapped in after the stat. `follow: false` refuses a symlink: the writer
 * has resolved the path itself. Synchronous: env files are small, and a thread-pool round trip
 * costs an allocation as much as its lease.
 */
export declare function envFileContents(path: string, follow?: boolean): EnvFileContents;
/** The parsed file, or undefined when it does not exist. */
export declare function readEnvFile(path: string, label?: string): Promise<Record<string, string> | undefined>;
interface SymlinkSeen {
    path: string;
    uid: number;
}
/**
 * The symlink rule, or why it refuses; undefined when the write may go ahead. Pure.
 *
 * A link owned by the running user or by root is theirs: they chose where it points, and it is
 * followed anywhere (the original contract: a symlinked env file is written through, the link
 * stays). A link anyone else owns was planted by them, so it is followed only to what they could
 * write themselves: the file it leads to (when it exists) and the folder holding it must be
 * theirs, and no second such user's link may be on the way. Root therefore never writes a third
 * user's file, nor into a folder the link's owner does not own (/etc, another home), for whoever
 * planted the link; and every link on the path counts, a symlinked folder as much as the file.
 * The target must be a regular file besides, and its owner is kept (checked apart).
 */
export declare function linkRefusal(facts: {
    euid: number;
    links: readonly SymlinkSeen[];
    target: string;
    dirUid: number;
    /** The owner of the file the path leads to; undefined when it is to be created. */
    fileUid: number | undefined;
}): string | undefined;
/**
 * Rewrites the file at `path` to `edit(old text)` (old is undefined when there is none),
 * atomically. Only a regular file is written: a FIFO, device, socket or folder is refused at once,
 * and so is a symlink that linkRefusal rejects; an allowed one is written through (the link stays,
 * its target gets the text). The file keeps its owner, group and mode exactly; a new one gets
 * 0o666 less the umask. Folders are never created. Every refusal is a UsageError naming the file.
 */
export declare function rewriteFile(path: string, edit: (old: string | undefined) => string, label?: string): Promise<'unchanged' | 'updated' | 'created'>;
/** Replaces the file at `path` with `text`, as rewriteFile does. */
export declare function writeFileAtomic(path: string, text: string, label?: string): Promise<void>;
/**
 * Sets `key` to `value` in the .env file at `path` (see setEnvValue), atomically, as rewriteFile
 * does. Creates the file when its folder exists; never creates folders.
 */
export declare function writeEnvValue(path: string, key: string, value: string, label?: string): Promise<'unchanged' | 'updated' | 'created'>;
export {};
