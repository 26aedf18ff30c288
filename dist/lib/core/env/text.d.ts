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
