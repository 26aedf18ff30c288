/** An argument as a shell reads it back: quoted only when it must be. */
export declare function quote(arg: string, platform?: NodeJS.Platform): string;
/** Ends a process and, on Windows, its children. */
export declare function endCommand(pid: number, platform?: NodeJS.Platform): string;
/** Finds what listens on a port when the plain tools could not name it: with privileges. */
export declare function findHolderCommand(port: number, platform?: NodeJS.Platform): string;
/** Makes a venv at `venv` (as the user wrote it), with extra `venv` flags such as `--clear`. */
export declare function createVenvCommand(venv: string, platform?: NodeJS.Platform, flags?: string[]): string;
/** Installs packages (or `-r file`) with the venv's own interpreter: no activated shell needed. */
export declare function installCommand(venv: string, packages: string[], platform?: NodeJS.Platform): string;
