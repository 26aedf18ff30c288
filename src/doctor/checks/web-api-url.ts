import { envFileContents, writeEnvValue } from '../../core/env-file.js';
import { nextEnvFiles } from '../../core/next-env.js';
import { API_URL_KEY } from '../../core/project.js';
import { outranksLocal, parseApiUrl, shownUrl, targetUrl, where, winner } from '../api-url.js';
import type { Check, Fix, Outcome } from '../checks.js';
import { unsetCommand } from '../commands.js';
import type { Context } from '../context.js';
import { lastLine } from '../facts/env.js';

async function plan(ctx: Context) {
  const [web, backend, facts] = await Promise.all([ctx.web(), ctx.backend(), ctx.settings()]);
  const win = winner(web, ctx.config.env);
  const current = parseApiUrl(win.value);
  const target =
    backend.port === undefined
      ? undefined
      : targetUrl(current, backend.port, {
          flag: ctx.config.settingsInput.urlHost,
          setting: facts.settings?.urlHost ?? 'localhost',
        });
  // With a file left unread, which value wins is unknown, and .env.local may be the FIFO itself.
  const fixable = web.exists && web.unread.length === 0 && !outranksLocal(win.source);
  return { web, backend, win, current, target, fixable };
}

export const webApiUrl: Check = {
  id: 'web.api-url',
  area: 'web',
  title: `${API_URL_KEY} is set, valid, and on the backend's port`,
  async run(ctx): Promise<Outcome> {
    const { web, backend, win, current, target, fixable } = await plan(ctx);
    if (!web.exists) {
      return {
        status: 'warn',
        message: `no ${ctx.show(web.dir)} folder: the frontend's URL cannot be checked`,
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
        message: `${ctx.show(unread.file)} ${unread.problem}${others}: ${API_URL_KEY} cannot be checked`,
        details: [
          ...more.map((f) => `${ctx.show(f.file)} ${f.problem}`),
          'udo-port reads and writes only regular env files, never a FIFO, device or socket',
        ],
        locations: web.unread.map((f) => ({
          file: f.file,
          message: `${ctx.show(f.file)} ${f.problem}`,
        })),
      };
    }
    const local = ctx.show(ctx.config.envLocal);
    const locations = win.file
      ? [{ file: win.file, ...(win.line !== undefined && { line: win.line }) }]
      : [{ file: ctx.config.envLocal }];
    const remedy = (): string[] => {
      if (fixable) return [`${ctx.config.doctorCommand} --fix`];
      if (win.source === 'process') return [unsetCommand(API_URL_KEY, ctx.config.platform)];
      return [
        `edit ${where(ctx, win)}: set ${API_URL_KEY}=${target ? shownUrl(target) : '<the backend URL>'}`,
      ];
    };
    const manual =
      target && fixable ? [`--fix sets ${API_URL_KEY}=${shownUrl(target)} in ${local}`] : [];
    if (current.state === 'unset') {
      return {
        status: 'error',
        message: `${API_URL_KEY} is not set in the shell or in any env file of ${ctx.show(web.dir)}`,
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
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}) is not an http(s) URL`,
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
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}); the backend's port is not known yet: ${backend.why}`,
        data,
      };
    }
    if (current.port !== backend.port) {
      return {
        status: 'error',
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}) points at port ${current.port}, but the backend's port is ${backend.port} (${backend.why})`,
        details: [
          ...manual,
          ...(fixable
            ? []
            : [`a value ${where(ctx, win)} wins over ${local} (see web.api-url-source)`]),
        ],
        remedy: remedy(),
        fixable,
        locations,
        data,
      };
    }
    return {
      status: 'pass',
      message: `${API_URL_KEY}=${shown} (${where(ctx, win)}) is on the backend's port ${backend.port} (${backend.why})`,
      data,
    };
  },
  async fix(ctx): Promise<Fix | undefined> {
    const { web, target, fixable, current } = await plan(ctx);
    if (!fixable || target === undefined) return undefined;
    if (current.state === 'valid' && current.value.trim() === target) return undefined;
    const file = ctx.config.envLocal;
    // The line as --fix would leave it, where it would put it: the user's edit by hand.
    const text = web.files.find((f) => f.file === file)?.contents;
    const at = text === undefined ? undefined : lastLine(text, API_URL_KEY);
    const line = `${API_URL_KEY}=${shownUrl(target)}`;
    return {
      id: 'web.api-url',
      change: `set ${line} in ${ctx.show(file)}`,
      touches: ['web', 'port.ipv6-shadow', 'env.syntax'],
      file,
      manual: [
        at === undefined
          ? `add this line to ${ctx.show(file)}: ${line}`
          : `edit ${ctx.show(file)}, line ${at}, to read: ${line}`,
      ],
      async apply() {
        const done = await writeEnvValue(file, API_URL_KEY, target, '--env-local');
        const written = envFileContents(file);
        const line = written.state === 'read' ? lastLine(written.text, API_URL_KEY) : undefined;
        return done === 'unchanged'
          ? `${ctx.show(file)} already has ${API_URL_KEY}=${shownUrl(target)}`
          : `${done === 'created' ? 'created' : 'updated'} ${ctx.show(file)}${line ? `:${line}` : ''}: ${API_URL_KEY}=${shownUrl(target)}`;
      },
    };
  },
};
