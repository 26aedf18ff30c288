import { constants } from 'node:fs';
import { copyFile, link, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { envKeyLines, parseEnv, scanEnv } from '../core/env-file.js';
import type { Settings } from '../core/settings.js';
import type { Check, Location, Outcome } from './checks.js';
import { copyCommand, unsetCommand } from './commands.js';
import type { EnvText } from './context.js';

const ASSIGNMENT_LIKE = /^\s*(?:export\s+)?[\w.-]+\s*=/;

export interface LintFinding {
  line: number;
  kind: 'duplicate' | 'not-assignment' | 'spaces' | 'colon' | 'swallowed';
  /** Names a key at most: a line's text may hold a secret. */
  message: string;
}

/** What dotenv would silently read otherwise than meant, line by line. Pure; never quotes values. */
export function lintEnv(text: string): LintFinding[] {
  const { norm, assignments } = scanEnv(text);
  const lines = norm.split('\n');
  const findings: LintFinding[] = [];
  const covered = new Set<number>();
  const seen = new Map<string, number>();
  for (const { key, sep, raw, line: first, endLine: last } of assignments) {
    for (let n = first; n <= last; n++) covered.add(n);

    const before = seen.get(key);
    if (before !== undefined) {
      findings.push({
        line: first,
        kind: 'duplicate',
        message: `${key} is set again (first on line ${before}); dotenv keeps this one`,
      });
    } else seen.set(key, first);
    if (sep.trimStart().startsWith(':')) {
      findings.push({
        line: first,
        kind: 'colon',
        message: `${key} uses ':' instead of '=' (only dotenv reads that)`,
      });
    } else if (/\s/.test(sep) || /^[ \t]/.test(raw)) {
      findings.push({
        line: first,
        kind: 'spaces',
        message: `spaces around '=' in ${key} (shells and Docker do not read them)`,
      });
    }
    // A quote left open runs on to the next line that has the same quote: the lines between
    // become part of this value, and the keys on them are lost.
    if (last > first && lines.slice(first, last).some((line) => ASSIGNMENT_LIKE.test(line))) {
      findings.push({
        line: first,
        kind: 'swallowed',
        message: `the value of ${key} runs on to line ${last}: a quote left open takes in the keys on lines ${first + 1}-${last}`,
      });
    }
  }
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (covered.has(index + 1) || trimmed === '' || trimmed.startsWith('#')) return;
    findings.push({
      line: index + 1,
      kind: 'not-assignment',
      message: 'not a KEY=value line; dotenv ignores it',
    });
  });
  return findings.sort((a, b) => a.line - b.line);
}

/** Keys of the template that the file lacks or leaves empty. Pure. */
export function templateGaps(
  template: Record<string, string>,
  values: Record<string, string>,
): { missing: string[]; empty: string[] } {
  const keys = Object.keys(template);
  return {
    missing: keys.filter((key) => !Object.hasOwn(values, key)),
    empty: keys.filter((key) => Object.hasOwn(values, key) && values[key]?.trim() === ''),
  };
}

/** The first line that assigns `key`, as dotenv reads the file. */
function keyLine(text: string | undefined, key: string): number | undefined {
  return text === undefined ? undefined : envKeyLines(text, key)[0];
}

/** Copies `from` to `to` without ever replacing `to`, and without a half-written `to`. */
async function copyNoClobber(from: string, to: string): Promise<boolean> {
  const tmp = join(dirname(to), `.${basename(to)}.${process.pid}.${Date.now()}.tmp`);
  await copyFile(from, tmp);
  try {
    // link() fails when `to` exists: the copy appears whole, and only if nothing was there.
    await link(tmp, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links: an exclusive copy is the next best.
    try {
      await copyFile(from, to, constants.COPYFILE_EXCL);
      return true;
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw again;
    }
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

export const envBackend: Check = {
  id: 'env.backend',
  area: 'env',
  title: 'backend/.env exists and has every key of backend/.env.example',
  async run(ctx) {
    const [env, example] = await Promise.all([ctx.backendEnv(), ctx.example()]);
    const name = ctx.show(env.file);
    const exampleName = ctx.show(example.file);
    if (env.problem) {
      return {
        status: 'error',
        message: `${name} cannot be read (${env.problem})`,
        locations: [{ file: env.file }],
      };
    }
    if (!env.exists) {
      if (!example.exists) {
        return { status: 'skip', message: `no ${name} and no ${exampleName} to make it from` };
      }
      return {
        status: 'warn',
        message: `${name} is missing; the backend runs on its defaults`,
        details: [`make it from the template ${exampleName}, then fill in its values`],
        remedy: [copyCommand(exampleName, name, ctx.config.platform)],
        fixable: true,
        locations: [{ file: example.file }],
      };
    }
    if (example.text === undefined) {
      return { status: 'pass', message: `${name} is present (no ${exampleName} to compare with)` };
    }
    const { missing, empty } = templateGaps(parseEnv(example.text), env.values ?? {});
    if (missing.length === 0 && empty.length === 0) {
      return { status: 'pass', message: `${name} has every key of ${exampleName}` };
    }
    const locations: Location[] = [
      ...missing.map((key) => {
        const line = keyLine(example.text, key);
        return {
          file: example.file,
          ...(line !== undefined && { line }),
          message: `${key} of ${exampleName} is missing in ${name}`,
        };
      }),
      ...empty.map((key) => {
        const line = keyLine(env.text, key);
        return {
          file: env.file,
          ...(line !== undefined && { line }),
          message: `${key} is empty in ${name}`,
        };
      }),
    ];
    const parts = [
      ...(missing.length > 0 ? [`lacks ${missing.join(', ')}`] : []),
      ...(empty.length > 0 ? [`leaves ${empty.join(', ')} empty`] : []),
    ];
    return {
      status: 'warn',
      message: `${name} ${parts.join(' and ')} (keys of ${exampleName})`,
      details: [
        `edit ${name}: give ${[...missing, ...empty].join(', ')} a value (see ${exampleName})`,
      ],
      locations,
      data: { missing, empty },
    };
  },
  async fix(ctx) {
    const [env, example] = await Promise.all([ctx.backendEnv(), ctx.example()]);
    if (env.exists || example.text === undefined) return undefined;
    const name = ctx.show(env.file);
    return {
      id: 'env.backend',
      change: `copy ${ctx.show(example.file)} to ${name}`,
      touches: ['env.backend', 'env.port', 'env.syntax', 'port', 'web.api-url'],
      file: env.file,
      manual: [copyCommand(ctx.show(example.file), name, ctx.config.platform)],
      async apply() {
        return (await copyNoClobber(example.file, env.file))
          ? `copied ${ctx.show(example.file)} to ${name}`
          : `${name} appeared meanwhile; left as it is`;
      },
    };
  },
};

function describeSettings(settings: Settings): string {
  const { requested, defaultPort, host, hostOrigin } = settings;
  const port = requested
    ? `port ${requested.port} from ${requested.origin}`
    : `port ${defaultPort} (the default)`;
  return `${port}; host ${host} ${hostOrigin === 'default' ? '(the default)' : `from ${hostOrigin}`}`;
}

/** Values a higher source hides: they explain "I changed backend/.env and nothing happened". Pure. */
export function shadowedPorts(
  env: Record<string, string | undefined>,
  dotenv: Record<string, string>,
  settings: Settings,
  dotenvName: string,
): string[] {
  const notes: string[] = [];
  const { requested } = settings;
  for (const key of ['API_PORT', 'BACKEND_PORT']) {
    const inFile = dotenv[key]?.trim();
    if (!inFile || !requested || requested.source === 'dotenv') continue;
    if (String(requested.port) !== inFile) {
      notes.push(
        `${requested.origin} (${requested.port}) wins over ${key}=${inFile} in ${dotenvName}`,
      );
    }
  }
  const a = env.API_PORT?.trim() || dotenv.API_PORT?.trim();
  const b = env.BACKEND_PORT?.trim() || dotenv.BACKEND_PORT?.trim();
  if (a && b && a !== b)
    notes.push(`API_PORT (${a}) and BACKEND_PORT (${b}) differ; API_PORT wins`);
  return notes;
}

export const envPort: Check = {
  id: 'env.port',
  area: 'env',
  title: 'the port and host settings are valid, and where they come from',
  async run(ctx) {
    const [facts, env] = await Promise.all([ctx.settings(), ctx.backendEnv()]);
    const { platform } = ctx.config;
    if (!facts.settings) {
      const inFile = facts.line !== undefined;
      const key = facts.key ?? 'API_PORT';
      return {
        status: 'error',
        message: facts.problem ?? 'the settings are invalid',
        remedy: inFile
          ? [`edit ${ctx.show(env.file)} line ${facts.line}: set ${key} to a valid value`]
          : [unsetCommand(key, platform)],
        locations: inFile ? [{ file: env.file, line: facts.line as number }] : [],
        ...(facts.key && { data: { key: facts.key } }),
      };
    }
    const { settings } = facts;
    const port = settings.requested?.port ?? settings.defaultPort;
    const details = shadowedPorts(
      ctx.config.env,
      env.values ?? {},
      settings,
      ctx.config.envFileName,
    );
    const data = {
      port,
      source: settings.requested?.source ?? 'default',
      origin: settings.requested?.origin ?? 'default',
      host: settings.host,
      hostOrigin: settings.hostOrigin,
      urlHost: settings.urlHost,
      range: `${settings.range.from}-${settings.range.to}`,
    };
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (port < 1024 && platform !== 'win32' && !root) {
      return {
        status: 'warn',
        message: `${describeSettings(settings)}: ports below 1024 need root here`,
        details,
        data,
      };
    }
    return { status: 'pass', message: describeSettings(settings), details, data };
  },
};

export const envSyntax: Check = {
  id: 'env.syntax',
  area: 'env',
  title: 'the env files are plain KEY=value lines, each key once',
  async run(ctx): Promise<Outcome> {
    const [env, example, web] = await Promise.all([ctx.backendEnv(), ctx.example(), ctx.web()]);
    const texts: EnvText[] = [
      env,
      example,
      ...web.files.map((f) => ({ file: f.file, exists: true, text: f.contents })),
    ];
    const files = texts.filter(
      (t, i) => t.text !== undefined && texts.findIndex((u) => u.file === t.file) === i,
    );
    if (files.length === 0) return { status: 'skip', message: 'no env files' };
    const locations: Location[] = files.flatMap((t) =>
      lintEnv(t.text as string).map((finding) => ({
        file: t.file,
        line: finding.line,
        message: finding.message,
      })),
    );
    const names = files.map((t) => ctx.show(t.file));
    if (locations.length === 0) {
      return { status: 'pass', message: `${names.join(', ')}: no problems` };
    }
    const [only] = locations;
    return {
      status: 'warn',
      message:
        locations.length === 1 && only
          ? `${ctx.show(only.file)}:${only.line}: ${only.message}`
          : `${locations.length} lines dotenv reads otherwise than meant`,
      details:
        locations.length === 1
          ? []
          : locations.map((l) => `${ctx.show(l.file)}:${l.line}: ${l.message}`),
      remedy: ['edit the lines named above'],
      locations,
    };
  },
};

export const envChecks = [envBackend, envPort, envSyntax];
