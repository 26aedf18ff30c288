export declare const PROJECT_FILE = "udo-port.json";
export declare const PACKAGE_KEY = "udo-port";
export interface BackendSection {
    dir?: string;
    app?: string;
    command?: string;
    venv?: string;
    envFile?: string;
    port?: number;
    range?: string;
    host?: string;
    frontendUrlVariables?: string[];
}
export interface FrontendSection {
    dir?: string;
    command?: string;
    /** Relative to `frontend.dir`. */
    envFile?: string;
    urlVariables?: string[];
    port?: number;
    range?: string;
}
export interface ProjectFile {
    $schema?: string;
    backend?: BackendSection;
    frontend?: FrontendSection;
    compose?: {
        files?: string[];
    };
}
/** The file as found: where, how to name it in messages, and what it says. */
export interface LoadedProjectFile {
    path: string;
    /** `udo-port.json`, or `package.json "udo-port"`. */
    label: string;
    config: ProjectFile;
}
/** Every key the file may hold, dotted: for "did you mean". */
export declare const PROJECT_KEYS: string[];
/**
 * The project file's content, checked: every key known and every value of its kind, else one
 * line naming the file, the key and the value (exit 2). Pure.
 */
export declare function parseProjectFile(value: unknown, label: string): ProjectFile;
/** Whether `dir` holds a project file: cheap enough for the root search at every level. */
export declare function hasProjectFile(dir: string): boolean;
/**
 * The project file in `root`: `udo-port.json`, else package.json's `"udo-port"` key; both at
 * once is an error (which one wins would be a guess). Undefined when there is none.
 */
export declare function loadProjectFile(root: string): LoadedProjectFile | undefined;
