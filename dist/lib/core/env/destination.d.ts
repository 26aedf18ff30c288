import { type Stats } from 'node:fs';
interface SymlinkSeen {
    path: string;
    uid: number;
}
/** Where a write lands: a real folder (no symlink left on its path) and a name in it. */
export interface Destination {
    dir: string;
    /** The folder as lstat saw it, to check the one opened later is the same. */
    dirStat: Stats;
    name: string;
    /** Every symlink on the way, folders' included, with its owner. */
    links: SymlinkSeen[];
}
/**
 * Resolves `path` one component at a time, as realpath does, keeping each symlink it meets and
 * its owner (see linkRefusal). A dangling last link names a file to create. Throws fs errors; a
 * missing folder is ENOENT with `folder` set.
 */
export declare function destinationOf(path: string): Destination;
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
/** A folder kept open so that later steps reach it even if its path is swapped for a link. */
export interface HeldFolder {
    /** `/proc/self/fd/N` on Linux: it resolves to the opened folder, whatever its path holds now. */
    path: string;
    stat: Stats;
    close(): void;
}
export declare function holdFolder(dir: string, seen: Stats): HeldFolder;
export {};
