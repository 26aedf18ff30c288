import type { Listener } from '../types.js';
/** `PID 1234 (python3: python3 -m http.server 8001)`, cut to 80 characters; no pid, no name. */
export declare function describeListener(l: Listener): string;
