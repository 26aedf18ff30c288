/** The WHATWG encoding that decodes a Windows code page (Node's full ICU has them all). */
export declare function codePageEncoding(codePage: number): string | undefined;
/** The code pages in `reg query ...\Nls\CodePage` output: `ACP REG_SZ 949`. Pure. */
export declare function parseCodePages(text: string): {
    ansi?: number;
    oem?: number;
};
/**
 * Windows' ANSI and OEM code pages, read once from the registry with reg.exe (~30 ms, and only
 * when some output is not UTF-8; no chcp, which reports the console's and needs cmd.exe). Elsewhere
 * and when reg cannot tell: none.
 */
export declare function windowsCodePages(): {
    ansi?: number;
    oem?: number;
};
/**
 * Bytes as text: UTF-8 when they are valid UTF-8, else in `codePage` (a Windows code page), else
 * UTF-8 with replacement characters. `codePage` may be a lookup, made only when needed.
 */
export declare function decodeConsole(bytes: Uint8Array, codePage: number | undefined | (() => number | undefined)): string;
/** What a child program wrote (Python: the ANSI code page). */
export declare const decodeChildOutput: (bytes: Uint8Array) => string;
/** What a system tool wrote to a pipe (tasklist, netstat, netsh: the OEM code page). */
export declare const decodeToolOutput: (bytes: Uint8Array) => string;
