// Starting a command the same way on every face (start, dev, the action's `run`): on POSIX a plain
// spawn; on Windows the program is found on PATH with PATHEXT first, so that only a .cmd/.bat shim
// goes through cmd.exe (with every argument escaped for cmd.exe and then for the program), and an
// .exe gets its arguments as they are, quoted by libuv for CommandLineToArgvW. Nothing is expanded
// on the way: `%USERNAME%`, `!x!`, `^`, `&` reach the program as written.
import { ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { win32 } from 'node:path';

/** A process to start. */
export interface CommandToRun {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * Windows' limit for a program's path and a working folder given to CreateProcess (MAX_PATH,
 * 260 with the terminating NUL): past it Node reports ENOENT or EBADF, which name no cause.
 */
export const WINDOWS_MAX_PATH = 259;

/**
 * cmd.exe's metacharacters, escaped with `^` outside quotes (the set cross-spawn escapes,
 * from https://www.robvanderwoude.com/escapechars.php): `"` is among them so that cmd.exe never
 * enters a quoted stretch, where `^` would stop escaping.
 */
const CMD_META = /[()\][%!^"`<>&|;, *?]/g;

/**
 * One argument as the C runtime's parser (CommandLineToArgvW) reads it back: always in double
 * quotes; backslashes doubled before a quote and before the closing quote, a quote escaped.
 * The algorithm of https://qntm.org/cmd, which cross-spawn's lib/util/escape.js also follows.
 */
export function quoteForArgv(arg: string): string {
  let out = '"';
  let slashes = 0;
  for (const char of arg) {
    if (char === '\\') {
      slashes++;
      continue;
    }
    if (char === '"') out += `${'\\'.repeat(slashes * 2)}\\"`;
    else out += `${'\\'.repeat(slashes)}${char}`;
    slashes = 0;
  }
  return `${out}${'\\'.repeat(slashes * 2)}"`;
}

/** Escapes cmd.exe's metacharacters with `^`, `times` over (one per cmd.exe parse to survive). */
export function escapeForCmd(text: string, times = 1): string {
  let out = text;
  for (let i = 0; i < times; i++) out = out.replace(CMD_META, '^$&');
  return out;
}

/**
 * The command line handed to `cmd.exe /d /s /c "..."` to run a .cmd/.bat file with `args`, each
 * arriving as written. As cross-spawn does (lib/util/escape.js, after https://qntm.org/cmd):
 * each argument quoted for the C runtime, then every cmd.exe metacharacter `^`-escaped, and
 * escaped twice, because a shim hands its `%*` to cmd.exe's parser once more (npm's, pnpm's,
 * node_modules\.bin's: cross-spawn doubles only for the last; any shim that forwards needs it).
 * The program itself is quoted, not escaped: Windows paths hold no `"`. Pure.
 */
export function cmdShimLine(file: string, args: readonly string[]): string {
  return [`"${file}"`, ...args.map((arg) => escapeForCmd(quoteForArgv(arg), 2))].join(' ');
}

/** A variable of `env` by name, as Windows finds it: names are case-insensitive there. */
export function windowsEnv(env: Record<string, string | undefined>, name: string) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Where Windows would find `file`: as given when it names a folder, else in the working folder
 * and then each folder of PATH, trying each PATHEXT extension when it has none of them.
 * Undefined when it is nowhere. `exists` is the edge (a test passes its own).
 */
export function findWindowsProgram(
  file: string,
  cwd: string,
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean = isFile,
): string | undefined {
  const extensions = (windowsEnv(env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .filter(Boolean);
  const known = extensions.some((ext) => ext.toLowerCase() === win32.extname(file).toLowerCase());
  const candidates = (base: string) => [
    ...(known ? [] : extensions.map((ext) => `${base}${ext.toLowerCase()}`)),
    ...(known || win32.extname(base) !== '' ? [base] : []),
  ];
  const hasFolder = /[\\/]/.test(file);
  const dirs = hasFolder
    ? [win32.isAbsolute(file) ? '' : cwd]
    : [cwd, ...(windowsEnv(env, 'PATH') ?? '').split(';').filter(Boolean)];
  for (const dir of dirs) {
    for (const candidate of candidates(dir ? win32.join(dir, file) : file)) {
      if (exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Whether Windows runs this file through cmd.exe. */
export const isCmdShim = (path: string) => /\.(cmd|bat)$/i.test(path);

/** What to hand to spawn for `command` on `platform`: pure once the program is found. */
export interface SpawnPlan {
  file: string;
  args: string[];
  /** cmd.exe's command line is given as is (libuv would quote it again). */
  verbatim: boolean;
  /** Why it cannot be started at all: one line, given as the child's `error`. */
  refusal?: string;
}

export function spawnPlan(
  command: CommandToRun,
  platform: NodeJS.Platform = process.platform,
  find: (file: string) => string | undefined = (file) =>
    findWindowsProgram(file, command.cwd, command.env),
): SpawnPlan {
  if (platform !== 'win32') return { file: command.file, args: command.args, verbatim: false };
  const found = find(command.file);
  // Not found: spawned as given, Node reports ENOENT, which every face words as exit 127.
  const program = found ?? command.file;
  const tooLong = [
    ['the program', program],
    ['the working folder', command.cwd],
  ].find(([, path]) => (path as string).length > WINDOWS_MAX_PATH);
  if (tooLong) {
    const [what, path] = tooLong as [string, string];
    return {
      file: program,
      args: command.args,
      verbatim: false,
      refusal: `${what}'s path is ${path.length} characters, past Windows' limit of ${WINDOWS_MAX_PATH} (MAX_PATH) for starting a program: move the project to a shorter folder`,
    };
  }
  if (found && isCmdShim(found)) {
    const comspec = windowsEnv(command.env, 'ComSpec') ?? 'cmd.exe';
    return {
      file: comspec,
      args: ['/d', '/s', '/c', `"${cmdShimLine(found, command.args)}"`],
      verbatim: true,
    };
  }
  return { file: program, args: command.args, verbatim: false };
}

/**
 * Starts `command` as `spawnPlan` says. A command that cannot be started at all gives a child
 * whose `error` event says why (ENOENT: no such command), as a failed spawn does.
 */
export function spawnCommand(
  command: CommandToRun,
  options: Omit<SpawnOptions, 'cwd' | 'env' | 'shell' | 'windowsVerbatimArguments'>,
): ChildProcess {
  const plan = spawnPlan(command);
  if (plan.refusal) {
    const child = new ChildProcess();
    const error = Object.assign(new Error(plan.refusal), { code: 'ENAMETOOLONG' });
    process.nextTick(() => child.emit('error', error));
    return child;
  }
  return spawn(plan.file, plan.args, {
    ...options,
    cwd: command.cwd,
    env: command.env,
    windowsVerbatimArguments: plan.verbatim,
  });
}
