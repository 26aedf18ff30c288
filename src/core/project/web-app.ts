// The frontend as it is: which dev server (Next.js or Vite) by its package.json and config file,
// which package manager by the lockfile nearest it up to the workspace root, how its dev server
// takes a port, and which variables it reads for the API's URL when nobody said.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readSmallText } from '../small-file.js';
import { API_URL_KEY } from './defaults.js';

export type Framework = 'next' | 'vite';
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

const LOCKFILES: [string, PackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lockb', 'bun'],
  ['bun.lock', 'bun'],
  ['package-lock.json', 'npm'],
];

/** package.json's dependencies, or none; a file too large or not JSON says nothing. */
export function packageDependencies(dir: string): Record<string, string> {
  const text = readSmallText(join(dir, 'package.json'), 1024 * 1024);
  if (text === undefined) return {};
  try {
    const pkg = JSON.parse(text) as Record<string, unknown>;
    const pick = (key: string) => (pkg[key] && typeof pkg[key] === 'object' ? pkg[key] : {});
    return { ...pick('devDependencies'), ...pick('dependencies') } as Record<string, string>;
  } catch {
    return {};
  }
}

const configFile = (dir: string, base: string) =>
  ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].some((ext) => existsSync(join(dir, `${base}.${ext}`)));

/** Vite or Next.js, by the dependency first, then by its config file; undefined: neither. */
export function detectFramework(dir: string): Framework | undefined {
  const deps = packageDependencies(dir);
  if ('next' in deps) return 'next';
  if ('vite' in deps) return 'vite';
  if (configFile(dir, 'next.config')) return 'next';
  if (configFile(dir, 'vite.config')) return 'vite';
  return undefined;
}

/**
 * The package manager of the lockfile nearest `dir`, looking up to `root` (a workspace keeps its
 * one lockfile at its root: apps/web has none of its own); npm when there is none.
 */
export function detectPackageManager(dir: string, root: string): PackageManager {
  for (let at = resolve(dir); ; at = dirname(at)) {
    for (const [file, pm] of LOCKFILES) if (existsSync(join(at, file))) return pm;
    const rel = relative(resolve(root), at);
    if (rel === '' || rel.startsWith('..') || dirname(at) === at) return 'npm';
  }
}

/**
 * `<pm> run dev` with the port: Next.js takes `--port N`; Vite `--port N --strictPort`, since
 * Vite would otherwise move to the next port by itself, away from the one udo-port leased.
 * npm needs `--` before the script's own flags; pnpm, yarn and bun pass them on.
 */
export function devServerArgv(pm: PackageManager, framework: Framework | undefined, port: number) {
  const flags = ['--port', String(port), ...(framework === 'vite' ? ['--strictPort'] : [])];
  if (pm === 'npm') return ['npm', 'run', 'dev', '--', ...flags];
  if (pm === 'yarn') return ['yarn', 'dev', ...flags];
  return [pm, 'run', 'dev', ...flags];
}

/** The variables a frontend reads for the API's URL when none are configured. */
export function defaultUrlVariables(framework: Framework | undefined): string[] {
  return framework === 'vite' ? ['VITE_API_URL'] : [API_URL_KEY];
}
