import { join } from 'node:path';
import { rewriteFile } from '../../core/env/file.js';
import { PROJECT_DEFAULTS } from '../../core/project/defaults.js';
import { defineCheck, type Fix, type Location, type Outcome } from '../checks.js';
import type { Context } from '../context.js';
import type { GitFacts } from '../facts/git.js';

/** The env files that hold secrets, relative to the project root (`/`-separated). */
function secretFiles(ctx: Context): { path: string; file: string }[] {
  return [ctx.config.envFile, ctx.config.envLocal].flatMap((file) => {
    const path = ctx.inProject(file);
    return path ? [{ path, file }] : [];
  });
}

/** A .gitignore line that matches exactly this path under the file's folder. */
export function ignoreEntry(path: string): string {
  return path.includes('/') ? path : `/${path}`;
}

/** `text` with `entries` appended, one a line, in the file's own line ending. Pure. */
export function appendLines(text: string, entries: readonly string[]): string {
  if (entries.length === 0) return text;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const gap = text === '' || /[\r\n]$/.test(text) ? '' : eol;
  return `${text}${gap}${entries.map((entry) => `${entry}${eol}`).join('')}`;
}

export interface GitVerdict {
  tracked: string[];
  unignored: string[];
}

/** Which secret files git tracks, and which no ignore rule covers. Pure. */
export function judgeGit(paths: readonly string[], facts: GitFacts): GitVerdict {
  return {
    tracked: paths.filter((p) => facts.tracked.has(p)),
    unignored: paths.filter((p) => !facts.ignored.has(p)),
  };
}

export interface GitEnvFilesFacts {
  /** The secret env files inside the project, each with its path from the root. */
  files: { path: string; file: string }[];
  /** What git says of them; undefined when they lie outside the project (not asked). */
  git?: GitFacts;
  root: string;
  doctorCommand: string;
  show: (path: string) => string;
}

/** Pure: which secret files git tracks, or would commit. */
function diagnose({ files, git: facts, root, doctorCommand, show }: GitEnvFilesFacts): Outcome {
  if (!facts) return { status: 'skip', message: 'the env files lie outside the project' };
  if (facts.problem) return { status: 'skip', message: facts.problem };
  const { tracked, unignored } = judgeGit(
    files.map((f) => f.path),
    facts,
  );
  const gitignore = join(root, '.gitignore');
  const fileOf = (path: string) => files.find((f) => f.path === path)?.file as string;
  const locations: Location[] = [
    ...tracked.map((path) => ({ file: fileOf(path), message: `${path} is tracked by git` })),
    ...unignored.map((path) => ({ file: gitignore, message: `${path} is not git-ignored` })),
  ];
  const rootArg = show(root);
  const git = rootArg === '.' ? 'git' : `git -C ${rootArg}`;
  if (tracked.length > 0) {
    return {
      status: 'error',
      message: `${tracked.join(' and ')} ${tracked.length > 1 ? 'are' : 'is'} tracked by git${unignored.length > 0 ? `; ${unignored.join(' and ')} ${unignored.length > 1 ? 'are' : 'is'} not git-ignored either` : ''}`,
      details: [
        'git keeps them in its history: change any secret they held once they are out',
        ...(unignored.length > 0
          ? [`--fix adds ${unignored.map(ignoreEntry).join(', ')} to ${show(gitignore)}`]
          : []),
      ],
      remedy: [
        `${git} rm --cached ${tracked.join(' ')}`,
        ...(unignored.length > 0 ? [`${doctorCommand} --fix`] : []),
      ],
      fixable: unignored.length > 0,
      locations,
      data: { tracked, unignored },
    };
  }
  if (unignored.length > 0) {
    return {
      status: 'warn',
      message: `${unignored.join(' and ')} ${unignored.length > 1 ? 'are' : 'is'} not git-ignored: a git add . would commit ${unignored.length > 1 ? 'them' : 'it'}`,
      details: [`--fix adds ${unignored.map(ignoreEntry).join(', ')} to ${show(gitignore)}`],
      remedy: [`${doctorCommand} --fix`],
      fixable: true,
      locations,
      data: { tracked, unignored },
    };
  }
  return {
    status: 'pass',
    message: `${files.map((f) => f.path).join(' and ')} are git-ignored and not tracked`,
    details: files.map((f) => `${f.path}: ${facts.ignored.get(f.path)}`),
  };
}

export const gitEnvFiles = defineCheck({
  id: 'git.env-files',
  area: 'git',
  title: `${PROJECT_DEFAULTS.backendEnv} and ${PROJECT_DEFAULTS.envLocal} are git-ignored and not tracked`,
  async gather(ctx): Promise<GitEnvFilesFacts> {
    const files = secretFiles(ctx);
    const { root, doctorCommand } = ctx.config;
    const git = files.length > 0 ? await ctx.git(files.map((f) => f.path)) : undefined;
    return { files, ...(git && { git }), root, doctorCommand, show: ctx.show };
  },
  diagnose,
  async fix(ctx): Promise<Fix | undefined> {
    const files = secretFiles(ctx);
    const facts = await ctx.git(files.map((f) => f.path));
    if (facts.problem) return undefined;
    const { unignored } = judgeGit(
      files.map((f) => f.path),
      facts,
    );
    if (unignored.length === 0) return undefined;
    const gitignore = join(ctx.config.root, '.gitignore');
    const entries = unignored.map(ignoreEntry);
    return {
      id: 'git.env-files',
      change: `add ${entries.join(', ')} to ${ctx.show(gitignore)}`,
      touches: ['git.env-files'],
      file: gitignore,
      manual: [`add to ${ctx.show(gitignore)}, one a line: ${entries.join(', ')}`],
      async apply() {
        // The env files' reader and writer: no FIFO is read, owner and mode are kept, and a
        // symlinked .gitignore is written through only as the symlink rule allows.
        const done = await rewriteFile(gitignore, (old) => appendLines(old ?? '', entries));
        return `${done === 'created' ? 'created' : 'updated'} ${ctx.show(gitignore)}: added ${entries.join(', ')}`;
      },
    };
  },
});
