// The venv checks' shared wording: the interpreter's name and the commands that mend a venv.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createVenvCommand, installCommand } from '../core/commands.js';
import type { Venv } from '../core/venv.js';
import type { Context } from './context.js';

/** What the backend needs in its venv. */
export const BACKEND_PACKAGES = ['uvicorn', 'fastapi'];

export const interpreterName = (platform: NodeJS.Platform) =>
  platform === 'win32' ? 'Scripts\\python.exe' : 'bin/python';

/** The commands that make the venv anew and install the backend's packages into it. */
export function venvCommands(ctx: Context, venv: Venv, packages: string[] = BACKEND_PACKAGES) {
  const { platform, root } = ctx.config;
  const shown = ctx.show(venv.path);
  const flags = venv.config?.systemSitePackages
    ? ['--clear', '--system-site-packages']
    : ['--clear'];
  const requirements = ['backend/requirements.txt', 'requirements.txt'].find((path) =>
    existsSync(join(root, path)),
  );
  const wanted = requirements ? ['-r', ctx.show(join(root, requirements))] : packages;
  return {
    create: createVenvCommand(shown, platform),
    recreate: createVenvCommand(shown, platform, flags),
    install: installCommand(shown, wanted, platform),
  };
}
