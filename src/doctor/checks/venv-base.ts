import { readlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { foreignLayout, missingBase, type Venv } from '../../core/venv.js';
import type { Check, Location } from '../checks.js';
import { venvCommands } from '../venv-remedies.js';

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
      const cmd = venvCommands(ctx, venv);
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
