/** Parses .env text exactly as dotenv does (a leading BOM is dropped first). */
export declare function parseEnv(text: string): Record<string, string>;
/**
 * Returns `text` with every assignment of `key` set to `value` (appended when missing). Only the
 * value bytes change; everything else (comments, order, quoting, `export `, line endings, BOM)
 * is kept.
 */
export declare function setEnvValue(text: string, key: string, value: string): string;
/** 1-based line numbers where `key` is assigned, as dotenv sees it (CR LF, CR or LF breaks). */
export declare function envKeyLines(text: string, key: string): number[];
/** The parsed file, or undefined when it does not exist. */
export declare function readEnvFile(path: string, label?: string): Promise<Record<string, string> | undefined>;
/**
 * Sets `key` to `value` in the .env file at `path` (see setEnvValue), atomically. Creates the file
 * when its folder exists; never creates folders.
 */
export declare function writeEnvValue(path: string, key: string, value: string, label?: string): Promise<'unchanged' | 'updated' | 'created'>;
