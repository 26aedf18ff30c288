// Facts about the frontend's env files, in Next.js's own order.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type NextEnv,
  resolveNextEnv,
  scanNextEnvFiles,
  type UnreadNextEnvFile,
} from '../../core/env/next-env.js';

export interface WebFacts {
  dir: string;
  exists: boolean;
  /** Next.js's files in its order, the frontend env file in the `.env.local` slot. */
  files: { path: string; file: string; contents: string; mtimeMs: number }[];
  /** Files of that order that are there but cannot be read safely (a FIFO, a device). */
  unread: UnreadNextEnvFile[];
  /**
   * Files of that order in UTF-16, which Next.js reads as UTF-8 and so finds nothing in: told by
   * env.syntax (once), and left out of `files` as Next.js in effect leaves them out.
   */
  utf16: (UnreadNextEnvFile & { utf16: NonNullable<UnreadNextEnvFile['utf16']> })[];
  next: NextEnv;
  /** The files `next build` and `next start` read (production order), for their staleness. */
  production: { path: string; file: string; mtimeMs: number }[];
}

/** The frontend folder holding `envLocal`, and what `next dev` would read there. */
export function webFacts(envLocal: string, env: Record<string, string | undefined>): WebFacts {
  const dir = dirname(envLocal);
  const exists = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
  // A frontend env file given by path takes .env.local's place in Next.js's order.
  const instead = { '.env.local': envLocal };
  const { files, unread: refused } = exists
    ? scanNextEnvFiles(dir, 'development', instead)
    : { files: [], unread: [] };
  const production = exists ? scanNextEnvFiles(dir, 'production', instead).files : [];
  const utf16 = refused.filter((f): f is WebFacts['utf16'][number] => f.utf16 !== undefined);
  const unread = refused.filter((f) => f.utf16 === undefined);
  return { dir, exists, files, unread, utf16, next: resolveNextEnv(files, env), production };
}
