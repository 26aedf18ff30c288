// The project's Compose services, resolved once per run for the compose checks: by Compose itself
// when one is installed, else by the built-in reader (core/compose/).
import { delimiter } from 'node:path';
import { composeFiles } from '../../core/compose/files.js';
import {
  activeServices,
  type ComposeProject,
  type ComposeService,
  type Place,
} from '../../core/compose/model.js';
import { redact } from '../../core/compose/secrets.js';
import { printable } from '../../core/text.js';
import type { Outcome } from '../checks.js';
import type { Context } from '../context.js';

export interface ComposeFacts {
  /** Undefined when the project has no compose file. */
  project?: ComposeProject;
}

const memo = new WeakMap<Context, Promise<ComposeFacts>>();

/**
 * How long Compose may take: `UDO_PORT_COMPOSE_TIMEOUT` in seconds, else undefined for core's
 * default.
 */
export function composeTimeoutMs(env: Record<string, string | undefined>): number | undefined {
  const raw = env.UDO_PORT_COMPOSE_TIMEOUT;
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new Error(
      `UDO_PORT_COMPOSE_TIMEOUT: "${printable(raw.slice(0, 40))}" is not a number of seconds (0-600)`,
    );
  }
  return seconds * 1000;
}

/**
 * Compose runs in the user's shell environment from the project root, and reads `${VAR}` from the
 * shell over its .env. Started by the first compose check that asks, while the other checks do
 * their own I/O; memoized per context, so --fix's fresh context asks again.
 */
export function composeFacts(ctx: Context): Promise<ComposeFacts> {
  let known = memo.get(ctx);
  if (!known) {
    const { root, env: shell, composeFiles: listed } = ctx.config;
    // compose.files in the project file are Compose's -f files, as COMPOSE_FILE gives them;
    // the shell's COMPOSE_FILE still wins, as a flag over the file does elsewhere.
    const env =
      listed?.length && shell.COMPOSE_FILE === undefined
        ? {
            ...shell,
            COMPOSE_FILE: listed.join(delimiter),
            COMPOSE_PATH_SEPARATOR: delimiter,
          }
        : shell;
    known = Promise.resolve().then(async () => {
      const timeoutMs = composeTimeoutMs(env);
      if (!composeFiles(root, env)) return {};
      // Loaded only for a project with a compose file: the reader brings yaml, half the
      // doctor's bundle, which every other run would load for nothing.
      const { COMPOSE_TOOLS, resolveCompose } = await import('../../core/compose/run.js');
      const project = await resolveCompose(root, env, COMPOSE_TOOLS, timeoutMs);
      return project ? { project } : {};
    });
    memo.set(ctx, known);
  }
  return known;
}

/** `compose.yaml:12`, relative to the user's folder. */
export const at = (show: (path: string) => string, place: Place | undefined, fallback: string) =>
  place ? `${show(place.file)}:${place.line}` : show(fallback);

/** A place for an annotation. */
export const located = (place: Place | undefined, fallback: string) =>
  place ? { file: place.file, line: place.line } : { file: fallback };

/** What the compose checks read: the project, and the path formatter their wording needs. */
export interface ComposeCheckFacts {
  compose: ComposeFacts;
  show: (path: string) => string;
}

export const composeCheckFacts = async (ctx: Context): Promise<ComposeCheckFacts> => ({
  compose: await composeFacts(ctx),
  show: ctx.show,
});

/** An outcome with every secret the project brings in masked, wherever a check put it. Pure. */
export function withoutSecrets(outcome: Outcome, secrets: readonly string[]): Outcome {
  if (secrets.length === 0) return outcome;
  const clean = (text: string) => redact(text, secrets);
  const data = outcome.data && JSON.parse(clean(JSON.stringify(outcome.data)));
  return {
    ...outcome,
    message: clean(outcome.message),
    ...(outcome.details && { details: outcome.details.map(clean) }),
    ...(outcome.remedy && { remedy: outcome.remedy.map(clean) }),
    ...(outcome.locations && {
      locations: outcome.locations.map((l) =>
        l.message ? { ...l, message: clean(l.message) } : l,
      ),
    }),
    ...(data && { data }),
  };
}

/**
 * A compose check's diagnosis of the services Compose would start; the skip outcome when there is
 * no project, Compose refuses it (compose.file says why), or the built-in reader could not resolve
 * part of it (no verdict it cannot back). Pure; the outcome is cleaned of secrets.
 */
export const ofReadable =
  <F extends ComposeCheckFacts>(
    diagnose: (project: ComposeProject, services: ComposeService[], facts: F) => Outcome,
  ) =>
  (facts: F): Outcome => {
    const { project } = facts.compose;
    if (!project) return { status: 'skip', message: 'no compose file in the project' };
    if (project.refused) {
      return { status: 'skip', message: 'Compose refuses the project (see compose.file)' };
    }
    if (project.unresolved.length > 0) {
      return {
        status: 'skip',
        message: `the built-in reader could not resolve ${project.unresolved.join(', ')} (see compose.file)`,
      };
    }
    return withoutSecrets(diagnose(project, activeServices(project), facts), project.secrets);
  };
