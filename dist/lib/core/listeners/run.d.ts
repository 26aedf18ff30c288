import type { Listener, ListenerLookup } from '../types.js';
export declare const TOOL_TIMEOUT_MS = 2000;
export type RunResult = {
    ok: true;
    stdout: string;
} | {
    ok: false;
    stdout: string;
    stderr: string;
    exitCode?: number;
    problem: string;
};
/**
 * Runs a tool without a shell, with a timeout. Never throws: a failure says what went wrong in
 * words fit for a warning. Each entry of `files` is tried in turn while the tool is missing,
 * because /usr/sbin is not on every user's PATH.
 */
export declare function runTool(files: readonly string[], args: readonly string[], timeoutMs?: number): Promise<RunResult>;
/** One way to list the listeners: the tool's name, and what it found or why it could not. */
export interface ListenerSource {
    tool: string;
    read: () => Promise<Listener[] | {
        problem: string;
    }>;
}
/** A tool's run, read by `parse` when it succeeded. */
export declare const parsedBy: (parse: (stdout: string) => Listener[]) => (run: RunResult) => Listener[] | {
    problem: string;
};
/**
 * The listeners on `port` (all when undefined) from the first source that answers, tried in
 * order, with its name; when none does, every source's problem in one line.
 */
export declare function firstAnswer(sources: readonly ListenerSource[], port: number | undefined): Promise<{
    listeners: Listener[];
    tool: string;
} | Required<Pick<ListenerLookup, 'problem'>>>;
