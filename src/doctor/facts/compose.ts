// The project's compose file, read once per run for the compose checks.
import { join } from 'node:path';
import { type ComposeFile, findComposeFile, readCompose } from '../../core/compose.js';
import { parseEnv } from '../../core/env-file.js';
import type { Outcome } from '../checks.js';
import type { Context } from '../context.js';
import { readText } from './env.js';

export interface ComposeFacts {
  file?: ComposeFile;
  /** Why the file found could not be read. */
  problem?: string;
}

const memo = new WeakMap<Context, Promise<ComposeFacts>>();

/**
 * Compose reads `${VAR}` from the shell first, then from `.env` beside the file in the project
 * root; the doctor does the same. Memoized per context, so --fix's fresh context reads again.
 */
export function composeFacts(ctx: Context): Promise<ComposeFacts> {
  const known = memo.get(ctx);
  if (known) return known;
  const facts = readFacts(ctx);
  memo.set(ctx, facts);
  return facts;
}

async function readFacts(ctx: Context): Promise<ComposeFacts> {
  const { root, env } = ctx.config;
  // compose.files in the project file names it; else Compose's own search.
  const path = ctx.config.composeFiles?.[0] ?? findComposeFile(root, env);
  let facts: ComposeFacts = {};
  if (path) {
    const found = readText(path);
    const dotenv = readText(join(root, '.env'));
    const vars = { ...(dotenv.text ? parseEnv(dotenv.text) : {}), ...env };
    facts =
      found.text === undefined
        ? { problem: `${ctx.show(path)} ${found.problem ?? 'cannot be read'}` }
        : { file: await readCompose(path, found.text, vars) };
  }
  return facts;
}

/** `compose.yaml:12`, relative to the user's folder. */
export const at = (show: (path: string) => string, file: ComposeFile, line: number) =>
  `${show(file.path)}:${line}`;

/**
 * The compose file, for the checks that read its services; or their skip outcome when there is
 * none, or one Compose would refuse (compose.file says why). Pure.
 */
export function readableCompose(
  facts: ComposeFacts,
): { file: ComposeFile } | { skip: { status: 'skip'; message: string } } {
  if (facts.file && facts.file.problems.length === 0) return { file: facts.file };
  const message =
    !facts.file && !facts.problem
      ? 'no compose.yaml or docker-compose.yml in the project'
      : 'the compose file cannot be read (see compose.file)';
  return { skip: { status: 'skip', message } };
}

/** What the compose checks read: the file, and the path formatter their wording needs. */
export interface ComposeCheckFacts {
  compose: ComposeFacts;
  show: (path: string) => string;
}

/** A compose check's diagnosis of a file Compose would read; their skip outcome otherwise. */
export const ofReadable =
  <F extends ComposeCheckFacts>(diagnose: (file: ComposeFile, facts: F) => Outcome) =>
  (facts: F): Outcome => {
    const readable = readableCompose(facts.compose);
    return 'skip' in readable ? readable.skip : diagnose(readable.file, facts);
  };

export const composeCheckFacts = async (ctx: Context): Promise<ComposeCheckFacts> => ({
  compose: await composeFacts(ctx),
  show: ctx.show,
});
