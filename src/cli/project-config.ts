// The project file as the CLIs see it: its values fill the options the command line left out, so
// the order is flags, then the environment (resolved in core/ports/settings.ts), then the file, then
// what is detected (the framework, the package manager, pyproject's entrypoint), then defaults.
import { join, relative, resolve } from 'node:path';
import type { AllocateRequest } from '../core/ports/allocate.js';
import { splitCommandLine } from '../core/process/command-line.js';
import { PORT_DEFAULTS, PROJECT_DEFAULTS } from '../core/project/defaults.js';
import { type LoadedProjectFile, loadProjectFile } from '../core/project/file.js';
import {
  defaultUrlVariables,
  detectFramework,
  detectPackageManager,
  type Framework,
  type PackageManager,
} from '../core/project/web-app.js';
import { readFastapiEntrypoint } from '../core/python/pyproject.js';
import { type ProjectValues, projectRoot } from './args.js';

/** The options a project file can stand in for, beyond the common ones. */
export type ConfigurableValues = ProjectValues & {
  'web-dir'?: string;
  'web-cmd'?: string;
  'web-range'?: string;
  'web-port'?: string;
};

export interface Project {
  root: string;
  /** Whether a project's root was found (a project file or one of the layout's folders). */
  found: boolean;
  file?: LoadedProjectFile;
  /** Where the backend runs (backend.dir), absolute. */
  backendDir: string;
  /** backend.command, split, when the file names one. */
  backendCommand?: string[];
  /** Where the app came from when no flag named it: the file, pyproject.toml, or the default. */
  appOrigin: string;
  /** The backend's variables that receive the frontend's URL (for its CORS list). */
  frontendUrlVariables: string[];
  web: {
    dir: string;
    framework: Framework | undefined;
    packageManager: PackageManager;
    /** The variables the frontend reads for the backend's URL, each written and given to it. */
    urlVariables: string[];
    /** frontend.port, as a default for the frontend's scan. */
    port?: { value: number; origin: string };
  };
  /** backend.port, as a default for the backend's scan. */
  port?: { value: number; origin: string };
  host?: { value: string; origin: string };
  composeFiles: string[];
}

/** `backend.port in udo-port.json`. */
const keyIn = (file: LoadedProjectFile, key: string) => `${key} in ${file.label}`;

/**
 * The command line's values with the project file's filled in where the flags are silent, and
 * what else the file and the layout say. A bad file is a UsageError naming the file and key.
 */
export function configure<T extends ConfigurableValues>(
  values: T,
): { values: T; project: Project } {
  const { root, found } = projectRoot(values);
  const file = loadProjectFile(root);
  const backend = file?.config.backend ?? {};
  const frontend = file?.config.frontend ?? {};
  const merged: Record<string, unknown> = { ...values };
  const fill = (name: keyof ConfigurableValues, value: string | undefined) => {
    if (merged[name] === undefined && value !== undefined) merged[name] = value;
  };
  const given = (name: keyof ConfigurableValues) => merged[name] as string | undefined;
  fill('venv', backend.venv);
  fill('backend-env', values['env-file'] === undefined ? backend.envFile : undefined);
  fill('range', backend.range);
  fill('web-dir', frontend.dir);
  fill('web-cmd', frontend.command);
  fill('web-range', frontend.range);
  const webDir = resolve(root, given('web-dir') ?? PROJECT_DEFAULTS.webDir);
  // The frontend's env file follows its folder: frontend.envFile is relative to it.
  if (
    values['env-local'] === undefined &&
    (frontend.envFile !== undefined || given('web-dir') !== undefined)
  ) {
    merged['env-local'] = relative(root, join(webDir, frontend.envFile ?? '.env.local'));
  }
  const backendDir = resolve(root, backend.dir ?? '.');
  let appOrigin = '--app';
  if (given('app') === undefined) {
    const entry = backend.app ?? readFastapiEntrypoint(backendDir) ?? readFastapiEntrypoint(root);
    if (backend.app !== undefined && file) appOrigin = keyIn(file, 'backend.app');
    else if (entry !== undefined) appOrigin = '[tool.fastapi] entrypoint in pyproject.toml';
    else appOrigin = 'the default';
    // pyproject's value is not checked by the file's rules: one that is not MODULE:ATTR is ignored.
    if (entry !== undefined && /^[\w.]+:[\w.]+$/.test(entry)) merged.app = entry;
  }
  const framework = detectFramework(webDir);
  const project: Project = {
    root,
    found,
    ...(file && { file }),
    backendDir,
    ...(backend.command !== undefined &&
      file && {
        backendCommand: splitCommandLine(backend.command, keyIn(file, 'backend.command')),
      }),
    appOrigin,
    frontendUrlVariables: backend.frontendUrlVariables ?? [],
    web: {
      dir: webDir,
      framework,
      packageManager: detectPackageManager(webDir, root),
      urlVariables: frontend.urlVariables ?? defaultUrlVariables(framework),
      ...(frontend.port !== undefined &&
        file && { port: { value: frontend.port, origin: keyIn(file, 'frontend.port') } }),
    },
    ...(backend.port !== undefined &&
      file && { port: { value: backend.port, origin: keyIn(file, 'backend.port') } }),
    ...(backend.host !== undefined &&
      file && { host: { value: backend.host, origin: keyIn(file, 'backend.host') } }),
    composeFiles: (file?.config.compose?.files ?? []).map((f) => resolve(root, f)),
  };
  return { values: merged as T, project };
}

/**
 * Whether the command line chose the backend's or the frontend's ports: then last time's ports
 * are not asked for (a flag says which ports to try; the memory is for the run without flags).
 */
export const portFlags = (values: ConfigurableValues) => ({
  api:
    values.port !== undefined || values['default-port'] !== undefined || values.range !== undefined,
  web: values['web-port'] !== undefined || values['web-range'] !== undefined,
});

/**
 * The backend's request with what the project adds below the flags: its host, and the first port
 * to try: the one this checkout had last time (when given), else backend.port.
 */
export function withProjectPorts(
  request: AllocateRequest,
  project: Project,
  values: ProjectValues,
  remembered?: number,
): AllocateRequest {
  const next: AllocateRequest = { ...request };
  if (project.host) next.projectHost = project.host;
  if (values['default-port'] === undefined) {
    const range = request.range ?? `${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to}`;
    const inRange = (port: number) => {
      const [from, to] = range.split('-').map((p) => Number(p.trim()));
      return port >= (from ?? 0) && port <= (to ?? 65535);
    };
    const [from] = range.split('-').map((p) => Number(p.trim()));
    const otherwise =
      project.port?.value ?? (request.range !== undefined ? from : PORT_DEFAULTS.port);
    // Last time's port only where it changes something: the same port keeps its own origin.
    if (remembered !== undefined && remembered !== otherwise && inRange(remembered)) {
      next.defaultPort = remembered;
      next.defaultPortOrigin = 'the port this checkout had last time';
    } else if (project.port) {
      next.defaultPort = project.port.value;
      next.defaultPortOrigin = project.port.origin;
    }
  }
  return next;
}
