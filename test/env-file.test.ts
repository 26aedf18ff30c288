import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import dotenv from 'dotenv';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  codeOf,
  envKeyLines,
  parseEnv,
  readEnvFile,
  scanEnv,
  setEnvValue,
  writeEnvValue,
  writeFileAtomic,
} from '../src/core/env/file.js';
import { UsageError } from '../src/core/errors.js';

// Lets a test act just before the final rename, once the temp file exists; else the real rename.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});
const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

/** Runs `effect` (which may throw) just before the rename onto a file named `name`. */
function beforeFinalRename(name: string, effect: () => void): void {
  vi.mocked(renameSync).mockImplementation((from, to) => {
    if (basename(String(to)) === name) {
      vi.mocked(renameSync).mockImplementation(realFs.renameSync);
      effect();
    }
    realFs.renameSync(from, to);
  });
}

const BOM = '\uFEFF';

let dir: string;
beforeEach(async () => {
  vi.mocked(renameSync).mockClear();
  dir = await mkdtemp(join(tmpdir(), 'udo-env-file-'));
});
afterEach(async () => {
  vi.mocked(renameSync).mockImplementation(realFs.renameSync);
  await chmod(dir, 0o700).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Property test over generated files.

interface Entry {
  lines: string[];
  /** True when this entry assigns the target key. */
  target: boolean;
  /** For target entries: the bytes before the value and after it (inline comment). */
  prefix: string;
  suffix: string;
}

const KEYS = ['PORT', 'PORT2', 'HOST', 'API_URL', 'NEXT_PUBLIC_API_URL', 'a.b', 'x-y', 'export'];

const safeText = fc.stringMatching(/^[A-Za-z0-9 :/._=-]{0,12}$/);
// Comment text may hold anything on one line, including quotes and `KEY=value` look-alikes.
const commentText = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 :/._='"`#-]{0,16}$/),
  fc.constantFrom('PORT=1', 'export PORT=2', "it's", 'say "hi"'),
);
const unquoted = fc.stringMatching(
  /^([A-Za-z0-9:/._-]([A-Za-z0-9 :/._'"`-]{0,10}[A-Za-z0-9:/._-])?)?$/,
);
// Lines of a multi-line quoted value; some look like assignments of the target key.
const innerLine = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 :/._=#-]{0,12}$/),
  fc.constantFrom('PORT=999', 'export PORT=1', 'HOST: x', '# not a comment'),
);

function quotedValue(q: '"' | "'" | '`') {
  return fc.array(innerLine, { minLength: 1, maxLength: 3 }).map((parts) => {
    const lines = parts.map((p) => p.replaceAll(q, ''));
    if (q === '"') lines[0] = `${lines[0]}\\n`; // an escape dotenv expands
    return lines;
  });
}

const value = fc.oneof(
  unquoted.map((v) => [v]),
  safeText.map((v) => [`'${v}'`]),
  safeText.map((v) => [`"${v}"`]),
  safeText.map((v) => [`\`${v}\``]),
  quotedValue('`').map((l) => wrapLines(l, '`')),
  quotedValue("'").map((l) => wrapLines(l, "'")),
  quotedValue('"').map((l) => wrapLines(l, '"')),
);

function wrapLines(lines: string[], q: string): string[] {
  const out = [...lines];
  out[0] = q + out[0];
  out[out.length - 1] = `${out[out.length - 1]}${q}`;
  return out;
}

function assignment(target: string) {
  return fc
    .record({
      key: fc.oneof(fc.constant(target), fc.constantFrom(...KEYS)),
      indent: fc.constantFrom('', ' ', '\t'),
      exported: fc.boolean(),
      sep: fc.constantFrom('=', ' = ', ': ', '  ='),
      value,
      comment: fc.option(commentText, { nil: undefined }),
    })
    .map(({ key, indent, exported, sep, value: v, comment }): Entry => {
      const prefix = `${indent}${exported ? 'export ' : ''}${key}${sep}`;
      const suffix = comment === undefined ? '' : ` # ${comment}`;
      const lines = [...v];
      lines[0] = prefix + lines[0];
      lines[lines.length - 1] = `${lines[lines.length - 1]}${suffix}`;
      return { lines, target: key === target, prefix, suffix };
    });
}

const other: fc.Arbitrary<Entry> = fc.oneof(
  commentText.map((c) => ({ lines: [`# ${c}`], target: false, prefix: '', suffix: '' })),
  fc.constantFrom('', '   ').map((b) => ({ lines: [b], target: false, prefix: '', suffix: '' })),
);

const newValue = fc.oneof(
  fc.constantFrom('3000', '8000', 'localhost', '127.0.0.1', 'http://localhost:8000', ''),
  fc.constantFrom('http://[::1]:3000/api', 'C:\\dir', 'a b', 'x#y', "it's", 'say "hi"'),
  fc.constantFrom('line1\nline2', ' padded ', '`tick`', "'q'"),
  fc.stringMatching(/^[A-Za-z0-9:/._-]{0,20}$/),
);

const envFile = fc.constantFrom(...KEYS).chain((target) =>
  fc.record({
    target: fc.constant(target),
    entries: fc.array(fc.oneof(assignment(target), other), { maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
    value: newValue,
  }),
);

describe('setEnvValue (property)', () => {
  it('changes only the target values and keeps every other byte', () => {
    fc.assert(
      fc.property(envFile, ({ target, entries, eol, bom, finalEol, value: v }) => {
        const oldLines = entries.flatMap((e) => e.lines);
        const oldBody = oldLines.join(eol) + (finalEol && oldLines.length > 0 ? eol : '');
        const oldText = (bom ? BOM : '') + oldBody;

        const newText = setEnvValue(oldText, target, v);

        // BOM and line endings.
        expect(newText.startsWith(BOM)).toBe(bom);
        const newBody = bom ? newText.slice(1) : newText;
        // A file with no line break yet gets LF.
        const fileEol = /\r\n|\n/.exec(oldBody)?.[0] ?? '\n';
        if (fileEol === '\r\n') expect(newBody.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
        else expect(newBody).not.toContain('\r');

        // Parsing: target has the new value, every other key is as before.
        const before = dotenv.parse(oldBody);
        const after = dotenv.parse(newBody);
        expect(after[target]).toBe(v);
        const { [target]: _a, ...restBefore } = before;
        const { [target]: _b, ...restAfter } = after;
        expect(restAfter).toEqual(restBefore);

        // Bytes: every line that does not assign the target is unchanged and in place.
        const targets = entries.filter((e) => e.target);
        if (targets.length === 0) {
          const sep = oldBody === '' || oldBody.endsWith('\n') ? '' : fileEol;
          expect(newBody.startsWith(oldBody + sep)).toBe(true);
          const added = newBody.slice(oldBody.length + sep.length);
          expect(added.startsWith(`${target}=`)).toBe(true);
          expect(added.endsWith(fileEol)).toBe(true);
          expect(added.slice(0, -fileEol.length)).not.toMatch(/[\r\n]/);
          const realLines = oldBody === '' ? 0 : oldBody.split(fileEol).length - (sep ? 0 : 1);
          expect(envKeyLines(newText, target)).toEqual([realLines + 1]);
        } else {
          const newLines = newBody.split(eol);
          const expected = entries.flatMap<string | Entry>((e) => (e.target ? [e] : e.lines));
          if (finalEol) expected.push('');
          expect(newLines.length).toBe(expected.length);
          expected.forEach((exp, i) => {
            const got = newLines[i] as string;
            if (typeof exp === 'string') {
              expect(got).toBe(exp);
            } else {
              expect(got.startsWith(exp.prefix)).toBe(true);
              expect(got.endsWith(exp.suffix)).toBe(true);
            }
          });
          expect(envKeyLines(newText, target)).toHaveLength(targets.length);
          // Lines other than the target assignments are identical once those are removed.
          const keep = (lines: string[], starts: number[]) =>
            lines.filter((_, i) => !starts.includes(i + 1));
          const oldStarts = envKeyLines(oldText, target);
          const newStarts = envKeyLines(newText, target);
          const oldRest = oldLines.filter((_, i) => {
            // Drop every line of a target entry (a multi-line value spans several).
            let n = 0;
            for (const e of entries) {
              if (i < n + e.lines.length) return !e.target;
              n += e.lines.length;
            }
            return true;
          });
          expect(keep(newLines, newStarts)).toEqual(finalEol ? [...oldRest, ''] : oldRest);
          expect(oldStarts).toHaveLength(targets.length);
        }

        // Setting the same value again changes nothing.
        expect(setEnvValue(newText, target, v)).toBe(newText);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Examples.

describe('setEnvValue', () => {
  it('updates every duplicate of the key', () => {
    const text = 'PORT=1\nHOST=h\nexport PORT = 2 # old\n';
    expect(setEnvValue(text, 'PORT', '3000')).toBe('PORT=3000\nHOST=h\nexport PORT = 3000 # old\n');
  });

  it('appends a missing key with the file line ending', () => {
    expect(setEnvValue('A=1\r\nB=2\r\n', 'PORT', '3000')).toBe('A=1\r\nB=2\r\nPORT=3000\r\n');
  });

  it('adds a line break before an appended key when the file lacks a final newline', () => {
    expect(setEnvValue('A=1\r\nB=2', 'PORT', '3000')).toBe('A=1\r\nB=2\r\nPORT=3000\r\n');
    expect(setEnvValue('# only a comment', 'PORT', '3000')).toBe('# only a comment\nPORT=3000\n');
    expect(setEnvValue('', 'PORT', '3000')).toBe('PORT=3000\n');
  });

  it('keeps a missing final newline when updating', () => {
    expect(setEnvValue('A=1\nPORT=1', 'PORT', '3000')).toBe('A=1\nPORT=3000');
  });

  it('keeps a BOM', () => {
    expect(setEnvValue(`${BOM}PORT=1\n`, 'PORT', '3000')).toBe(`${BOM}PORT=3000\n`);
    expect(setEnvValue(`${BOM}`, 'PORT', '3000')).toBe(`${BOM}PORT=3000\n`);
  });

  it('keeps the quote style of a quoted value', () => {
    expect(setEnvValue(`A="1"\nB='1'\nC=\`1\`\n`, 'A', '2')).toBe(`A="2"\nB='1'\nC=\`1\`\n`);
    expect(setEnvValue(`B='1' # c\n`, 'B', '2')).toBe(`B='2' # c\n`);
    expect(setEnvValue('C= `1`\n', 'C', '2')).toBe('C= `2`\n');
  });

  it('keeps `export ` and inline comments', () => {
    expect(setEnvValue('export PORT=1 # dev\n', 'PORT', '3000')).toBe('export PORT=3000 # dev\n');
    expect(setEnvValue('PORT=  # empty\n', 'PORT', '3000')).toBe('PORT=3000  # empty\n');
    expect(setEnvValue('PORT = \nA=#c\n', 'PORT', '1')).toBe('PORT = 1\nA=#c\n');
    expect(setEnvValue('A=#c\n', 'A', '1')).toBe('A=1 #c\n');
    expect(setEnvValue('PORT: 1\n', 'PORT', '3000')).toBe('PORT: 3000\n');
  });

  it('quotes values that need it, in a form dotenv reads back', () => {
    for (const v of ['a b', 'x#y', "it's", 'say "hi"', 'l1\nl2', 'cr\rlf', ' pad ', "'q'"]) {
      const out = setEnvValue('K=1\n', 'K', v);
      expect(dotenv.parse(out).K).toBe(v);
    }
    expect(setEnvValue('K=1\n', 'K', 'a b')).toBe('K="a b"\n');
    expect(setEnvValue('K=1\n', 'K', 'l1\nl2')).toBe('K="l1\\nl2"\n');
  });

  it('rejects values a .env file cannot hold and invalid keys, without echoing the value', () => {
    const bad = 'a\'b"c`d';
    expect(() => setEnvValue('K=1\n', 'K', bad)).toThrow(UsageError);
    try {
      setEnvValue('K=1\n', 'K', bad);
    } catch (err) {
      expect((err as Error).message).not.toContain(bad);
    }
    expect(() => setEnvValue('', 'BAD KEY', '1')).toThrow(UsageError);
    expect(() => setEnvValue('', '__proto__', '1')).toThrow(UsageError);
  });

  it('replaces a whole multi-line value and leaves look-alikes inside other values alone', () => {
    const text = 'A="x\nPORT=999\n"\nPORT="old\nlines"\r\nB=2\n';
    const out = setEnvValue(text, 'PORT', '3000');
    expect(out).toBe('A="x\nPORT=999\n"\nPORT="3000"\r\nB=2\n');
    expect(dotenv.parse(out)).toEqual({ A: 'x\nPORT=999\n', PORT: '3000', B: '2' });
  });

  it('refuses an edit that would make dotenv re-pair quotes across lines', () => {
    // The unclosed quote of SECRET would close at PORT's new opening quote.
    const text = 'SECRET="hunter2\nPORT=1\n';
    expect(() => setEnvValue(text, 'PORT', '# x')).toThrow(UsageError);
    try {
      setEnvValue(text, 'PORT', '# x');
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  it('follows dotenv quirks: value on the next line, lone CR line breaks', () => {
    // dotenv reads `A=` followed by a quoted line as that quoted value.
    const text = "A=\n'x'\nB=2\n";
    expect(dotenv.parse(text).A).toBe('x');
    expect(setEnvValue(text, 'A', 'y')).toBe("A=\n'y'\nB=2\n");
    expect(setEnvValue('A=1\rB=2\r', 'B', '3')).toBe('A=1\rB=3\r');
  });
});

describe('parseEnv and envKeyLines', () => {
  it('parses like dotenv, ignoring a BOM', () => {
    expect(parseEnv(`${BOM}A=1\r\nexport B='2'\n`)).toEqual({ A: '1', B: '2' });
  });

  it('gives the 1-based lines where a key is assigned', () => {
    const text = `${BOM}# c\r\nPORT=1\r\nA="x\r\nPORT=2\r\n"\r\n\r\nexport PORT=3`;
    expect(envKeyLines(text, 'PORT')).toEqual([2, 7]);
    expect(envKeyLines(text, 'A')).toEqual([3]);
    expect(envKeyLines(text, 'NOPE')).toEqual([]);
  });

  it('scanEnv gives each assignment its first and last line, as dotenv matches them', () => {
    const text = `${BOM}A=1\r\nB="two\r\nlines"\rC: 3\n\nD = 4 # note\n`;
    const { norm, assignments } = scanEnv(text);
    expect(norm).toBe('A=1\nB="two\nlines"\nC: 3\n\nD = 4 # note\n');
    expect(assignments.map(({ key, line, endLine, sep }) => ({ key, line, endLine, sep }))).toEqual(
      [
        { key: 'A', line: 1, endLine: 1, sep: '=' },
        { key: 'B', line: 2, endLine: 3, sep: '=' },
        { key: 'C', line: 4, endLine: 4, sep: ': ' },
        { key: 'D', line: 6, endLine: 6, sep: ' =' },
      ],
    );
    expect(Object.keys(parseEnv(text))).toEqual(assignments.map((a) => a.key));
  });

  it('codeOf reads string codes only', () => {
    expect(codeOf(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('ENOENT');
    expect(codeOf(Object.assign(new Error('x'), { code: 3 }))).toBeUndefined();
    expect(codeOf(undefined)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Files.

/** What a write may leave behind: the old writer's temp files, the new one's temp folders. */
async function tempFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((n) => n.endsWith('.tmp') || n.startsWith('.udo-port-'));
}

describe('readEnvFile', () => {
  it('returns undefined for a missing file', async () => {
    expect(await readEnvFile(join(dir, '.env'))).toBeUndefined();
    expect(await readEnvFile(join(dir, 'missing', '.env'))).toBeUndefined();
  });

  it('throws a UsageError naming the option and path for a folder', async () => {
    const p = join(dir, '.env.local');
    await mkdir(p);
    await expect(readEnvFile(p, '--env-local')).rejects.toThrow(UsageError);
    await expect(readEnvFile(p, '--env-local')).rejects.toThrow(`--env-local: ${p} is a directory`);
  });

  it('parses the values', async () => {
    const p = join(dir, '.env');
    await writeFile(p, `${BOM}PORT=8000\r\nexport HOST="0.0.0.0" # any\r\n`);
    expect(await readEnvFile(p)).toEqual({ PORT: '8000', HOST: '0.0.0.0' });
  });
});

describe('writeFileAtomic', () => {
  it('keeps the mode exactly, even one the umask would strip', async () => {
    const p = join(dir, '.gitignore');
    await writeFile(p, 'a\n');
    await chmod(p, 0o664);
    await writeFileAtomic(p, 'a\nb\n');
    expect(await readFile(p, 'utf8')).toBe('a\nb\n');
    expect((await stat(p)).mode & 0o7777).toBe(0o664);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('writes through a symlink, which stays a symlink', async () => {
    await mkdir(join(dir, 'shared'));
    const real = join(dir, 'shared', 'ignore');
    const link = join(dir, '.gitignore');
    await writeFile(real, 'a\n');
    await chmod(real, 0o640);
    await symlink(join('shared', 'ignore'), link);
    await writeFileAtomic(link, 'a\nb\n');
    expect(await readlink(link)).toBe(join('shared', 'ignore'));
    expect(await readFile(real, 'utf8')).toBe('a\nb\n');
    expect((await stat(real)).mode & 0o7777).toBe(0o640);
    expect(await tempFiles(dir)).toEqual([]);
    expect(await tempFiles(join(dir, 'shared'))).toEqual([]);
  });

  it('creates a missing file', async () => {
    const p = join(dir, 'new.txt');
    await writeFileAtomic(p, 'x\n');
    expect(await readFile(p, 'utf8')).toBe('x\n');
    expect(await readdir(dir)).toEqual(['new.txt']);
  });

  it('refuses a folder at once, writing nothing', async () => {
    const p = join(dir, 'taken');
    await mkdir(p);
    await expect(writeFileAtomic(p, 'x\n', '--file')).rejects.toThrow(
      new UsageError(`--file: ${p} is a directory`),
    );
    expect(vi.mocked(renameSync)).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('removes its temp folder when the rename fails for real (a folder took the name meanwhile)', async () => {
    // Root-proof: no permission is involved. The temp file is written, then rename(2) refuses
    // to put a file over a non-empty folder (EISDIR, or ENOTEMPTY/EEXIST elsewhere).
    const p = join(dir, 'taken');
    beforeFinalRename('taken', () => {
      mkdirSync(p);
      writeFileSync(join(p, 'inside'), 'keep');
    });
    const err = await writeFileAtomic(p, 'x\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`${p} is a directory`);
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(p, 'inside'), 'utf8')).toBe('keep');
  });
});

describe('writeEnvValue', () => {
  it("sweeps the temp folder of a writer that was killed mid-write, and no live writer's", async () => {
    const { spawn } = await import('node:child_process');
    const { mkdir } = await import('node:fs/promises');
    // A dead writer's pid: a process that has come and gone. A live one's: a process still running.
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((done) => dead.once('exit', done));
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const left = join(dir, `.udo-port-${dead.pid}-AbC123`);
      const running = join(dir, `.udo-port-${live.pid}-XyZ789`);
      const open = join(dir, `.udo-port-${dead.pid}-Open12`);
      for (const folder of [left, running]) {
        await mkdir(folder, { mode: 0o700 });
        await writeFile(join(folder, '.gitignore'), '*\n');
        await writeFile(join(folder, '.env'), 'SECRET=s3\n');
      }
      // Not private: not one udo-port made, so not one it removes.
      await mkdir(open, { mode: 0o755 });
      const p = join(dir, '.env');
      await writeFile(p, 'PORT=1\n');
      expect(await writeEnvValue(p, 'PORT', '3000')).toBe('updated');
      expect(existsSync(left)).toBe(false);
      expect(existsSync(running)).toBe(true);
      expect(existsSync(open)).toBe(true);
    } finally {
      live.kill();
    }
  });

  it('updates in place, keeping the mode and leaving no temp file', async () => {
    const p = join(dir, '.env');
    await writeFile(p, '# keep\r\nPORT=1\r\nSECRET=s3\r\n');
    await chmod(p, 0o600);
    expect(await writeEnvValue(p, 'PORT', '3000')).toBe('updated');
    expect(await readFile(p, 'utf8')).toBe('# keep\r\nPORT=3000\r\nSECRET=s3\r\n');
    expect((await stat(p)).mode & 0o777).toBe(0o600);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('keeps a mode the umask would strip from a new file', async () => {
    const p = join(dir, '.env');
    await writeFile(p, 'PORT=1\n');
    await chmod(p, 0o664);
    // Make sure the umask removes group write, so only an explicit chmod can keep it.
    const umask = process.umask(0o022);
    try {
      expect(await writeEnvValue(p, 'PORT', '3000')).toBe('updated');
    } finally {
      process.umask(umask);
    }
    expect((await stat(p)).mode & 0o777).toBe(0o664);
  });

  it('writes through a symlink to its target', async () => {
    await mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'shared.env');
    const link = join(dir, '.env.local');
    await writeFile(real, 'PORT=1\n');
    await symlink(join('real', 'shared.env'), link);
    expect(await writeEnvValue(link, 'PORT', '3000')).toBe('updated');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(join('real', 'shared.env'));
    expect(await readFile(real, 'utf8')).toBe('PORT=3000\n');
    expect(await tempFiles(dir)).toEqual([]);
    expect(await tempFiles(join(dir, 'real'))).toEqual([]);
  });

  it('creates the target of a dangling symlink', async () => {
    const link = join(dir, '.env.local');
    await symlink('target.env', link);
    expect(await writeEnvValue(link, 'PORT', '3000')).toBe('created');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'target.env'), 'utf8')).toBe('PORT=3000\n');
  });

  it('creates a missing file in an existing folder', async () => {
    const p = join(dir, '.env.local');
    expect(await writeEnvValue(p, 'PORT', '3000')).toBe('created');
    expect(await readFile(p, 'utf8')).toBe('PORT=3000\n');
    expect(await readdir(dir)).toEqual(['.env.local']);
  });

  it('reports a missing parent folder and does not create it', async () => {
    const folder = join(dir, 'web-dashboard');
    const p = join(folder, '.env.local');
    const err = await writeEnvValue(p, 'PORT', '3000', '--env-local').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain('--env-local');
    expect((err as Error).message).toContain(p);
    expect((err as Error).message).toContain(`${folder}/ does not exist`);
    expect(existsSync(folder)).toBe(false);
  });

  it('throws a UsageError when the path is a folder', async () => {
    const p = join(dir, '.env.local');
    await mkdir(p);
    await expect(writeEnvValue(p, 'PORT', '3000', '--env-local')).rejects.toThrow(
      new UsageError(`--env-local: ${p} is a directory`),
    );
    expect(await readdir(dir)).toEqual(['.env.local']);
  });

  it("returns 'unchanged' and leaves the mtime alone when the value is already there", async () => {
    const p = join(dir, '.env');
    await writeFile(p, "PORT='3000' # pinned\n");
    const old = new Date('2001-02-03T04:05:06Z');
    await utimes(p, old, old);
    expect(await writeEnvValue(p, 'PORT', '3000')).toBe('unchanged');
    expect((await stat(p)).mtime.getTime()).toBe(old.getTime());
  });

  it('leaves no temp file and the old content when the write fails', async () => {
    const p = join(dir, '.env');
    await writeFile(p, 'PORT=1\n');
    if (process.getuid?.() !== 0) {
      await chmod(dir, 0o500);
      const err = await writeEnvValue(p, 'PORT', '3000', '--env-file').catch((e: unknown) => e);
      await chmod(dir, 0o700);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(p);
    } else {
      // Root ignores folder permissions; a path under a regular file fails for real.
      const q = join(p, '.env.local');
      const err = await writeEnvValue(q, 'PORT', '3000', '--env-file').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(q);
    }
    expect(await readFile(p, 'utf8')).toBe('PORT=1\n');
    expect(await readdir(dir)).toEqual(['.env']);
  });

  it('removes the temp file when the final rename fails', async () => {
    const p = join(dir, '.env');
    await writeFile(p, 'PORT=1\n');
    beforeFinalRename('.env', () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    await expect(writeEnvValue(p, 'PORT', '3000')).rejects.toThrow(
      new UsageError(`${p} cannot be written (EXDEV)`),
    );
    expect(await readFile(p, 'utf8')).toBe('PORT=1\n');
    expect(await readdir(dir)).toEqual(['.env']);
  });

  it('never prints file values in errors', async () => {
    const p = join(dir, '.env');
    await writeFile(p, 'SECRET="hunter2\nPORT=1\n');
    const err = await writeEnvValue(p, 'PORT', '# x', '--env-file').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(p);
    expect((err as Error).message).not.toContain('hunter2');
    expect(await readFile(p, 'utf8')).toBe('SECRET="hunter2\nPORT=1\n');
    expect(await readdir(dir)).toEqual(['.env']);
  });
});
