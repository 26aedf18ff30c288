import { parseEnv } from '../../core/env-file.js';
import { nextEnvFiles } from '../../core/next-env.js';
import { API_URL_KEY } from '../../core/project.js';
import { outranksLocal, shownUrl, where, winner } from '../api-url.js';
import type { Check } from '../checks.js';
import { unsetCommand } from '../commands.js';

export const webApiUrlSource: Check = {
  id: 'web.api-url-source',
  area: 'web',
  title: `the winning ${API_URL_KEY} is the one in .env.local`,
  async run(ctx) {
    const web = await ctx.web();
    if (!web.exists) return { status: 'skip', message: `no ${ctx.show(web.dir)} folder` };
    const win = winner(web, ctx.config.env);
    const local = ctx.show(ctx.config.envLocal);
    // The best value among the files, as Next.js would take it without the shell.
    const inFiles = web.files
      .map((f) => ({ f, value: parseEnv(f.contents)[API_URL_KEY] }))
      .find((x) => x.value !== undefined);
    if (win.source === undefined) {
      return { status: 'skip', message: `${API_URL_KEY} is not set anywhere (see web.api-url)` };
    }
    if (win.source === 'process') {
      const shell = shownUrl(win.value ?? '');
      if (inFiles && inFiles.value === win.value) {
        return {
          status: 'pass',
          message: `the shell's ${API_URL_KEY}=${shell} wins, and equals ${ctx.show(inFiles.f.file)}'s`,
          data: { source: 'process' },
        };
      }
      return {
        status: 'warn',
        message: inFiles
          ? `the shell's ${API_URL_KEY}=${shell} wins over ${ctx.show(inFiles.f.file)}'s ${shownUrl(inFiles.value as string)}: editing ${local} will not help`
          : `${API_URL_KEY}=${shell} comes from the shell: editing ${local} will not help`,
        details: [
          'Next.js never replaces a variable the shell has set; unset it, then restart next dev from that shell',
        ],
        remedy: [unsetCommand(API_URL_KEY, ctx.config.platform)],
        data: { source: 'process' },
      };
    }
    const file = win.file as string;
    const at = { file, ...(win.line !== undefined && { line: win.line }) };
    if (outranksLocal(win.source)) {
      return {
        status: 'warn',
        message: `${API_URL_KEY} comes from ${where(ctx, win)}, which wins over ${local}: editing ${local} will not help`,
        details: [`Next.js reads, first wins: the shell, ${nextEnvFiles().join(', ')}`],
        remedy: [`edit ${where(ctx, win)}: remove the ${API_URL_KEY} line, or set the URL there`],
        locations: [at],
        data: { source: win.source },
      };
    }
    return {
      status: 'pass',
      message: `${API_URL_KEY} comes from ${where(ctx, win)}`,
      data: { source: win.source },
    };
  },
};
