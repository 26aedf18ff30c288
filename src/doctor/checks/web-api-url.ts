import { envFileContents, writeEnvValue } from '../../core/env/file.js';
import { nextEnvFiles } from '../../core/env/next-env.js';
import { API_URL_KEY } from '../../core/project/defaults.js';
import {
  outranksLocal,
  parseApiUrl,
  shownUrl,
  targetUrl,
  winner,
  winnerPlace,
} from '../api-url.js';
import { defineCheck, type Fix, type Outcome } from '../checks.js';
import type { Context } from '../context.js';
import { unsetCommand } from '../env-remedies.js';
import type { BackendFacts } from '../facts/backend.js';
import { lastLine, type SettingsFacts } from '../facts/env.js';
import type { WebFacts } from '../facts/web.js';

export interface ApiUrlFacts {
  web: WebFacts;
  backend: BackendFacts;
  settings: SettingsFacts;
  /** The shell's environment, which Next.js reads first. */
  shell: Record<string, string | undefined>;
  /** --url-host, which --fix writes even over a valid URL's own host. */
  urlHostFlag?: string | undefined;
  envLocal: string;
  /** The variable judged; the check judges each the frontend reads (frontend.urlVariables). */
  key: string;
  keys: string[];
  /** Where the variables are named: `frontend.urlVariables in udo-port.json`, or undefined. */
  keysFrom?: string | undefined;
  doctorCommand: string;
  platform: NodeJS.Platform;
  show: (path: string) => string;
}

async function gather(ctx: Context): Promise<ApiUrlFacts> {
  const [web, backend, settings] = await Promise.all([ctx.web(), ctx.backend(), ctx.settings()]);
  const { env: shell, settingsInput, envLocal, doctorCommand, platform } = ctx.config;
  const urlHostFlag = settingsInput.urlHost;
  const keys = ctx.config.urlVariables ?? [API_URL_KEY];
  return {
    key: keys[0] ?? API_URL_KEY,
    keys,
    keysFrom: ctx.config.urlVariablesFrom,
    web,
    backend,
    settings,
    shell,
    urlHostFlag,
    envLocal,
    doctorCommand,
    platform,
    show: ctx.show,
  };
}

/** The winning value, the URL --fix would write, and whether it may. Pure. */
function plan(facts: ApiUrlFacts) {
  const { web, backend } = facts;
  const win = winner(web, facts.shell, facts.key);
  const current = parseApiUrl(win.value);
  const target =
    backend.port === undefined
      ? undefined
      : targetUrl(current, backend.port, {
          flag: facts.urlHostFlag,
          setting: facts.settings.settings?.urlHost ?? 'localhost',
        });
  // With a file left unread, which value wins is unknown, and .env.local may be the FIFO itself.
  const fixable =
    web.exists && web.unread.length === 0 && web.utf16.length === 0 && !outranksLocal(win.source);
  return { web, backend, win, current, target, fixable };
}

/** Pure: whether the winning URL is valid and on the backend's port. */
function diagnoseKey(facts: ApiUrlFacts): Outcome {
  const API_URL_KEY = facts.key;
  const { web, backend, win, current, target, fixable } = plan(facts);
  const { show, platform } = facts;
  if (!web.exists) {
    return {
      status: 'warn',
      message: `no ${show(web.dir)} folder: the frontend's URL cannot be checked`,
      details: ["--env-local names the frontend's env file when it lives elsewhere"],
    };
  }
  // A FIFO or device among the env files: read, it would hang the check (and next dev).
  const [unread, ...more] = web.unread;
  if (unread) {
    const others =
      more.length > 0 ? ` (and ${more.length} more file${more.length > 1 ? 's' : ''})` : '';
    return {
      status: 'error',
      message: `${show(unread.file)} ${unread.problem}${others}: ${API_URL_KEY} cannot be checked`,
      details: [
        ...more.map((f) => `${show(f.file)} ${f.problem}`),
        'udo-port reads and writes only regular env files, never a FIFO, device or socket',
      ],
      locations: web.unread.map((f) => ({
        file: f.file,
        message: `${show(f.file)} ${f.problem}`,
      })),
    };
  }
  // A UTF-16 file: Next.js finds nothing in it; env.syntax says so once, and --fix saves it as
  // UTF-8, after which this check can tell.
  const [wide] = web.utf16;
  if (wide) {
    return {
      status: 'skip',
      message: `${show(wide.file)} is UTF-16 (see env.syntax): ${API_URL_KEY} is checked once it is UTF-8`,
    };
  }
  const local = show(facts.envLocal);
  const locations = win.file
    ? [{ file: win.file, ...(win.line !== undefined && { line: win.line }) }]
    : [{ file: facts.envLocal }];
  const remedy = (): string[] => {
    if (fixable) return [`${facts.doctorCommand} --fix`];
    if (win.source === 'process') return [unsetCommand(API_URL_KEY, platform)];
    return [
      `edit ${winnerPlace(show, win)}: set ${API_URL_KEY}=${target ? shownUrl(target) : '<the backend URL>'}`,
    ];
  };
  const manual =
    target && fixable ? [`--fix sets ${API_URL_KEY}=${shownUrl(target)} in ${local}`] : [];
  if (current.state === 'unset') {
    return {
      status: 'error',
      message: `${API_URL_KEY} is not set in the shell or in any env file of ${show(web.dir)}`,
      details: [`Next.js looks in: the shell, ${nextEnvFiles().join(', ')}`, ...manual],
      remedy: remedy(),
      fixable: fixable && target !== undefined,
      locations,
    };
  }
  const shown = shownUrl(current.value);
  if (current.state === 'invalid') {
    return {
      status: 'error',
      message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}) is not an http(s) URL`,
      details: manual,
      remedy: remedy(),
      fixable: fixable && target !== undefined,
      locations,
    };
  }
  const data = {
    value: shown,
    source: win.source,
    port: current.port,
    backendPort: backend.port,
  };
  if (backend.port === undefined) {
    return {
      status: 'skip',
      message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}); the backend's port is not known yet: ${backend.why}`,
      data,
    };
  }
  if (current.port !== backend.port) {
    return {
      status: 'error',
      message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}) points at port ${current.port}, but the backend's port is ${backend.port} (${backend.why})`,
      details: [
        ...manual,
        ...(fixable
          ? []
          : [`a value ${winnerPlace(show, win)} wins over ${local} (see web.api-url-source)`]),
      ],
      remedy: remedy(),
      fixable,
      locations,
      data,
    };
  }
  return {
    status: 'pass',
    message: `${API_URL_KEY}=${shown} (${winnerPlace(show, win)}) is on the backend's port ${backend.port} (${backend.why})`,
    data,
  };
}

/**
 * Pure: each variable the frontend reads, judged alone; the worst outcome stands for all, and
 * names where the variables are configured.
 */
function diagnose(facts: ApiUrlFacts): Outcome {
  const rank = { error: 0, warn: 1, skip: 2, pass: 3 } as Record<string, number>;
  const outcomes = facts.keys.map((key) => diagnoseKey({ ...facts, key }));
  const worst = [...outcomes].sort((a, b) => (rank[a.status] ?? 9) - (rank[b.status] ?? 9))[0];
  if (!worst) return { status: 'skip', message: 'no variable for the backend URL is configured' };
  const from = facts.keysFrom ? ` (${facts.keysFrom})` : '';
  if (outcomes.length === 1) {
    return from && worst.status !== 'pass'
      ? {
          ...worst,
          details: [...(worst.details ?? []), `the variable is named by ${facts.keysFrom}`],
        }
      : worst;
  }
  if (worst.status === 'pass') {
    return { ...worst, message: outcomes.map((o) => o.message).join('; ') + from };
  }
  return {
    ...worst,
    details: [
      ...(worst.details ?? []),
      ...outcomes.filter((o) => o !== worst).map((o) => `${o.status}: ${o.message}`),
      ...(from ? [`the variables are named by ${facts.keysFrom}`] : []),
    ],
  };
}

export const webApiUrl = defineCheck({
  id: 'web.api-url',
  area: 'web',
  title: `${API_URL_KEY} is set, valid, and on the backend's port`,
  gather,
  diagnose,
  async fix(ctx): Promise<Fix | undefined> {
    const facts = await gather(ctx);
    const todo = facts.keys
      .map((key) => ({ key, ...plan({ ...facts, key }) }))
      .filter(({ target, fixable, current }) => {
        if (!fixable || target === undefined) return false;
        return !(current.state === 'valid' && current.value.trim() === target);
      });
    const [first] = todo;
    if (!first) return undefined;
    const file = ctx.config.envLocal;
    // The line as --fix would leave it, where it would put it: the user's edit by hand.
    const text = first.web.files.find((f) => f.file === file)?.contents;
    const lines = todo.map(({ key, target }) => `${key}=${shownUrl(target as string)}`);
    return {
      id: 'web.api-url',
      change: `set ${lines.join(', ')} in ${ctx.show(file)}`,
      touches: ['web', 'port.ipv6-shadow', 'env.syntax'],
      file,
      manual: todo.map(({ key, target }) => {
        const at = text === undefined ? undefined : lastLine(text, key);
        const line = `${key}=${shownUrl(target as string)}`;
        return at === undefined
          ? `add this line to ${ctx.show(file)}: ${line}`
          : `edit ${ctx.show(file)}, line ${at}, to read: ${line}`;
      }),
      async apply() {
        const said: string[] = [];
        for (const { key, target } of todo) {
          const done = await writeEnvValue(file, key, target as string, '--env-local');
          const written = envFileContents(file);
          const line = written.state === 'read' ? lastLine(written.text, key) : undefined;
          said.push(
            done === 'unchanged'
              ? `${ctx.show(file)} already has ${key}=${shownUrl(target as string)}`
              : `${done === 'created' ? 'created' : 'updated'} ${ctx.show(file)}${line ? `:${line}` : ''}: ${key}=${shownUrl(target as string)}`,
          );
        }
        return said.join('; ');
      },
    };
  },
});
