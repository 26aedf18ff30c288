// What the frontend will really be told: Next.js reads the shell and several env files, and the
// first that sets a key wins, so writing .env.local settles nothing when something outranks it.
import { dirname, relative } from 'node:path';
import { API_URL_KEY } from '../project/defaults.js';
import { envKeyLines } from './file.js';
import { resolveNextEnv, scanNextEnvFiles } from './next-env.js';

export interface UrlOverride {
  /** `your shell`, or the file (relative to the project) and line that sets it. */
  where: string;
  value: string;
  /** How to take it away, for the user's OS. */
  remedy: string;
}

/**
 * What outranks `envLocal` for NEXT_PUBLIC_API_URL under `next dev` with a value other than
 * `url`: the process environment, or `.env.development.local`. Undefined when `envLocal` decides.
 */
export function urlOverride(
  envLocal: string,
  url: string,
  env: Record<string, string | undefined>,
  root: string,
  platform: NodeJS.Platform = process.platform,
  key: string = API_URL_KEY,
): UrlOverride | undefined {
  const { files } = scanNextEnvFiles(dirname(envLocal), 'development', { '.env.local': envLocal });
  const seen = resolveNextEnv(files, env);
  const source = seen.sources[key];
  const value = seen.env[key] ?? '';
  if (source === undefined || source === '.env.local' || value === url) return undefined;
  if (source === 'process') {
    const remedy = platform === 'win32' ? `Remove-Item Env:${key}` : `unset ${key}`;
    return { where: 'your shell', value, remedy };
  }
  const file = files.find((f) => f.path === source);
  const line = file ? envKeyLines(file.contents, key)[0] : undefined;
  const shown = relative(root, file?.file ?? source) || source;
  return {
    where: line ? `${shown}:${line}` : shown,
    value,
    remedy: `remove ${key} from ${shown}${line ? ` (line ${line})` : ''}`,
  };
}
