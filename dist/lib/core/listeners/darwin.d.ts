import type { ListenerLookup } from '../types.js';
export interface DarwinTools {
    lsof: readonly string[];
    /** Only used on macOS: other BSDs print another `netstat -anv` layout. */
    netstat: readonly string[] | null;
    ps: readonly string[];
}
/**
 * macOS (and any other Unix with lsof): `lsof -nP -iTCP[:PORT] -sTCP:LISTEN`, then one
 * `ps -o pid=,command=` for the command lines (unless `wantCommandLines` is false); macOS
 * `netstat -anv -p tcp` when lsof fails.
 */
export declare function darwinListeners(port?: number, tools?: Partial<DarwinTools>, wantCommandLines?: boolean): Promise<ListenerLookup>;
