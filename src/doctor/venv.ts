import { existsSync, readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createVenvCommand, installCommand } from '../core/commands.js';
import { foreignLayout, missingBase, type Venv, venvProblem } from '../core/venv.js';
import type { Check, Location, Outcome } from './checks.js';
import type { Context } from './context.js';

/** What the backend needs in its venv. */
export const BACKEND_PACKAGES = ['uvicorn', 'fastapi'];

const interpreterName = (platform: NodeJS.Platform) =>
  platform === 'win32' ? 'Scripts\\python.exe' : 'bin/python';

/** The commands that make the venv anew and install the backend's packages into it. */
function commands(ctx: Context, venv: Venv, packages: string[]) {
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

/** Where a dangling interpreter link points. */
function linkTarget(path: string): string {
  try {
    return resolve(dirname(path), readlinkSync(path));
  } catch {
    return path;
  }
}

function configLocations(venv: Venv, keys: string[]): Location[] {
  const line = keys.map((key) => venv.config?.lines[key]).find((n) => n !== undefined);
  return [{ file: venv.configFile, ...(line !== undefined && { line }) }];
}

export const venvPresent: Check = {
  id: 'venv.present',
  area: 'venv',
  title: 'the virtualenv exists with its interpreter and pyvenv.cfg',
  async run(ctx) {
    const venv = await ctx.venv();
    const { platform } = ctx.config;
    const name = ctx.show(venv.path);
    const cmd = commands(ctx, venv, BACKEND_PACKAGES);
    if (!venv.exists) {
      return {
        status: 'error',
        message: `no virtualenv at ${name}`,
        details: ['the backend runs as `python -m uvicorn` from this virtualenv'],
        remedy: [cmd.create, cmd.install],
      };
    }
    if (foreignLayout(venv, platform)) {
      return { status: 'skip', message: `${name} was made on another OS (see venv.platform)` };
    }
    if (!venv.config) {
      return {
        status: 'error',
        message: `${name} has no pyvenv.cfg: Python does not treat it as a virtualenv`,
        remedy: [cmd.recreate, cmd.install],
      };
    }
    if (!venv.usable && !venv.dangling) {
      return {
        status: 'error',
        message: `${name} has no ${interpreterName(platform)}`,
        remedy: [cmd.recreate, cmd.install],
      };
    }
    return {
      status: 'pass',
      message: `${name} has ${interpreterName(platform)} and pyvenv.cfg`,
      data: { path: venv.path, interpreter: venv.interpreter },
    };
  },
};

export const venvPlatform: Check = {
  id: 'venv.platform',
  area: 'venv',
  title: 'the virtualenv was made on this OS',
  async run(ctx) {
    const venv = await ctx.venv();
    const { platform } = ctx.config;
    const name = ctx.show(venv.path);
    if (!venv.exists) return { status: 'skip', message: `no virtualenv (see venv.present)` };
    const foreign = foreignLayout(venv, platform);
    if (foreign) {
      const cmd = commands(ctx, venv, BACKEND_PACKAGES);
      return {
        status: 'error',
        message:
          foreign === 'windows'
            ? `${name} was made on Windows: it has only Scripts\\, and this OS needs bin/`
            : `${name} was made on Linux or macOS: it has only bin/, and Windows needs Scripts\\`,
        details: ['a virtualenv cannot move between operating systems; make it anew here'],
        remedy: [cmd.recreate, cmd.install],
        data: { layout: venv.layout },
      };
    }
    if (venv.layout === 'none') {
      return { status: 'skip', message: `${name} has neither bin/ nor Scripts\\` };
    }
    return {
      status: 'pass',
      message: `${name} has the ${platform === 'win32' ? 'Windows (Scripts\\)' : 'POSIX (bin/)'} layout`,
      data: { layout: venv.layout },
    };
  },
};

export const venvBase: Check = {
  id: 'venv.base',
  area: 'venv',
  title: 'the base Python named by pyvenv.cfg still exists',
  async run(ctx) {
    const venv = await ctx.venv();
    const { platform } = ctx.config;
    const name = ctx.show(venv.path);
    if (!venv.exists) return { status: 'skip', message: 'no virtualenv (see venv.present)' };
    if (foreignLayout(venv, platform)) {
      return { status: 'skip', message: 'made on another OS (see venv.platform)' };
    }
    if (!venv.config) return { status: 'skip', message: 'no pyvenv.cfg (see venv.present)' };
    const { home, executable, version } = venv.config;
    const gone = missingBase(venv, platform);
    const facts = [
      ...(home ? [`pyvenv.cfg: home = ${home}`] : []),
      ...(executable ? [`pyvenv.cfg: executable = ${executable}`] : []),
    ];
    if (gone || venv.dangling) {
      const cmd = commands(ctx, venv, BACKEND_PACKAGES);
      return {
        status: 'error',
        message: `${name} points at a Python that is gone: ${gone ?? linkTarget(venv.interpreter)}`,
        details: [
          ...facts,
          ...(venv.dangling
            ? [
                `${ctx.show(venv.interpreter)} links to ${linkTarget(venv.interpreter)}, which is gone`,
              ]
            : []),
          'the Python it was made from was uninstalled, upgraded or moved; make it anew',
        ],
        remedy: [cmd.recreate, cmd.install],
        locations: configLocations(venv, gone === home ? ['home'] : ['executable', 'home']),
        data: { home, executable, version },
      };
    }
    if (!home && !executable) {
      return {
        status: 'warn',
        message: `${ctx.show(venv.configFile)} names no base Python (no home)`,
        locations: [{ file: venv.configFile }],
      };
    }
    return {
      status: 'pass',
      message: `base Python ${executable ?? home}${version ? ` (${version})` : ''}`,
      details: facts,
      data: { home, executable, version },
    };
  },
};

export const venvUvicorn: Check = {
  id: 'venv.uvicorn',
  area: 'venv',
  title: 'uvicorn and fastapi are installed in the virtualenv',
  async run(ctx): Promise<Outcome> {
    const venv = await ctx.venv();
    if (venvProblem(venv, ctx.config.platform)) {
      return { status: 'skip', message: 'the virtualenv cannot run (see the checks above)' };
    }
    const versions = await ctx.packages(BACKEND_PACKAGES);
    const missing = BACKEND_PACKAGES.filter((name) => !versions[name]);
    const found = BACKEND_PACKAGES.filter((name) => versions[name]).map(
      (name) => `${name} ${versions[name]}`,
    );
    if (missing.length > 0) {
      return {
        status: 'error',
        message: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${ctx.show(venv.path)}`,
        details: found.length > 0 ? [`installed: ${found.join(', ')}`] : [],
        remedy: [commands(ctx, venv, missing).install],
        data: { versions },
      };
    }
    return { status: 'pass', message: found.join(', '), data: { versions } };
  },
};

export const venvChecks = [venvPresent, venvPlatform, venvBase, venvUvicorn];
