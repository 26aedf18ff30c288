import { type ChildProcess, spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allListeners,
  describeListener,
  linuxListeners,
  listenersOn,
  listeningSockets,
  procListeners,
} from '../src/core/listeners/index.js';
import { probeOnly } from '../src/core/ports/attempt.js';

// 27100-27199 belongs to this file alone.
const LOOPBACK_PORT = 27150;
const ANY_PORT = 27151;
const REOPENED_PORT = 27152;
const FREE_PORT = 27199;

const SERVER = `
const net = require('net');
let ready = 0;
const up = () => { if (++ready === 2) console.log('ready'); };
net.createServer().listen(${LOOPBACK_PORT}, '127.0.0.1', up);
net.createServer().listen(${ANY_PORT}, '0.0.0.0', up);
setInterval(() => {}, 1000);
`;

// ss and /proc/<pid>/comm report the executable's name cut to 15 bytes.
const NODE_NAME = basename(process.execPath).slice(0, 15);

let child: ChildProcess;
let pid: number;

beforeAll(async () => {
  child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`listener child exited early (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  pid = child.pid ?? 0;
});

afterAll(() => {
  child?.kill('SIGKILL');
});

describe('live listeners on this host', () => {
  it('listenersOn names the child listening on 127.0.0.1', async () => {
    const r = await listenersOn(LOOPBACK_PORT);
    expect(r.problem).toBeUndefined();
    expect(r.listeners).toEqual([
      {
        port: LOOPBACK_PORT,
        address: '127.0.0.1',
        pid,
        name: NODE_NAME,
        command: expect.stringContaining(`listen(${LOOPBACK_PORT}, '127.0.0.1'`),
        // Its executable, which tells an engine's process from one named like it.
        exe: { path: realpathSync(process.execPath), systemOwned: expect.any(Boolean) },
      },
    ]);
    expect(describeListener(r.listeners[0] ?? { port: 0, address: '' })).toMatch(
      new RegExp(`^PID ${pid} \\(${NODE_NAME}: `),
    );
  });

  it('listenersOn on a free port finds nobody', async () => {
    expect(await listenersOn(FREE_PORT)).toEqual({ listeners: [], tool: 'ss' });
  });

  it('allListeners holds both of the child’s listeners', async () => {
    const r = await allListeners();
    expect(r.problem).toBeUndefined();
    const mine = r.listeners.filter((l) => l.pid === pid).map((l) => [l.port, l.address]);
    expect(mine).toEqual([
      [LOOPBACK_PORT, '127.0.0.1'],
      [ANY_PORT, '0.0.0.0'],
    ]);
  });

  it('the /proc fallback finds the same owner', () => {
    expect(procListeners(ANY_PORT)).toEqual({
      listeners: [{ port: ANY_PORT, address: '0.0.0.0', pid, name: NODE_NAME }],
    });
    expect(procListeners(FREE_PORT)).toEqual({ listeners: [] });
  });

  it('without ss the Linux provider falls back to /proc and still reads the command line', async () => {
    const r = await linuxListeners(LOOPBACK_PORT, { ss: ['udo-port-test-no-such-ss'] });
    expect(r).toEqual({
      listeners: [
        {
          port: LOOPBACK_PORT,
          address: '127.0.0.1',
          pid,
          name: NODE_NAME,
          command: expect.stringContaining(process.execPath),
          exe: { path: realpathSync(process.execPath), systemOwned: expect.any(Boolean) },
        },
      ],
      tool: '/proc/net/tcp',
    });
  });

  it('a listening socket is the same one at every look (its inode), and a new one is another', async () => {
    const held = listeningSockets(LOOPBACK_PORT);
    expect(held?.size).toBe(1);
    expect(listeningSockets(LOOPBACK_PORT)).toEqual(held);
    expect(listeningSockets(FREE_PORT)).toEqual(new Set());
    // What a test bind looks like twice: a socket on the port, closed, then another on it.
    const listen = () =>
      new Promise<Server>((resolve) => {
        const server = createServer().listen(REOPENED_PORT, '127.0.0.1', () => resolve(server));
      });
    const close = (server: Server) => new Promise((resolve) => server.close(resolve));
    const first = await listen();
    const before = listeningSockets(REOPENED_PORT);
    await close(first);
    const second = await listen();
    const after = listeningSockets(REOPENED_PORT);
    await close(second);
    expect(before?.size).toBe(1);
    expect(after?.size).toBe(1);
    expect([...(before ?? [])].some((socket) => after?.has(socket))).toBe(false);
  });

  it('probeOnly: a holder that stays is no probe; a port nothing holds is', async () => {
    expect(await probeOnly(LOOPBACK_PORT)).toBe(false);
    expect(await probeOnly(FREE_PORT)).toBe(true);
  });
});
