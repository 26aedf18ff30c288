/**
 * Rewrites the file at `path` to `edit(old text)` (old is undefined when there is none),
 * atomically. The old text is its bytes decoded keeping every one (env-encoding.ts): the bytes the
 * edit leaves alone are written back exactly, in whatever ASCII-compatible encoding they were; a
 * UTF-16 file is refused, as every reader refuses it. Only a regular file is written: a FIFO, device, socket or folder is refused at once,
 * and so is a symlink that linkRefusal rejects; an allowed one is written through (the link stays,
 * its target gets the text). The file keeps its owner, group and mode exactly; a new one gets
 * 0o666 less the umask. Folders are never created. Every refusal is a UsageError naming the file.
 */
export declare function rewriteFile(path: string, edit: (old: string | undefined) => string, label?: string): Promise<'unchanged' | 'updated' | 'created'>;
/** Replaces the file at `path` with `text`, as rewriteFile does. */
export declare function writeFileAtomic(path: string, text: string, label?: string): Promise<void>;
/**
 * Sets `key` to `value` in the .env file at `path` (see setEnvValue), atomically, as rewriteFile
 * does: in any ASCII-compatible encoding only the value's bytes change. Creates the file when its
 * folder exists; never creates folders. A UTF-16 file is refused (envFileContents).
 */
export declare function writeEnvValue(path: string, key: string, value: string, label?: string): Promise<'unchanged' | 'updated' | 'created'>;
/**
 * Saves a UTF-16 env file as UTF-8 (no BOM) with the same text, atomically, keeping its owner
 * and mode, as rewriteFile writes: what udo-doctor --fix does, since Next.js and dotenv read only
 * UTF-8. 'unchanged' when the file is not UTF-16 (or gone) by now.
 */
export declare function saveAsUtf8(path: string, label?: string): Promise<'unchanged' | 'updated'>;
/**
 * Makes `to` a copy of `from` (read carefully, its bytes as they are), only when nothing is
 * there: false when something took the name first. Written as rewriteFile writes (a temp file
 * made O_EXCL|O_NOFOLLOW in a private folder of random name), then hard-linked to its name, which
 * never follows a link nor replaces what is there; where hard links are not to be had (FAT), made
 * in place with O_EXCL|O_NOFOLLOW. The folder is reached as the writer reaches it, so a link
 * another user planted on the way is followed only as linkRefusal allows.
 */
export declare function copyNewFile(from: string, to: string, labels?: {
    from?: string;
    to?: string;
}): Promise<boolean>;
