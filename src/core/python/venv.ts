import { execFile } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectFileBytes } from '../env/read.js';
import { baseSitePackages, findDistributions, isDir, venvSitePackages } from './site-packages.js';

const run = promisify(execFile);

/** What pyvenv.cfg says about the interpreter a venv was made from. */
export interface VenvConfig {
  home?: string;
  executable?: string;
  version?: string;
  systemSitePackages: boolean;
  /** 1-based line of each key, for annotations. */
  lines: Record<string, number>;
}

/** A virtualenv as found on disk, read without running anything. */
export interface Venv {
  path: string;
  exists: boolean;
  /** The interpreter this OS runs: `Scripts\python.exe` on Windows, `bin/python` elsewhere. */
  interpreter: string;
  /** The interpreter exists (its link, if any, resolves). */
  usable: boolean;
  /** The interpreter is a link whose target is gone: the base Python was removed or moved. */
  dangling: boolean;
  /** Which OS made it: `bin/` is POSIX's layout, `Scripts/` Windows's. */
  layout: 'posix' | 'windows' | 'both' | 'none';
  configFile: string;
  config?: VenvConfig;
  /** Why pyvenv.cfg is there but not read: `is a FIFO, not a regular file`, too big. */
  configProblem?: string;
}

/** pyvenv.cfg holds a few lines; Python itself would hang on a FIFO there. */
const CONFIG_LIMIT = 64 * 1024;

/** pyvenv.cfg read as every project file is (projectFileBytes): no FIFO, device or huge file. */
function readConfig(configFile: string): { config?: VenvConfig; problem?: string } {
  const found = projectFileBytes(configFile, {
    maxBytes: CONFIG_LIMIT,
    tooBig: 'is over 64 KiB, too big for a pyvenv.cfg',
  });
  if (found.state === 'missing') return {};
  if (found.state === 'refused') return { problem: found.message };
  // Python's venv writes it as UTF-8.
  return { config: parsePyvenvCfg(found.bytes.toString('utf8')) };
}

function parsePyvenvCfg(text: string): VenvConfig {
  const values: Record<string, string> = {};
  const lines: Record<string, number> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) return;
    const key = (match[1] as string).toLowerCase();
    values[key] = match[2] as string;
    lines[key] = index + 1;
  });
  return {
    ...(values.home && { home: values.home }),
    ...(values.executable && { executable: values.executable }),
    ...((values.version ?? values.version_info) && {
      version: values.version ?? values.version_info,
    }),
    systemSitePackages: values['include-system-site-packages']?.toLowerCase() === 'true',
    lines,
  };
}

export function inspectVenv(path: string, platform: NodeJS.Platform = process.platform): Venv {
  const windows = platform === 'win32';
  const interpreter = windows ? join(path, 'Scripts', 'python.exe') : join(path, 'bin', 'python');
  const hasBin = isDir(join(path, 'bin'));
  const hasScripts = isDir(join(path, 'Scripts'));
  const link = lstatSync(interpreter, { throwIfNoEntry: false });
  const usable = existsSync(interpreter);
  const configFile = join(path, 'pyvenv.cfg');
  const { config, problem } = readConfig(configFile);
  return {
    path,
    exists: isDir(path),
    interpreter,
    usable,
    dangling: link !== undefined && !usable,
    layout: hasBin && hasScripts ? 'both' : hasBin ? 'posix' : hasScripts ? 'windows' : 'none',
    configFile,
    ...(config && { config }),
    ...(problem && { configProblem: problem }),
  };
}

/** The base interpreter pyvenv.cfg names, when it no longer exists; undefined when all is well. */
export function missingBase(
  venv: Venv,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const config = venv.config;
  if (!config) return undefined;
  if (config.executable && !existsSync(config.executable)) return config.executable;
  if (config.home) {
    const names = platform === 'win32' ? ['python.exe'] : ['python3', 'python'];
    if (!names.some((name) => existsSync(join(config.home as string, name)))) return config.home;
  }
  return undefined;
}

/** The layout a venv has when another OS made it, or undefined when this OS can use it. */
export function foreignLayout(
  venv: Pick<Venv, 'layout'>,
  platform: NodeJS.Platform = process.platform,
): 'windows' | 'posix' | undefined {
  const native = platform === 'win32' ? 'windows' : 'posix';
  return (venv.layout === 'windows' || venv.layout === 'posix') && venv.layout !== native
    ? venv.layout
    : undefined;
}

/**
 * Why the venv cannot run the backend, in one line, or undefined when it can. The order is the
 * order a person fixes them in: missing, made on another OS, pyvenv.cfg unreadable (a FIFO, a
 * device), base Python gone.
 */
export function venvProblem(
  venv: Venv,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (!venv.exists) return `no virtualenv at ${venv.path}`;
  const foreign = foreignLayout(venv, platform);
  if (foreign) {
    const other =
      foreign === 'windows'
        ? 'Windows (it has only Scripts\\)'
        : 'Linux or macOS (it has only bin/)';
    return `the virtualenv at ${venv.path} was made on ${other}`;
  }
  // Python reads it first thing, and would block on a FIFO there.
  if (venv.configProblem) return `the virtualenv's ${venv.configFile} ${venv.configProblem}`;
  const base = missingBase(venv, platform);
  if (venv.dangling || base) {
    return `the virtualenv at ${venv.path} points at a Python that is gone (${base ?? venv.interpreter})`;
  }
  if (!venv.usable)
    return `the virtualenv at ${venv.path} has no interpreter at ${venv.interpreter}`;
  return undefined;
}

/**
 * Installed versions of Python packages, found in the venv's site-packages (and the base
 * Python's, for a venv that sees them) without starting Python; Python is asked only for what
 * those folders do not answer. Undefined for a package that is not installed, or when the
 * interpreter cannot tell.
 */
export async function packageVersions(
  venv: Venv,
  names: string[],
  platform: NodeJS.Platform = process.platform,
): Promise<Record<string, string | undefined>> {
  const sites = [
    ...venvSitePackages(venv),
    ...(venv.config?.systemSitePackages ? baseSitePackages(venv, platform) : []),
  ];
  const versions = findDistributions(sites, names);
  const missing = names.filter((name) => !versions[name]);
  if (missing.length > 0 && venv.config?.systemSitePackages && venv.usable) {
    const script =
      'import sys\nfrom importlib.metadata import version\nfor n in sys.argv[1:]:\n' +
      '    try: print(n, version(n))\n    except Exception: print(n, "")';
    try {
      const { stdout } = await run(venv.interpreter, ['-I', '-c', script, ...missing], {
        timeout: 5000,
        windowsHide: true,
      });
      for (const line of stdout.split(/\r?\n/)) {
        const [name, version] = line.trim().split(' ');
        if (name && version) versions[name] = version;
      }
    } catch {}
  }
  return versions;
}
