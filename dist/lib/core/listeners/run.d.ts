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
