// The backend service's published port against udo-port's port and its command's own.
import { interpolate, soleVariable } from '../../core/compose/interpolate.js';
import {
  activeServices,
  backendEntries,
  backendService,
  type ComposeProject,
  type ComposeService,
  frontendService,
  listenPort,
  type PortEntry,
} from '../../core/compose/model.js';
import { rewriteFile, setEnvValue } from '../../core/env/file.js';
import { API_URL_KEY } from '../../core/project/defaults.js';
import { urlPort, withPort } from '../api-url.js';
import { defineCheck, type Fix, type Outcome } from '../checks.js';
import {
  at,
  type ComposeCheckFacts,
  composeCheckFacts,
  located,
  ofReadable,
} from '../facts/compose.js';
import { configuredPort, type SettingsFacts } from '../facts/env.js';

export interface ComposeBackendPortFacts extends ComposeCheckFacts {
  settings: SettingsFacts;
  /** The shell: a variable it sets outranks the .env, so --fix cannot change it there. */
  shell: Record<string, string | undefined>;
  doctorCommand: string;
}

/** What --fix writes to the .env Compose reads: the port's variable, and the URL's when it has one. */
export interface EnvPlan {
  file: string;
  values: [string, string][];
}

/**
 * Pure: the .env change that moves the backend's published port to `want` and keeps the
 * frontend's URL on it; undefined when the entry is a literal, the shell sets the variable, or the
 * URL would be left behind (a literal URL: the remedy says what to change by hand).
 */
export function envPlan(
  project: ComposeProject,
  services: ComposeService[],
  entry: PortEntry,
  want: number,
  shell: Record<string, string | undefined>,
): EnvPlan | undefined {
  const variable = entry.publishedAt && soleVariable(entry.publishedAt.raw);
  if (!variable || shell[variable] !== undefined) return undefined;
  const values: [string, string][] = [[variable, String(want)]];
  const frontend = frontendService(services);
  const url = frontend?.environment.get(API_URL_KEY);
  const urlAt = frontend?.environmentAt.get(API_URL_KEY);
  if (typeof url === 'string' && urlAt) {
    // The URL as Compose would resolve it once the variable is set.
    const after = interpolate(urlAt.raw, project.varsWith({ [variable]: String(want) })).value;
    let port: number | undefined;
    try {
      port = urlPort(new URL(after));
    } catch {}
    if (port !== want) {
      const urlVariable = soleVariable(urlAt.raw);
      const moved = withPort(url, want);
      if (!urlVariable || shell[urlVariable] !== undefined || !moved) return undefined;
      values.push([urlVariable, moved]);
    }
  }
  return { file: project.envFile, values };
}

function plan(project: ComposeProject, services: ComposeService[], facts: ComposeBackendPortFacts) {
  const backend = backendService(services);
  const settings = facts.settings.settings;
  if (!backend || !settings) return { backend, settings };
  const want = configuredPort(settings);
  const entries = backendEntries(backend);
  const entry =
    entries.find((p) => p.published === want && p.publishedEnd === undefined) ??
    entries.find((p) => p.publishedEnd === undefined) ??
    entries[0];
  const env =
    entry && entry.published !== want
      ? envPlan(project, services, entry, want, facts.shell)
      : undefined;
  return { backend, settings, want, entries, entry, env };
}

/** Pure: the backend's entry (TCP, to the port its command listens on) against udo-port's port. */
function diagnose(
  project: ComposeProject,
  services: ComposeService[],
  facts: ComposeBackendPortFacts,
): Outcome {
  const { show } = facts;
  const file = project.files[0] as string;
  const { backend, settings, want, entry, env } = plan(project, services, facts);
  if (!backend) {
    return { status: 'skip', message: 'no service runs uvicorn or is built from backend/' };
  }
  if (!settings || want === undefined) {
    return { status: 'skip', message: 'no valid port setting (see env.port)' };
  }
  const from = facts.settings.settings?.requested?.origin ?? 'the default';
  const inside = listenPort(backend.command);
  const where = at(show, backend.at, file);
  if (!entry) {
    const others = backend.ports.filter((p) => p.published !== undefined);
    const listens = inside === undefined ? '' : ` to port ${inside}, where its command listens`;
    return {
      status: others.length > 0 ? 'error' : 'warn',
      message:
        others.length > 0
          ? `${where}: service ${backend.name} publishes no TCP port${listens} (it publishes ${others.map((p) => `${p.published}->${p.target}/${p.protocol}`).join(', ')})`
          : `${where}: service ${backend.name} publishes no port, so the browser cannot reach it`,
      ...(backend.commandAt && {
        details: [`command (${at(show, backend.commandAt, file)}): ${backend.commandAt.raw}`],
      }),
      remedy: [`add under ${backend.name}: ports: ["${want}:${inside ?? want}"]`],
      locations: [located(backend.at, file)],
      data: { service: backend.name, listens: inside ?? null, want },
    };
  }
  const place = entry.publishedAt ?? entry.at;
  if (entry.publishedEnd !== undefined) {
    // Docker takes any free port of the range: no URL can name it in advance.
    return {
      status: 'warn',
      message: `${at(show, place, file)}: service ${backend.name} publishes a range, ${entry.published}-${entry.publishedEnd}, to ${entry.target}: Docker picks one of them, so ${API_URL_KEY} cannot name it`,
      remedy: [`change ${at(show, entry.at, file)} to: - "${want}:${entry.target}"`],
      locations: [located(place, file)],
      data: { service: backend.name, published: [entry.published, entry.publishedEnd], want },
    };
  }
  if (entry.published !== want) {
    const variable = entry.publishedAt && soleVariable(entry.publishedAt.raw);
    const byHand = variable
      ? facts.shell[variable] !== undefined
        ? [
            `the shell sets ${variable}=${entry.published}: run with ${variable}=${want}, or unset it`,
          ]
        : (env?.values ?? [[variable, String(want)]]).map(
            ([k, v]) => `set ${k}=${v} in ${show(project.envFile)}`,
          )
      : [
          `change ${at(show, entry.at, file)} to: - "${entry.hostIp ? `${entry.hostIp.includes(':') ? `[${entry.hostIp}]` : entry.hostIp}:` : ''}${want}:${entry.target}"`,
        ];
    return {
      status: 'warn',
      message: `${at(show, place, file)}: service ${backend.name} publishes port ${entry.published}, but udo-port gives the backend ${want} (from ${from})`,
      details: [
        `one port for both keeps ${API_URL_KEY} right whichever way the backend runs`,
        ...(variable && !env && facts.shell[variable] === undefined
          ? [
              `${API_URL_KEY} of the frontend service would not follow ${variable}: change it too (see compose.web-api-url)`,
            ]
          : []),
      ],
      remedy: env ? [`${facts.doctorCommand} --fix`, ...byHand] : byHand,
      fixable: env !== undefined,
      locations: [located(place, file)],
      data: { service: backend.name, published: entry.published, want, variable: variable ?? null },
    };
  }
  return {
    status: 'pass',
    message: `service ${backend.name} publishes ${want} to ${entry.target} (${at(show, place, file)})`,
    data: { service: backend.name, published: want, target: entry.target },
  };
}

async function gather(
  ctx: Parameters<typeof composeCheckFacts>[0],
): Promise<ComposeBackendPortFacts> {
  return {
    ...(await composeCheckFacts(ctx)),
    settings: await ctx.settings(),
    shell: ctx.config.env,
    doctorCommand: ctx.config.doctorCommand,
  };
}

export const composeBackendPort = defineCheck({
  id: 'compose.backend-port',
  area: 'compose',
  title: "the backend service publishes udo-port's port, to the port it listens on",
  gather,
  diagnose: ofReadable(diagnose),
  async fix(ctx): Promise<Fix | undefined> {
    const facts = await gather(ctx);
    const { project } = facts.compose;
    if (!project || project.refused || project.unresolved.length > 0) return undefined;
    const { env } = plan(project, activeServices(project), facts);
    if (!env) return undefined;
    // Ports and URLs only: never a secret.
    const lines = env.values.map(([k, v]) => `${k}=${v}`);
    const change = `set ${lines.join(' and ')} in ${ctx.show(env.file)}`;
    return {
      id: 'compose.backend-port',
      change,
      touches: ['compose'],
      file: env.file,
      manual: lines.map((line) => `put this line in ${ctx.show(env.file)}: ${line}`),
      async apply() {
        // One atomic write for both: the port and the frontend's URL never disagree on disk.
        const done = await rewriteFile(env.file, (old) =>
          env.values.reduce((text, [k, v]) => setEnvValue(text, k, v), old ?? ''),
        );
        return done === 'unchanged'
          ? `${ctx.show(env.file)} already has ${lines.join(', ')}`
          : `${done} ${ctx.show(env.file)}: ${lines.join(', ')}`;
      },
    };
  },
});
