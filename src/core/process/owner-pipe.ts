// Windows: how a lease's owner proves it is still that process. Windows has no start time Node
// can read without PowerShell (~300 ms a call, and a stub under Wine), so the owner holds a named
// pipe for its whole life, under a random name its leases record (`pidStartKey: "pipe:<token>"`),
// and answers each connection with that name. A process that has ended holds no pipe, whatever
// its reused PID now runs: its leases are stale, and nothing signals that PID on their account.
// The same pipe takes `stop`, so that `start --replace` has the owner end its own backend (it
// alone knows that process) instead of signalling a number. Pipes get Windows' default security:
// only the same user, administrators and SYSTEM may connect; anyone else's check cannot tell,
// which counts as alive.
import { connect, createServer } from 'node:net';

/** `\\.\pipe\udo-port-<32 hex digits>`. */
export const ownerPipeName = (token: string) => `\\\\.\\pipe\\udo-port-${token}`;

let own: { token: string; listening: boolean } | undefined;
const stopHandlers = new Set<() => void>();

/** This process's `pipe:<token>` once its pipe listens; undefined before, elsewhere, or when it failed. */
export const ownerPipeKey = (): string | undefined =>
  own?.listening ? `pipe:${own.token}` : undefined;

/**
 * Makes this process's pipe, once, before its first lease is written (a lease whose pipe does
 * not answer yet would look stale). Unref'd: it never keeps the process alive. Windows only.
 */
export async function holdOwnerPipe(): Promise<void> {
  if (process.platform !== 'win32' || own) return;
  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
  const pipe = { token, listening: false };
  own = pipe;
  const server = createServer((socket) => {
    socket.on('error', () => {});
    let heard = '';
    socket.on('data', (chunk) => {
      heard += chunk;
      if (heard === `stop ${token}\n`) for (const handler of stopHandlers) handler();
      if (heard.length > 100) socket.destroy();
    });
    socket.write(`udo-port ${token}\n`);
    // The answer is all a check needs; a stop request comes within a second.
    setTimeout(() => socket.end(), 1000).unref();
  });
  await new Promise<void>((done) => {
    server.once('listening', () => {
      pipe.listening = true;
      done();
    });
    // Leases then fall back to the PID and its start time, as before.
    server.once('error', () => done());
    server.listen(ownerPipeName(token));
  });
  server.unref();
}

/** Runs `handler` when another udo-port asks this owner to stop; returns its removal. */
export function onStopRequest(handler: () => void): () => void {
  stopHandlers.add(handler);
  return () => stopHandlers.delete(handler);
}

const tokenOf = (key: string) => /^pipe:([0-9a-f]{32})$/.exec(key)?.[1];

/**
 * What the owner's pipe says of a `pipe:<token>` key: the key itself while its owner answers
 * (or when it cannot be told: a busy owner, another user's pipe, is not taken for a dead one),
 * `pipe:gone` when no such pipe exists, `pipe:other` when something else answers. Only ENOENT
 * proves the owner gone. `request` is written once the owner has answered.
 */
export function askOwnerPipe(key: string, request?: 'stop', timeoutMs = 2000): Promise<string> {
  const token = tokenOf(key);
  if (!token || process.platform !== 'win32') return Promise.resolve('pipe:other');
  return new Promise((done) => {
    let heard = '';
    const socket = connect(ownerPipeName(token));
    const finish = (answer: string) => {
      socket.destroy();
      done(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(key));
    socket.on('data', (chunk) => {
      heard += chunk;
      if (heard === `udo-port ${token}\n`) {
        if (request) socket.end(`${request} ${token}\n`, () => finish(key));
        else finish(key);
      } else if (heard.length >= `udo-port ${token}\n`.length) finish('pipe:other');
    });
    socket.once('end', () => finish(heard === `udo-port ${token}\n` ? key : 'pipe:other'));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ENOENT' ? 'pipe:gone' : key),
    );
  });
}
