// NEXT_PUBLIC_API_URL: what it holds, where the winning value comes from, and the URL --fix
// writes; shared by the web checks and port.ipv6-shadow.
import { nextEnvFiles } from '../core/env/next-env.js';
import { API_URL_KEY, urlFor } from '../core/project/defaults.js';
import { lastLine } from './facts/env.js';
import type { WebFacts } from './facts/web.js';

/** A URL fit to print: credentials, if any, masked. */
export function shownUrl(value: string): string {
  return value.replace(/^([a-z][\w+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}

/** The URL with only its port replaced, every other byte kept; undefined when it has no http(s) authority. */
export function withPort(value: string, port: number): string | undefined {
  const match = /^(https?:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#[\]]+))(?::\d*)?/i.exec(value);
  return match ? `${match[1]}:${port}${value.slice(match[0].length)}` : undefined;
}

export type ApiUrl =
  | { state: 'unset' }
  | { state: 'invalid'; value: string }
  | { state: 'valid'; value: string; url: URL; port: number };

/** What NEXT_PUBLIC_API_URL holds. Pure. */
export function parseApiUrl(value: string | undefined): ApiUrl {
  if (value === undefined || value.trim() === '') return { state: 'unset' };
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { state: 'invalid', value };
    return { state: 'valid', value, url, port: urlPort(url) };
  } catch {
    return { state: 'invalid', value };
  }
}

export interface Winner {
  value?: string;
  /** `process`, or the file that wins. */
  source?: string;
  file?: string;
  line?: number;
}

/** Where the effective NEXT_PUBLIC_API_URL comes from, in Next.js's order. */
export function winner(
  web: WebFacts,
  env: Record<string, string | undefined>,
  key: string = API_URL_KEY,
): Winner {
  const value = web.next.env[key];
  if (env[key] !== undefined) return { value: value ?? '', source: 'process' };
  const source = web.next.sources[key];
  const found = web.files.find((f) => f.path === source);
  if (!found) return {};
  const line = lastLine(found.contents, key);
  return { value: value ?? '', source, file: found.file, ...(line !== undefined && { line }) };
}

/** Files that outrank the frontend env file: a value there wins over one written to it. */
export function outranksLocal(source: string | undefined): boolean {
  if (source === 'process') return true;
  const order = nextEnvFiles('development');
  return source !== undefined && order.indexOf(source) < order.indexOf('.env.local');
}

/** The URL --fix writes: the current one with the right port, else one made from the settings. */
export function targetUrl(
  current: ApiUrl,
  port: number,
  urlHost: { flag?: string | undefined; setting: string },
): string {
  if (!urlHost.flag && current.state === 'valid') {
    const kept = withPort(current.value.trim(), port);
    if (kept) return kept;
  }
  return urlFor(urlHost.flag ?? urlHost.setting, port);
}

/** Where the winning value is set, in words. Pure. */
export function winnerPlace(show: (path: string) => string, win: Winner): string {
  if (win.source === 'process') return 'from the shell';
  return win.file ? `${show(win.file)}${win.line ? `:${win.line}` : ''}` : 'nowhere';
}

/** The port a URL reaches: its own, or its scheme's default. */
export function urlPort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
