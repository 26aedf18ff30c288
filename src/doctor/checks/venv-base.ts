import { readlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { foreignLayout, missingBase, type Venv } from '../../core/python/venv.js';
import { defineCheck, type Location, type Outcome } from '../checks.js';
import { type VenvFacts, venvCommands, venvFacts } from '../venv-remedies.js';

export interface VenvBaseFacts extends VenvFacts {
  /** The base Python pyvenv.cfg names, when it is gone (core's missingBase). */
  gone?: string;
  /** Where the interpreter link points (itself when it is no link). */
  linkTarget: string;
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

/** Pure: whether the base Python the venv was made from is still there. */
function diagnose(facts: VenvBaseFacts): Outcome {
  const { venv, platform, show, gone } = facts;
  const name = show(venv.path);
  if (!venv.exists) return { status: 'skip', message: 'no virtualenv (see venv.present)' };
  if (foreignLayout(venv, platform)) {
    return { status: 'skip', message: 'made on another OS (see venv.platform)' };
  }
  if (!venv.config) return { status: 'skip', message: 'no pyvenv.cfg (see venv.present)' };
  const { home, executable, version } = venv.config;
  const named = [
    ...(home ? [`pyvenv.cfg: home = ${home}`] : []),
    ...(executable ? [`pyvenv.cfg: executable = ${executable}`] : []),
  ];
  if (gone || venv.dangling) {
    const cmd = venvCommands(facts);
    return {
      status: 'error',
      message: `${name} points at a Python that is gone: ${gone ?? facts.linkTarget}`,
      details: [
        ...named,
        ...(venv.dangling
          ? [`${show(venv.interpreter)} links to ${facts.linkTarget}, which is gone`]
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
      message: `${show(venv.configFile)} names no base Python (no home)`,
      locations: [{ file: venv.configFile }],
    };
  }
  return {
    status: 'pass',
    message: `base Python ${executable ?? home}${version ? ` (${version})` : ''}`,
    details: named,
    data: { home, executable, version },
  };
}

export const venvBase = defineCheck({
  id: 'venv.base',
  area: 'venv',
  title: 'the base Python named by pyvenv.cfg still exists',
  async gather(ctx): Promise<VenvBaseFacts> {
    const facts = await venvFacts(ctx);
    const gone = facts.venv.exists ? missingBase(facts.venv, facts.platform) : undefined;
    return { ...facts, ...(gone && { gone }), linkTarget: linkTarget(facts.venv.interpreter) };
  },
  diagnose,
});
