import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/core/errors.js';
import { candidatePorts, resolveSettings, type SettingsInput } from '../src/core/ports/settings.js';
import { urlFor } from '../src/core/project/defaults.js';

type Sources = {
  flag?: string;
  envApi?: string;
  envBackend?: string;
  dotApi?: string;
  dotBackend?: string;
};

const resolveFrom = (s: Sources, input: SettingsInput = {}) =>
  resolveSettings(
    {
      ...input,
      ...(s.flag && { port: s.flag, portFrom: 'flag' }),
      labels: { port: '--port', ...input.labels },
    },
    {
      env: { API_PORT: s.envApi, BACKEND_PORT: s.envBackend },
      dotenv: {
        ...(s.dotApi && { API_PORT: s.dotApi }),
        ...(s.dotBackend && { BACKEND_PORT: s.dotBackend }),
      },
      dotenvLabel: 'backend/.env',
    },
  );

// Each source holds its own port, so the winner is visible in the result.
const ALL = {
  flag: '9001',
  envApi: '9002',
  envBackend: '9003',
  dotApi: '9004',
  dotBackend: '9005',
} as const;
const ORDER = ['flag', 'envApi', 'envBackend', 'dotApi', 'dotBackend'] as const;
const SOURCE = {
  flag: ['flag', '--port', true],
  envApi: ['env', 'API_PORT', true],
  envBackend: ['env', 'BACKEND_PORT', true],
  dotApi: ['dotenv', 'API_PORT in backend/.env', false],
  dotBackend: ['dotenv', 'BACKEND_PORT in backend/.env', false],
} as const;

describe('port resolution order', () => {
  // Every pair of sources: the higher one wins, whichever others are present too.
  const pairs = ORDER.flatMap((high, i) => ORDER.slice(i + 1).map((low) => [high, low] as const));
  it.each(pairs)('%s beats %s', (high, low) => {
    const settings = resolveFrom({ [high]: ALL[high], [low]: ALL[low] });
    const [source, origin, pinned] = SOURCE[high];
    expect(settings.requested).toEqual({ port: Number(ALL[high]), source, origin, pinned });
  });

  it.each(ORDER)('%s alone is used, and beats the default', (only) => {
    const settings = resolveFrom({ [only]: ALL[only] });
    expect(settings.requested?.port).toBe(Number(ALL[only]));
    expect([...candidatePorts(settings)][0]?.port).toBe(Number(ALL[only]));
  });

  it('with all sources present, the flag wins', () => {
    expect(resolveFrom(ALL).requested?.source).toBe('flag');
  });

  it('with no source, the default port comes first, then the range without repeats', () => {
    const settings = resolveFrom({});
    expect(settings.requested).toBeUndefined();
    expect([...candidatePorts(settings)].map((c) => [c.port, c.source])).toEqual([
      [8001, 'default'],
      ...Array.from({ length: 9 }, (_, i) => [8002 + i, 'scan']),
    ]);
  });

  it('a pinned port is the only candidate; --no-strict lets it fall through to the default', () => {
    expect([...candidatePorts(resolveFrom({ envApi: '9002' }))]).toEqual([
      { port: 9002, source: 'env', pinned: true },
    ]);
    const loose = [...candidatePorts(resolveFrom({ envApi: '9002' }, { strict: false }))];
    expect(loose.slice(0, 3).map((c) => c.port)).toEqual([9002, 8001, 8002]);
    expect(loose.every((c) => !c.pinned)).toBe(true);
  });

  it('a port from backend/.env is preferred, and pinned only with --strict', () => {
    const preferred = [...candidatePorts(resolveFrom({ dotApi: '8005' }))];
    expect(preferred.map((c) => c.port)).toEqual([
      8005, 8001, 8002, 8003, 8004, 8006, 8007, 8008, 8009, 8010,
    ]);
    expect([...candidatePorts(resolveFrom({ dotApi: '8005' }, { strict: true }))]).toEqual([
      { port: 8005, source: 'dotenv', pinned: true },
    ]);
  });

  it('a range of its own, with no default port, starts at its first port', () => {
    const settings = resolveFrom({}, { range: '9000-9002' });
    expect([...candidatePorts(settings)].map((c) => [c.port, c.source])).toEqual([
      [9000, 'default'],
      [9001, 'scan'],
      [9002, 'scan'],
    ]);
    const both = resolveFrom({}, { range: '9000-9002', defaultPort: '8500' });
    expect([...candidatePorts(both)].map((c) => c.port)).toEqual([8500, 9000, 9001, 9002]);
  });

  it('an action input is reported as source input', () => {
    const settings = resolveSettings(
      { port: '8003', portFrom: 'input' },
      { env: {}, dotenv: {}, dotenvLabel: 'backend/.env' },
    );
    expect(settings.requested?.source).toBe('input');
  });

  it('host: flag, then API_HOST in the environment, then backend/.env, then 0.0.0.0', () => {
    const sources = (env: Record<string, string>, dotenv: Record<string, string>) => ({
      env,
      dotenv,
      dotenvLabel: 'backend/.env',
    });
    expect(
      resolveSettings({ host: '127.0.0.1' }, sources({ API_HOST: '::1' }, { API_HOST: '10.0.0.1' }))
        .host,
    ).toBe('127.0.0.1');
    expect(resolveSettings({}, sources({ API_HOST: '::1' }, { API_HOST: '10.0.0.1' })).host).toBe(
      '::1',
    );
    expect(resolveSettings({}, sources({}, { API_HOST: '10.0.0.1' })).host).toBe('10.0.0.1');
    expect(resolveSettings({}, sources({}, {})).host).toBe('0.0.0.0');
  });
});

describe('bad input names the setting and the value', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['--port abc', () => resolveFrom({ flag: 'abc' }), /--port: "abc" is not a port/],
    ['API_PORT=0', () => resolveFrom({ envApi: '0' }), /API_PORT: "0" is not a port/],
    ['API_PORT=65536', () => resolveFrom({ envApi: '65536' }), /API_PORT: "65536" is not a port/],
    ['API_PORT=80.5', () => resolveFrom({ envApi: '80.5' }), /API_PORT: "80.5"/],
    ['BACKEND_PORT=x', () => resolveFrom({ envBackend: 'x' }), /BACKEND_PORT: "x"/],
    [
      'backend/.env API_PORT=abc',
      () => resolveFrom({ dotApi: 'abc' }),
      /API_PORT in backend\/.env: "abc"/,
    ],
    [
      '--range 8010-8001',
      () => resolveFrom({}, { range: '8010-8001', labels: { range: '--range' } }),
      /--range: "8010-8001" ends before it starts/,
    ],
    [
      '--range x-y',
      () => resolveFrom({}, { range: 'x-y', labels: { range: '--range' } }),
      /--range: "x-y" is not a port range/,
    ],
    [
      '--range 0-10',
      () => resolveFrom({}, { range: '0-10', labels: { range: '--range' } }),
      /--range: "0-10" is outside 1-65535/,
    ],
    [
      '--range 65000-70000',
      () => resolveFrom({}, { range: '65000-70000', labels: { range: '--range' } }),
      /outside 1-65535/,
    ],
    [
      '--fallback sometimes',
      () => resolveFrom({}, { fallback: 'sometimes', labels: { fallback: '--fallback' } }),
      /--fallback: "sometimes" is not a fallback/,
    ],
    [
      '--host with a space',
      () => resolveFrom({}, { host: 'a b', labels: { host: '--host' } }),
      /--host: "a b" is not a host/,
    ],
    [
      'a value holding a newline and an escape, shown escaped on one line',
      () => resolveFrom({ flag: '80\n::error::x\x1b[2J' }),
      /^--port: "80\\n::error::x\\x1b\[2J" is not a port/,
    ],
  ];
  it.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});

describe('the URL host', () => {
  const urlHost = (value: string) =>
    resolveFrom({}, { urlHost: value, labels: { urlHost: '--url-host' } }).urlHost;

  it.each([
    ['localhost', 'localhost', 'http://localhost:8001'],
    ['api.example.com', 'api.example.com', 'http://api.example.com:8001'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example', 'http://xn--bcher-kva.example:8001'],
    ['127.0.0.1', '127.0.0.1', 'http://127.0.0.1:8001'],
    ['::1', '::1', 'http://[::1]:8001'],
    ['[::1]', '::1', 'http://[::1]:8001'],
    ['[2001:db8::7]', '2001:db8::7', 'http://[2001:db8::7]:8001'],
  ])('%s is taken as %s', (value, host, url) => {
    expect(urlHost(value)).toBe(host);
    expect(urlFor(urlHost(value), 8001)).toBe(url);
  });

  it.each([
    '$HOST',
    'local$host',
    'a b',
    'host/path',
    'user@host',
    'host:8001',
    '-lead.example',
    'trail-.example',
    'a..b',
    'under_score',
    `${'a'.repeat(64)}.example`,
    '[127.0.0.1]',
    '[localhost]',
    'fe80::1%eth0',
    '[fe80::1%25eth0]',
    'ex\u00e4mple.com',
    '\x1b[31m',
  ])('%s is refused, naming the option and the value', (value) => {
    expect(() => urlHost(value)).toThrow(UsageError);
    expect(() => urlHost(value)).toThrow(/^--url-host: ".*" is not a host name or IP address/);
  });
});
