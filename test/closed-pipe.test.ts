// `udo-port list | head -1`: the reader goes away before the command writes. The built bundles,
// as a shell runs them: our end of the pipe is closed before node has even started, so every
// write the command makes meets a closed pipe (EPIPE), which Node would turn into a crash.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle, cleanEnv, cleanup, tempDir } from './helpers.js';

afterAll(cleanup);

function withReaderGone(name: 'udo-port' | 'udo-doctor', args: string[], env = {}) {
  const child = spawn(process.execPath, [bundle(name), ...args], {
    env: cleanEnv({ NO_COLOR: '1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stderr: string }>((done) =>
    child.once('close', (code) => done({ code, stderr })),
  );
}

describe('a reader that goes away', () => {
  it('ends udo-port list and help as they would have ended, with nothing on stderr', async () => {
    const leases = await tempDir('udo-pipe-leases-');
    expect(await withReaderGone('udo-port', ['list'], { UDO_PORT_LEASE_DIR: leases })).toEqual({
      code: 0,
      stderr: '',
    });
    expect(await withReaderGone('udo-port', ['help', 'find'])).toEqual({ code: 0, stderr: '' });
  });

  it('ends udo-doctor --list-checks the same way', async () => {
    expect(await withReaderGone('udo-doctor', ['--list-checks'])).toEqual({ code: 0, stderr: '' });
  });
});
