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
    /** The frontend's folder, relative to the project root (`dev`). */
    readonly webDir: "web-dashboard";
};
/** The ports and hosts, for the backend (the guide's 8001-8010) and for `dev`'s frontend. */
export declare const PORT_DEFAULTS: {
    /** The backend's first port, when nothing names one. */
    readonly port: 8001;
    /** The backend's ports to scan. */
    readonly range: {
        readonly from: 8001;
        readonly to: 8010;
    };
    /** Where the backend binds, and so where a port is test-bound. */
    readonly host: "0.0.0.0";
    /** The host in the URL the frontend is given. */
    readonly urlHost: "localhost";
    /** The frontend's first port: Next.js's own default. */
    readonly webPort: 3000;
    /** The frontend's ports to scan. */
    readonly webRange: {
        readonly from: 3000;
        readonly to: 3010;
    };
};
/** How long things last, in seconds: `find --hold`, `start --wait`. */
export declare const TIME_DEFAULTS: {
    readonly holdSeconds: 120;
    readonly waitSeconds: 60;
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
/** `http://host:port`, with IPv6 literals bracketed. */
export declare function urlFor(urlHost: string, port: number): string;
