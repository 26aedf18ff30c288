// The ports a checkout had last time, so that it gets them again when they are free: browser
// tabs, cookies and OAuth callbacks keep working day after day. Kept per project root and per
// machine in the user's state folder, never in the repository; written whole (a private temp
// file, then a rename), so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';

export interface RememberedPorts {
  api?: number;
  web?: number;
}

type Store = Record<string, RememberedPorts & { at?: string }>;

/** `$UDO_PORT_STATE_DIR`, else `$XDG_STATE_HOME/udo-port`, else `~/.local/state/udo-port` (`%LOCALAPPDATA%\udo-port` on Windows). */
export function stateDir(env: Record<string, string | undefined> = process.env): string {
  if (env.UDO_PORT_STATE_DIR) return env.UDO_PORT_STATE_DIR;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'udo-port');
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'udo-port');
}

const storeFile = (env: Record<string, string | undefined>) => join(stateDir(env), 'ports.json');
// One home folder may be shared by machines (NFS): a port free on one says nothing of another.
const keyOf = (root: string) => `${hostname()}\0${root}`;

const isPort = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535;

function readStore(file: string): Store {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > 1024 * 1024) return {};
  let fd: number;
  try {
    fd = openSync(
      file,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
  } catch {
    return {};
  }
  try {
    const size = Math.min(fstatSync(fd).size, 1024 * 1024);
    const buffer = Buffer.alloc(size);
    readSync(fd, buffer, 0, size, 0);
    const value = JSON.parse(buffer.toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Store) : {};
  } catch {
    return {};
  } finally {
    closeSync(fd);
  }
}

/** What this checkout had last time on this machine; nothing when it never ran or the file is junk. */
export function rememberedPorts(root: string, env = process.env): RememberedPorts {
  const found = readStore(storeFile(env))[keyOf(root)];
  if (!found || typeof found !== 'object') return {};
  return {
    ...(isPort(found.api) && { api: found.api }),
    ...(isPort(found.web) && { web: found.web }),
  };
}

/** Remembers this checkout's ports; a failure to write costs only tomorrow's preference. */
export function rememberPorts(root: string, ports: RememberedPorts, env = process.env): void {
  const dir = stateDir(env);
  const file = storeFile(env);
  const temp = join(dir, `.ports.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const store = readStore(file);
    store[keyOf(root)] = { ...store[keyOf(root)], ...ports, at: new Date().toISOString() };
    const fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
    try {
      writeSync(fd, `${JSON.stringify(store, null, 2)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {}
  }
}
