import { describeUtf16, hasKeptBytes } from '../../core/env/encoding.js';
import { saveAsUtf8, scanEnv } from '../../core/env/file.js';
import { defineCheck, type Fix, type Location, type Outcome } from '../checks.js';
import type { Context } from '../context.js';
import type { EnvText } from '../facts/env.js';

const ASSIGNMENT_LIKE = /^\s*(?:export\s+)?[\w.-]+\s*=/;

export interface LintFinding {
  line: number;
  kind: 'duplicate' | 'not-assignment' | 'spaces' | 'colon' | 'swallowed' | 'not-utf8';
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
    // Bytes that are not UTF-8 (CP949, Latin-1) in a value: Next.js and dotenv decode the file as
    // UTF-8, so the app gets U+FFFD for them. In a comment they harm nothing, and are not told.
    if (hasKeptBytes(raw)) {
      findings.push({
        line: first,
        kind: 'not-utf8',
        message: `the value of ${key} is not UTF-8 (CP949, Latin-1?): Next.js and dotenv read its non-ASCII bytes as U+FFFD; save the file as UTF-8`,
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
  doctorCommand: string;
  show: (path: string) => string;
}

/** The env files in UTF-16, each once. */
const utf16Files = (files: EnvText[]) =>
  files.filter((t, i) => t.utf16 && files.findIndex((u) => u.file === t.file) === i);

/**
 * Pure: a UTF-16 file, said once (Next.js and dotenv find nothing in it; --fix saves it as UTF-8);
 * then every line of the env files that dotenv reads otherwise than meant.
 */
function diagnose({ files, show, doctorCommand }: EnvSyntaxFacts): Outcome {
  const read = files.filter(
    (t, i) => t.text !== undefined && files.findIndex((u) => u.file === t.file) === i,
  );
  const wide = utf16Files(files);
  if (wide.length > 0) {
    const lines = wide.map(
      (t) =>
        `${show(t.file)} is ${describeUtf16(t.utf16 as NonNullable<EnvText['utf16']>)}: Next.js and dotenv read env files only as UTF-8, so they find nothing in it`,
    );
    const whole = wide.every((t) => t.utf16?.text !== undefined);
    const others = read.flatMap((t) => lintEnv(t.text as string)).length;
    return {
      status: 'error',
      message:
        lines.length === 1
          ? (lines[0] as string)
          : `${lines.length} env files are UTF-16, not UTF-8`,
      details: [
        ...(lines.length === 1 ? [] : lines),
        whole
          ? '--fix saves it as UTF-8 with the same text (mode and owner kept)'
          : 'save it as UTF-8 in an editor (it is not whole UTF-16 text, so --fix cannot)',
        ...(others > 0 ? [`and ${others} more findings once it is UTF-8 (run again)`] : []),
      ],
      remedy: whole ? [`${doctorCommand} --fix`] : ['save the file as UTF-8'],
      fixable: whole,
      locations: wide.map((t) => ({ file: t.file, message: 'not UTF-8 but UTF-16' })),
      data: { utf16: wide.map((t) => ({ file: t.file, encoding: t.utf16?.encoding })) },
    };
  }
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

async function gather(ctx: Context): Promise<EnvSyntaxFacts> {
  const [env, example, web] = await Promise.all([ctx.backendEnv(), ctx.example(), ctx.web()]);
  const files: EnvText[] = [
    env,
    example,
    ...web.files.map((f) => ({ file: f.file, exists: true, text: f.contents })),
    ...web.utf16.map((f) => ({ file: f.file, exists: true, utf16: f.utf16 })),
  ];
  return { files, doctorCommand: ctx.config.doctorCommand, show: ctx.show };
}

export const envSyntax = defineCheck({
  id: 'env.syntax',
  area: 'env',
  title: 'the env files are UTF-8, plain KEY=value lines, each key once',
  gather,
  diagnose,
  async fix(ctx): Promise<Fix | undefined> {
    const wide = utf16Files((await gather(ctx)).files).filter((t) => t.utf16?.text !== undefined);
    const [first] = wide;
    if (!first) return undefined;
    const names = wide.map((t) => ctx.show(t.file));
    return {
      id: 'env.syntax',
      change: `save ${names.join(', ')} as UTF-8`,
      touches: ['env', 'port', 'web'],
      file: first.file,
      manual: names.map((name) => `save ${name} as UTF-8 (UTF-8 without BOM) in an editor`),
      async apply() {
        const saved: string[] = [];
        for (const t of wide) {
          if ((await saveAsUtf8(t.file)) === 'updated') saved.push(ctx.show(t.file));
        }
        return saved.length > 0
          ? `saved ${saved.join(', ')} as UTF-8 (it was UTF-16)`
          : `${names.join(', ')}: no longer UTF-16; left as ${names.length > 1 ? 'they are' : 'it is'}`;
      },
    };
  },
});
