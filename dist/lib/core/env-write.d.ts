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
