// The exact commands remedies print for the user to paste, per OS: one command a line, never
// joined with && (Windows PowerShell 5.1 has none). Windows forms run in cmd.exe and PowerShell
// alike (no quoted program first on a line: PowerShell reads that as a string, not a command);
// POSIX forms are for sh-compatible shells.

/** An argument as a shell reads it back: quoted only when it must be. */
export function quote(arg: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w@%+=:,./\\-]+$/.test(arg)) return arg;
  return platform === 'win32' ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** Ends a process and, on Windows, its children. */
export function endCommand(pid: number, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? `taskkill /PID ${pid} /T /F` : `kill ${pid}`;
}

/** Finds what listens on a port when the plain tools could not name it: with privileges. */
export function findHolderCommand(port: number, platform: NodeJS.Platform = process.platform) {
  if (platform === 'win32') return `netstat -ano | findstr :${port}`;
  if (platform === 'linux') return `sudo ss -ltnp 'sport = :${port}'`;
  return `sudo lsof -nP -iTCP:${port} -sTCP:LISTEN`;
}

/** Makes a venv at `venv` (as the user wrote it), with extra `venv` flags such as `--clear`. */
export function createVenvCommand(
  venv: string,
  platform: NodeJS.Platform = process.platform,
  flags: string[] = [],
): string {
  const python = platform === 'win32' ? 'py' : 'python3';
  return [python, '-m', 'venv', ...flags, quote(venv, platform)].join(' ');
}

/** Installs packages (or `-r file`) with the venv's own interpreter: no activated shell needed. */
export function installCommand(
  venv: string,
  packages: string[],
  platform: NodeJS.Platform = process.platform,
): string {
  const python = platform === 'win32' ? `${venv}\\Scripts\\python.exe` : `${venv}/bin/python`;
  if (platform === 'win32' && quote(python, platform) !== python) {
    // A path that needs quotes cannot start a line both shells run: pip (22.3+) is told the venv.
    return [
      'py',
      '-m',
      'pip',
      '--python',
      quote(venv, platform),
      'install',
      ...packages.map((p) => quote(p, platform)),
    ].join(' ');
  }
  return [
    quote(python, platform),
    '-m',
    'pip',
    'install',
    ...packages.map((p) => quote(p, platform)),
  ].join(' ');
}
