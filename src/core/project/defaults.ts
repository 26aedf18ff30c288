// The project's layout defaults, in one place for the core and every face (its root is found by
// root.ts).
import { isIP } from 'node:net';
import { resolve } from 'node:path';

const WEB_DIR = 'web-dashboard';

/** The layout's defaults; each is an option of every face (--backend-env, --env-local, --venv, --app). */
export const PROJECT_DEFAULTS = {
  /** The backend's env file, relative to the project root. */
  backendEnv: 'backend/.env',
  /** The frontend's env file that receives the URL, relative to the project root. */
  envLocal: `${WEB_DIR}/.env.local`,
  /** The backend's virtualenv, relative to the project root. */
  venv: '.venv',
  /** The backend's ASGI app, `module:attr`. */
  app: 'backend.main:app',
  /** The frontend's folder, relative to the project root (`dev`). */
  webDir: WEB_DIR,
} as const;

/** The ports and hosts, for the backend (the guide's 8001-8010) and for `dev`'s frontend. */
export const PORT_DEFAULTS = {
  /** The backend's first port, when nothing names one. */
  port: 8001,
  /** The backend's ports to scan. */
  range: { from: 8001, to: 8010 },
  /** Where the backend binds, and so where a port is test-bound. */
  host: '0.0.0.0',
  /** The host in the URL the frontend is given. */
  urlHost: 'localhost',
  /** The frontend's first port: Next.js's own default. */
  webPort: 3000,
  /** The frontend's ports to scan. */
  webRange: { from: 3000, to: 3010 },
} as const;

/** How long things last, in seconds: `find --hold`, `start --wait`. */
export const TIME_DEFAULTS = { holdSeconds: 120, waitSeconds: 60 } as const;

/** The frontend's variable for the backend's URL. */
export const API_URL_KEY = 'NEXT_PUBLIC_API_URL';

/** The variables that give the backend's port, highest first. */
export const PORT_KEYS = ['API_PORT', 'BACKEND_PORT'] as const;

/** The backend env file: `given` (an option's value) or the default, under `root`. */
export const backendEnvPath = (root: string, given?: string): string =>
  resolve(root, given ?? PROJECT_DEFAULTS.backendEnv);

/** The frontend env file: `given` or the default, under `root`. */
export const envLocalPath = (root: string, given?: string): string =>
  resolve(root, given ?? PROJECT_DEFAULTS.envLocal);

/** The virtualenv: `given` or the default, under `root`. */
export const venvPath = (root: string, given?: string): string =>
  resolve(root, given ?? PROJECT_DEFAULTS.venv);

/** `http://host:port`, with IPv6 literals bracketed. */
export function urlFor(urlHost: string, port: number): string {
  const host = isIP(urlHost) === 6 ? `[${urlHost}]` : urlHost;
  return `http://${host}:${port}`;
}
