// Docker's proxy as a port's holder: every face says a container publishes the port and gives
// the docker commands, never a kill. Parsed from recorded tool output, then on a real process
// named docker-proxy, which is what `ss` and the doctor see of a published port.
import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRefusal } from '../src/core/allocate.js';
import { containerProxy, containerRemedy } from '../src/core/containers.js';
import { parseNetstatWindows, parseSs, parseTasklistCsv } from '../src/core/listeners/parse.js';
import { cleanup, exampleCopy, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

afterAll(cleanup);

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('containerProxy on the listener tools’ output', () => {
  it('ss: docker-proxy holds 8001, python3 8002 is no container', () => {
    const listeners = parseSs(fixture('linux-ss-docker-proxy.txt'));
    const on = (port: number) => listeners.filter((l) => l.port === port);
    expect(on(8001).map(containerProxy)).toEqual(['docker-proxy', 'docker-proxy']);
    expect(on(8002).map(containerProxy)).toEqual([undefined]);
  });

  it('Windows netstat + tasklist: com.docker.backend.exe and wslrelay.exe', () => {
    const names = parseTasklistCsv(fixture('windows-tasklist-docker.csv'));
    const listeners = parseNetstatWindows(fixture('windows-netstat-ano-docker.txt')).map((l) => ({
      ...l,
      name: names.get(l.pid as number),
    }));
    const proxies = listeners.map((l) => [l.port, containerProxy(l) ?? null]);
    expect(proxies).toEqual([
      [8001, 'com.docker.backend'],
      [8002, null],
      [8001, 'com.docker.backend'],
      [3000, 'wslrelay'],
    ]);
  });

  it('a path or command line naming the proxy counts; a name that only contains it does not', () => {
    expect(
      containerProxy({ port: 1, address: '*', command: '/usr/bin/docker-proxy -proto tcp' }),
    ).toBe('docker-proxy');
    expect(containerProxy({ port: 1, address: '*', name: 'vpnkit' })).toBe('vpnkit');
    expect(containerProxy({ port: 1, address: '*', name: 'not-docker-proxy' })).toBeUndefined();
    expect(containerProxy(undefined)).toBeUndefined();
  });

  it('start and find’s refusal text gives the docker commands, not a kill', () => {
    const [holder] = parseSs(fixture('linux-ss-docker-proxy.txt'));
    const text = describeRefusal({ port: 8001, reason: 'in-use', holder });
    expect(text).toContain('published by a Docker container (docker-proxy holds it)');
    expect(text).toContain('docker ps --filter publish=8001, then docker stop <name>');
    expect(text).toContain('docker compose down');
    expect(text).not.toMatch(/\bkill\b/);
    expect(containerRemedy(8001)).toEqual([
      'docker ps --filter publish=8001',
      'docker stop <name>',
    ]);
  });
});

/** A real listener whose process is named docker-proxy (node run through a link of that name). */
async function fakeDockerProxy(port: number) {
  const link = join(await tempDir('docker-proxy-'), 'docker-proxy');
  symlinkSync(process.execPath, link);
  const script = `require('net').createServer().listen(${port}, '0.0.0.0', () => console.log('ready'))`;
  const child = spawn(link, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready) => child.stdout?.once('data', ready));
  return child;
}

describe('a port a container publishes, on a real listener named docker-proxy', () => {
  it('udo-port kill refuses (exit 1) and gives the docker commands; the holder lives on', async () => {
    const proxy = await fakeDockerProxy(28701);
    try {
      const run = await runCli('udo-port', ['kill', '28701', '--yes']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('port 28701 is published by a Docker container');
      expect(run.stderr).toContain('docker ps --filter publish=28701, then docker stop <name>');
      expect(proxy.exitCode).toBeNull();
    } finally {
      proxy.kill('SIGKILL');
    }
  });

  it('the doctor’s port.backend and find name the container, with docker remedies', async () => {
    const proxy = await fakeDockerProxy(28702);
    const project = await exampleCopy();
    const env = { API_PORT: '28702', UDO_PORT_LEASE_DIR: await tempDir('leases-') };
    try {
      const doctor = await runCli('udo-doctor', ['--json', '--only', 'port'], {
        cwd: project,
        env,
      });
      const check = JSON.parse(doctor.stdout).checks.find(
        (c: { id: string }) => c.id === 'port.backend',
      );
      expect(check.message).toContain(
        'port 28702 (from API_PORT) is published by a Docker container',
      );
      expect(check.remedy).toBe('docker ps --filter publish=28702\ndocker stop <name>');
      const find = await runCli('udo-port', ['find'], { cwd: project, env });
      expect(find.code).toBe(1);
      expect(find.stderr).toContain('published by a Docker container (docker-proxy holds it)');
    } finally {
      proxy.kill('SIGKILL');
    }
  });
});
