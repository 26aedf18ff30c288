// The venv checks' shared wording: the interpreter's name and the commands that mend a venv.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Venv } from '../core/python/venv.js';
import { createVenvCommand, installCommand } from '../core/remedies.js';
import type { Context } from './context.js';

/** What the backend needs in its venv. */
export const BACKEND_PACKAGES = ['uvicorn', 'fastapi'];

export const interpreterName = (platform: NodeJS.Platform) =>
  platform === 'win32' ? 'Scripts\\python.exe' : 'bin/python';

/** What the venv checks read: the venv, and what their wording and remedies need. */
export interface VenvFacts {
  venv: Venv;
  platform: NodeJS.Platform;
  show: (path: string) => string;
  /** backend/requirements.txt or requirements.txt, when the project has one. */
  requirements?: string;
}

export async function venvFacts(ctx: Context): Promise<VenvFacts> {
  const venv = await ctx.venv();
  const { platform, root } = ctx.config;
  const requirements = ['backend/requirements.txt', 'requirements.txt']
    .map((path) => join(root, path))
    .find((path) => existsSync(path));
  return { venv, platform, show: ctx.show, ...(requirements && { requirements }) };
}

/** The commands that make the venv anew and install the backend's packages into it. Pure. */
export function venvCommands(facts: VenvFacts, packages: string[] = BACKEND_PACKAGES) {
  const { venv, platform, show, requirements } = facts;
  const shown = show(venv.path);
  const flags = venv.config?.systemSitePackages
    ? ['--clear', '--system-site-packages']
    : ['--clear'];
  const wanted = requirements ? ['-r', show(requirements)] : packages;
  return {
    create: createVenvCommand(shown, platform),
    recreate: createVenvCommand(shown, platform, flags),
    install: installCommand(shown, wanted, platform),
  };
}
