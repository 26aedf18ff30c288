import { parseEnv } from '../../core/env/file.js';
import { nextEnvFiles } from '../../core/env/next-env.js';
import { API_URL_KEY as DEFAULT_KEY } from '../../core/project/defaults.js';
import { outranksLocal, shownUrl, winner, winnerPlace } from '../api-url.js';
import { defineCheck, type Outcome } from '../checks.js';
import { unsetCommand } from '../env-remedies.js';
import type { WebFacts } from '../facts/web.js';

export interface ApiUrlSourceFacts {
  web: WebFacts;
  /** The shell's environment, which Next.js reads first. */
  shell: Record<string, string | undefined>;
  envLocal: string;
  platform: NodeJS.Platform;
  show: (path: string) => string;
  /** The variable judged: the first the frontend reads (frontend.urlVariables); default NEXT_PUBLIC_API_URL. */
  key?: string;
}

/** Pure: where the winning value comes from, and whether editing .env.local would change it. */
function diagnose(facts: ApiUrlSourceFacts): Outcome {
  const { web, show } = facts;
  const API_URL_KEY = facts.key ?? DEFAULT_KEY;
  if (!web.exists) return { status: 'skip', message: `no ${show(web.dir)} folder` };
  const win = winner(web, facts.shell, API_URL_KEY);
  const local = show(facts.envLocal);
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
        message: `the shell's ${API_URL_KEY}=${shell} wins, and equals ${show(inFiles.f.file)}'s`,
        data: { source: 'process' },
      };
    }
    return {
      status: 'warn',
      message: inFiles
        ? `the shell's ${API_URL_KEY}=${shell} wins over ${show(inFiles.f.file)}'s ${shownUrl(inFiles.value as string)}: editing ${local} will not help`
        : `${API_URL_KEY}=${shell} comes from the shell: editing ${local} will not help`,
      details: [
        'Next.js never replaces a variable the shell has set; unset it, then restart next dev from that shell',
      ],
      remedy: [unsetCommand(API_URL_KEY, facts.platform)],
      data: { source: 'process' },
    };
  }
  const file = win.file as string;
  const at = { file, ...(win.line !== undefined && { line: win.line }) };
  if (outranksLocal(win.source)) {
    return {
      status: 'warn',
      message: `${API_URL_KEY} comes from ${winnerPlace(show, win)}, which wins over ${local}: editing ${local} will not help`,
      details: [`Next.js reads, first wins: the shell, ${nextEnvFiles().join(', ')}`],
      remedy: [
        `edit ${winnerPlace(show, win)}: remove the ${API_URL_KEY} line, or set the URL there`,
      ],
      locations: [at],
      data: { source: win.source },
    };
  }
  return {
    status: 'pass',
    message: `${API_URL_KEY} comes from ${winnerPlace(show, win)}`,
    data: { source: win.source },
  };
}

export const webApiUrlSource = defineCheck({
  id: 'web.api-url-source',
  area: 'web',
  title: `the winning ${DEFAULT_KEY} is the one in .env.local`,
  async gather(ctx): Promise<ApiUrlSourceFacts> {
    const { env: shell, envLocal, platform, urlVariables } = ctx.config;
    const key = urlVariables?.[0] ?? DEFAULT_KEY;
    return { web: await ctx.web(), shell, envLocal, platform, show: ctx.show, key };
  },
  diagnose,
});
