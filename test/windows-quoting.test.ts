// How a command reaches a Windows program (src/core/process/spawn.ts), checked on any OS: the
// quoting against the parsing rules Microsoft documents for the C runtime ("Parsing C++
// command-line arguments") and cmd.exe's caret and percent phases. Real Windows programs read
// the same corpus under Wine in test/windows/commands.wine.ts. No ports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cmdShimLine,
  escapeForCmd,
  findWindowsProgram,
  quoteForArgv,
  spawnPlan,
  WINDOWS_MAX_PATH,
} from '../src/core/process/spawn.js';

/** The C runtime's argv parser for one argument's text (Microsoft's documented rules). */
function parseArgv(line: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i >= line.length) break;
    let arg = '';
    let quoted = false;
    for (; i < line.length; i++) {
      const char = line[i] as string;
      if (char === '\\') {
        let n = 0;
        while (line[i] === '\\') {
          n++;
          i++;
        }
        if (line[i] === '"') {
          arg += '\\'.repeat(Math.floor(n / 2));
          if (n % 2 === 1) arg += '"';
          else quoted = !quoted;
        } else {
          arg += '\\'.repeat(n);
          i--;
        }
        continue;
      }
      if (char === '"') {
        // `""` inside quotes is a literal quote (the 2008+ runtime).
        if (quoted && line[i + 1] === '"') {
          arg += '"';
          i++;
        } else quoted = !quoted;
        continue;
      }
      if (!quoted && (char === ' ' || char === '\t')) break;
      arg += char;
    }
    args.push(arg);
  }
  return args;
}

/**
 * What cmd.exe /c makes of a line outside any quoted stretch with no variables defined: a `%`
 * pair names no variable (left as is), then each `^` escapes the next character. The escaped
 * `"` never opens a quoted stretch, so this holds for the whole line.
 */
function cmdCaretPhase(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '^') i++;
    out += line[i] ?? '';
  }
  return out;
}

/**
 * Whether no metacharacter is left unescaped in a line of `parts` words: every one is preceded
 * by a `^`, but for the single spaces that separate the words.
 */
function allEscaped(line: string, parts: number): boolean {
  let separators = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '^') {
      i++;
      continue;
    }
    if (line[i] === ' ') separators++;
    else if (/[()\][%!"`<>&|;,*?]/.test(line[i] as string)) return false;
  }
  return separators === parts - 1;
}

const CORPUS = [
  '',
  'plain',
  'with space',
  'C:\\Users\\홍길동\\내 프로젝트\\',
  'C:\\My Project\\',
  'trailing\\\\',
  'a\\"b',
  'a\\\\"b',
  '"quoted"',
  '\\"',
  '%USERNAME%',
  '%PATH',
  '100%',
  'caret^x',
  'a&b|c<d>e',
  'bang!x!',
  'paren(x)',
  ' leading and trailing ',
  'tab\there',
  '한국어 인자',
  ';,=',
  '*?',
];

describe('quoteForArgv: the C runtime reads back exactly what was given', () => {
  it.each(CORPUS)('%j', (arg) => {
    expect(parseArgv(quoteForArgv(arg))).toEqual([arg]);
  });

  it('any string, and several in a row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }),
        (args) => {
          const clean = args.map((a) => a.replace(/\0/g, ''));
          expect(parseArgv(clean.map(quoteForArgv).join(' '))).toEqual(clean);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("matches Microsoft's table", () => {
    // From "Parsing C++ command-line arguments": input `a\\\"b` is one argument `a\"b`.
    expect(parseArgv('"a b c" d e')).toEqual(['a b c', 'd', 'e']);
    expect(parseArgv('a\\\\\\"b c d')).toEqual(['a\\"b', 'c', 'd']);
    expect(quoteForArgv('C:\\My Project\\')).toBe('"C:\\My Project\\\\"');
    expect(quoteForArgv('a\\"b')).toBe('"a\\\\\\"b"');
  });
});

describe("cmdShimLine: through cmd.exe, the shim's own %*, then the C runtime", () => {
  const shim = 'C:\\Users\\홍길동\\내 프로젝트\\run probe.cmd';
  /** The arguments' part of the line: after the quoted program. */
  const argsOf = (line: string) => {
    expect(line.startsWith(`"${shim}" `)).toBe(true);
    return line.slice(shim.length + 3);
  };

  it.each(CORPUS)('%j reaches the program as written', (arg) => {
    const tail = argsOf(cmdShimLine(shim, [arg]));
    // cmd.exe /c parses it (no variable is ever expanded: every % is escaped)...
    expect(allEscaped(tail, 1)).toBe(true);
    const once = cmdCaretPhase(tail);
    // ...and the shim's line with %* in it parses it again.
    expect(allEscaped(once, 1)).toBe(true);
    expect(parseArgv(cmdCaretPhase(once))).toEqual([arg]);
  });

  it('nothing is left for either parse to expand or run, for any arguments', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (args) => {
        const tail = argsOf(cmdShimLine(shim, args));
        expect(allEscaped(tail, args.length)).toBe(true);
        expect(allEscaped(cmdCaretPhase(tail), args.length)).toBe(true);
        expect(parseArgv(cmdCaretPhase(cmdCaretPhase(tail)))).toEqual(args);
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes every cmd.exe metacharacter once per round', () => {
    expect(escapeForCmd('a&b', 2)).toBe('a^^^&b');
    expect(escapeForCmd('%X%')).toBe('^%X^%');
  });
});

describe('spawnPlan on Windows', () => {
  const env = { Path: 'C:\\bin;C:\\tools', PATHEXT: '.COM;.EXE;.BAT;.CMD', ComSpec: 'C:\\cmd.exe' };
  const files = new Set(['C:\\tools\\npm.cmd', 'C:\\bin\\python.exe', 'C:\\p\\srv.exe']);
  const find = (file: string) => findWindowsProgram(file, 'C:\\p', env, (path) => files.has(path));

  it('an .exe on PATH gets its arguments as they are, no cmd.exe', () => {
    const plan = spawnPlan(
      { file: 'python', args: ['%USERNAME%', 'a b'], cwd: 'C:\\p', env },
      'win32',
      find,
    );
    expect(plan).toEqual({
      file: 'C:\\bin\\python.exe',
      args: ['%USERNAME%', 'a b'],
      verbatim: false,
    });
  });

  it('a .cmd shim goes through ComSpec, escaped, given verbatim', () => {
    const plan = spawnPlan({ file: 'npm', args: ['run', 'dev'], cwd: 'C:\\p', env }, 'win32', find);
    expect(plan.file).toBe('C:\\cmd.exe');
    expect(plan.verbatim).toBe(true);
    expect(plan.args).toEqual(['/d', '/s', '/c', '""C:\\tools\\npm.cmd" ^^^"run^^^" ^^^"dev^^^""']);
  });

  it('the working folder is searched first; a relative path is taken from it', () => {
    expect(find('srv')).toBe('C:\\p\\srv.exe');
    expect(find('.\\srv.exe')).toBe('C:\\p\\srv.exe');
    expect(find('C:\\p\\srv')).toBe('C:\\p\\srv.exe');
  });

  it('a missing program is spawned as given: Node reports ENOENT (exit 127), not cmd.exe 9009', () => {
    const plan = spawnPlan({ file: 'nope', args: [], cwd: 'C:\\p', env }, 'win32', find);
    expect(plan).toEqual({ file: 'nope', args: [], verbatim: false });
  });

  it('a path past MAX_PATH is one line naming the limit', () => {
    const long = `C:\\${'d'.repeat(WINDOWS_MAX_PATH)}\\python.exe`;
    const plan = spawnPlan({ file: long, args: [], cwd: 'C:\\p', env }, 'win32', () => long);
    expect(plan.refusal).toBe(
      `the program's path is ${long.length} characters, past Windows' limit of 259 (MAX_PATH) for starting a program: move the project to a shorter folder`,
    );
  });

  it('POSIX: spawned as given', () => {
    expect(spawnPlan({ file: 'npm', args: ['%X%'], cwd: '/p', env: {} }, 'linux')).toEqual({
      file: 'npm',
      args: ['%X%'],
      verbatim: false,
    });
  });
});

describe('remedies run in cmd.exe and Windows PowerShell 5.1', () => {
  it('one command a line, no &&, no quoted program first', async () => {
    const { createVenvCommand, installCommand, endCommand, findHolderCommand } = await import(
      '../src/core/remedies.js'
    );
    const { rebuildCommand } = await import('../src/doctor/checks/web-stale.js');
    const lines = [
      createVenvCommand('.venv', 'win32'),
      createVenvCommand('my venv', 'win32', ['--clear']),
      installCommand('.venv', ['uvicorn', 'fastapi'], 'win32'),
      installCommand('C:\\내 프로젝트\\.venv', ['-r', 'backend\\requirements.txt'], 'win32'),
      endCommand(42, 'win32'),
      findHolderCommand(8001, 'win32'),
      ...rebuildCommand('my web', 3001, 'win32'),
    ];
    for (const line of lines) {
      expect(line).not.toContain('&&');
      expect(line).not.toContain('\n');
      expect(line.startsWith('"')).toBe(false);
    }
    expect(installCommand('.venv', ['uvicorn'], 'win32')).toBe(
      '.venv\\Scripts\\python.exe -m pip install uvicorn',
    );
    expect(installCommand('C:\\내 프로젝트\\.venv', ['uvicorn'], 'win32')).toBe(
      'py -m pip --python "C:\\내 프로젝트\\.venv" install uvicorn',
    );
  });
});
