/** The layout's defaults; each is an option of every face (--backend-env, --env-local, --venv, --app). */
export declare const PROJECT_DEFAULTS: {
    /** The backend's env file, relative to the project root. */
    readonly backendEnv: "backend/.env";
    /** The frontend's env file that receives the URL, relative to the project root. */
    readonly envLocal: "web-dashboard/.env.local";
    /** The backend's virtualenv, relative to the project root. */
    readonly venv: ".venv";
    /** The backend's ASGI app, `module:attr`. */
    readonly app: "backend.main:app";
};
/** The frontend's variable for the backend's URL. */
export declare const API_URL_KEY = "NEXT_PUBLIC_API_URL";
/** The variables that give the backend's port, highest first. */
export declare const PORT_KEYS: readonly ["API_PORT", "BACKEND_PORT"];
/** The backend env file: `given` (an option's value) or the default, under `root`. */
export declare const backendEnvPath: (root: string, given?: string) => string;
/** The frontend env file: `given` or the default, under `root`. */
export declare const envLocalPath: (root: string, given?: string) => string;
/** The virtualenv: `given` or the default, under `root`. */
export declare const venvPath: (root: string, given?: string) => string;
/**
 * The nearest folder at or above `from` that holds `backend/`, `web-dashboard/` or `.venv/`;
 * undefined when there is none. `cd backend && udo-doctor` checks the project, not `backend/.venv`.
 */
export declare function findProjectRoot(from: string): string | undefined;
