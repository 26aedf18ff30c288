import { scanEnv } from '../../core/env-file.js';
import { defineCheck, type Location, type Outcome } from '../checks.js';
import type { EnvText } from '../facts/env.js';

const ASSIGNMENT_LIKE = /^\s*(?:export\s+)?[\w.-]+\s*=/;

export interface LintFinding {
  line: number;
  kind: 'duplicate' | 'not-assignment' | 'spaces' | 'colon' | 'swallowed';
  /** Names a key at most: a line's text may hold a secret. */
  message: string;
}

/** What dotenv would silently read otherwise than meant, line by line. Pure; never quotes values. */
export function lintEnv(text: string): LintFinding[] {
  const { norm, assignments } = scanEnv(text);
  const lines = norm.split('\n');
  const findings: LintFinding[] = [];
  const covered = new Set<number>();
  const seen = new Map<string, number>();
  for (const { key, sep, raw, line: first, endLine: last } of assignments) {
    for (let n = first; n <= last; n++) covered.add(n);

    const before = seen.get(key);
    if (before !== undefined) {
      findings.push({
        line: first,
        kind: 'duplicate',
        message: `${key} is set again (first on line ${before}); dotenv keeps this one`,
      });
    } else seen.set(key, first);
    if (sep.trimStart().startsWith(':')) {
      findings.push({
        line: first,
        kind: 'colon',
        message: `${key} uses ':' instead of '=' (only dotenv reads that)`,
      });
    } else if (/\s/.test(sep) || /^[ \t]/.test(raw)) {
      findings.push({
        line: first,
        kind: 'spaces',
        message: `spaces around '=' in ${key} (shells and Docker do not read them)`,
      });
    }
    // A quote left open runs on to the next line that has the same quote: the lines between
    // become part of this value, and the keys on them are lost.
    if (last > first && lines.slice(first, last).some((line) => ASSIGNMENT_LIKE.test(line))) {
      findings.push({
        line: first,
        kind: 'swallowed',
        message: `the value of ${key} runs on to line ${last}: a quote left open takes in the keys on lines ${first + 1}-${last}`,
      });
    }
  }
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (covered.has(index + 1) || trimmed === '' || trimmed.startsWith('#')) return;
    findings.push({
      line: index + 1,
      kind: 'not-assignment',
      message: 'not a KEY=value line; dotenv ignores it',
    });
  });
  return findings.sort((a, b) => a.line - b.line);
}

export interface EnvSyntaxFacts {
  /** backend/.env, its template and the frontend's env files, each once, as read. */
  files: EnvText[];
  show: (path: string) => string;
}

/** Pure: every line of the env files that dotenv reads otherwise than meant. */
function diagnose({ files, show }: EnvSyntaxFacts): Outcome {
  const read = files.filter(
    (t, i) => t.text !== undefined && files.findIndex((u) => u.file === t.file) === i,
  );
  if (read.length === 0) return { status: 'skip', message: 'no env files' };
  const locations: Location[] = read.flatMap((t) =>
    lintEnv(t.text as string).map((finding) => ({
      file: t.file,
      line: finding.line,
      message: finding.message,
    })),
  );
  const names = read.map((t) => show(t.file));
  if (locations.length === 0) {
    return { status: 'pass', message: `${names.join(', ')}: no problems` };
  }
  const [only] = locations;
  return {
    status: 'warn',
    message:
      locations.length === 1 && only
        ? `${show(only.file)}:${only.line}: ${only.message}`
        : `${locations.length} lines dotenv reads otherwise than meant`,
    details:
      locations.length === 1 ? [] : locations.map((l) => `${show(l.file)}:${l.line}: ${l.message}`),
    remedy: ['edit the lines named above'],
    locations,
  };
}

export const envSyntax = defineCheck({
  id: 'env.syntax',
  area: 'env',
  title: 'the env files are plain KEY=value lines, each key once',
  async gather(ctx): Promise<EnvSyntaxFacts> {
    const [env, example, web] = await Promise.all([ctx.backendEnv(), ctx.example(), ctx.web()]);
    const files: EnvText[] = [
      env,
      example,
      ...web.files.map((f) => ({ file: f.file, exists: true, text: f.contents })),
    ];
    return { files, show: ctx.show };
  },
  diagnose,
});
