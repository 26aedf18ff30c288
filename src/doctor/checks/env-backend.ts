import { copyNewFile, envKeyLines, parseEnv } from '../../core/env/file.js';
import { defineCheck, type Fix, type Location, type Outcome } from '../checks.js';
import { copyCommand } from '../env-remedies.js';
import type { EnvText } from '../facts/env.js';

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

export interface EnvBackendFacts {
  env: EnvText;
  example: EnvText;
  platform: NodeJS.Platform;
  show: (path: string) => string;
}

/** Pure: whether backend/.env is there with every key of its template. */
function diagnose({ env, example, platform, show }: EnvBackendFacts): Outcome {
  const name = show(env.file);
  const exampleName = show(example.file);
  if (env.problem) {
    return {
      status: 'error',
      message: `${name} cannot be read (${env.problem})`,
      locations: [{ file: env.file }],
    };
  }
  if (env.utf16) return { status: 'skip', message: `${name} is UTF-16 (see env.syntax)` };
  if (!env.exists) {
    if (!example.exists) {
      return { status: 'skip', message: `no ${name} and no ${exampleName} to make it from` };
    }
    if (example.text === undefined) {
      const why = example.utf16
        ? 'is UTF-16 (see env.syntax)'
        : `cannot be read (${example.problem})`;
      return {
        status: 'warn',
        message: `${name} is missing, and its template ${exampleName} ${why}`,
        details: ['the backend runs on its defaults'],
        locations: [{ file: example.file }],
      };
    }
    return {
      status: 'warn',
      message: `${name} is missing; the backend runs on its defaults`,
      details: [`make it from the template ${exampleName}, then fill in its values`],
      remedy: [copyCommand(exampleName, name, platform)],
      fixable: true,
      locations: [{ file: example.file }],
    };
  }
  if (example.text === undefined) {
    const why = example.utf16
      ? `${exampleName} is UTF-16: see env.syntax`
      : `no ${exampleName} to compare with`;
    return { status: 'pass', message: `${name} is present (${why})` };
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
}

export const envBackend = defineCheck({
  id: 'env.backend',
  area: 'env',
  title: 'backend/.env exists and has every key of backend/.env.example',
  async gather(ctx): Promise<EnvBackendFacts> {
    const [env, example] = await Promise.all([ctx.backendEnv(), ctx.example()]);
    return { env, example, platform: ctx.config.platform, show: ctx.show };
  },
  diagnose,
  async fix(ctx): Promise<Fix | undefined> {
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
        // Never copyFile to a guessable temp name: a link planted there would be followed.
        return (await copyNewFile(example.file, env.file))
          ? `copied ${ctx.show(example.file)} to ${name}`
          : `${name} appeared meanwhile; left as it is`;
      },
    };
  },
});
