// Env files in the encodings people really have: UTF-8 (with and without BOM), CP949 (Notepad's
// "ANSI" on Korean Windows), Latin-1, and UTF-16 LE/BE (Windows PowerShell 5.1's `>`). The writer
// must change only the value's bytes, or refuse UTF-16 in one line; the doctor must say UTF-16
// once and --fix save it as UTF-8. The oracles are @next/env (what `next dev` reads) and dotenv,
// fed the bytes on disk. Ports 31400-31419 (find and the doctor's --port); leases in a temp folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadEnvConfig, resetEnv } from '@next/env';
import dotenv from 'dotenv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeKeepingBytes, detectUtf16, encodeKeepingBytes } from '../src/core/env/encoding.js';
import { envFileContents, saveAsUtf8, setEnvValue, writeEnvValue } from '../src/core/env/file.js';
import { UsageError } from '../src/core/errors.js';
import { envSyntax, lintEnv } from '../src/doctor/checks/env-syntax.js';
import { bundle, cleanup, exampleCheckout, runBundle, tempDir } from './helpers.js';
import { runCli } from './in-process.js';

const KEY = 'NEXT_PUBLIC_API_URL';
const OLD_URL = 'http://localhost:8001';
const KEYS = [KEY, 'NEXT_PUBLIC_APP_NAME', 'SECRET_KEY'];
const RANGE = ['--range', '31400-31409'];

/** One file's text: Hangul in a comment, a value, a trailing comment and a quoted value. */
const KOREAN =
  '# 백엔드 주소: 똠방각하\nNEXT_PUBLIC_APP_NAME=UDO 대시보드\nexport NEXT_PUBLIC_API_URL="http://localhost:8001" # 로컬 서버\nSECRET_KEY=\'비밀값\'\n';
/** KOREAN in CP949, as Python's codecs write it ('똠' is 8C 63: its second byte is ASCII "c"). */
const CP949 = Buffer.from(
  '2320b9e9bfa3b5e520c1d6bcd23a208c63b9e6b0a2c7cf0a4e4558545f5055424c49435f4150505f4e414d453d55444f20b4ebbdc3bab8b5e50a6578706f7274204e4558545f5055424c49435f4150495f55524c3d22687474703a2f2f6c6f63616c686f73743a3830303122202320b7cec4c320bcadb9f60a5345435245545f4b45593d27baf1b9d0b0aa270a',
  'hex',
);
/** Latin-1 with CR LF, a no-break space (A0, a blank to a Latin-1 reader) inside a value. */
const LATIN =
  '# Café configuration — ü\r\nNEXT_PUBLIC_APP_NAME=Caf\u00e9\u00a0D\u00fcsseldorf\r\nNEXT_PUBLIC_API_URL=http://localhost:8001 # \u00e0 jour\r\nSECRET_KEY="na\u00efve"\r\n';

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
};

/** The ASCII-compatible files: every byte but the value's must survive a write. */
const KEEPERS: { name: string; bytes: Buffer; utf8: boolean }[] = [
  { name: 'UTF-8', bytes: Buffer.from(KOREAN, 'utf8'), utf8: true },
  { name: 'UTF-8 with BOM', bytes: Buffer.concat([BOM8, Buffer.from(KOREAN, 'utf8')]), utf8: true },
  { name: 'CP949', bytes: CP949, utf8: false },
  { name: 'Latin-1', bytes: Buffer.from(LATIN, 'latin1'), utf8: false },
];

/** UTF-16 files: refused by every writer, saved as UTF-8 by the doctor's --fix. */
const WIDE: { name: string; bytes: Buffer; message: RegExp }[] = [
  {
    name: 'UTF-16LE with BOM',
    bytes: utf16(KOREAN, 'le', true),
    message: /is UTF-16 \(little-endian, with a BOM\)/,
  },
  {
    name: 'UTF-16BE with BOM',
    bytes: utf16(KOREAN, 'be', true),
    message: /is UTF-16 \(big-endian, with a BOM\)/,
  },
  {
    name: 'UTF-16LE without BOM',
    bytes: utf16(KOREAN, 'le', false),
    message: /is UTF-16 \(little-endian, without a BOM\)/,
  },
];

/** `bytes` with the one occurrence of `from` (ASCII) replaced by `to`: what a write may change. */
function replaced(bytes: Buffer, from: string, to: string): Buffer {
  const at = bytes.indexOf(from, 0, 'latin1');
  expect(at).toBeGreaterThan(-1);
  expect(bytes.indexOf(from, at + 1, 'latin1')).toBe(-1);
  return Buffer.concat([
    bytes.subarray(0, at),
    Buffer.from(to, 'latin1'),
    bytes.subarray(at + from.length),
  ]);
}

const silent = { info: () => {}, error: () => {} };
const saved = { ...process.env };

/** What `next dev` reads from `dir`'s env files: @next/env itself, in this process. */
function nextReads(dir: string): Record<string, string | undefined> {
  for (const key of KEYS) delete process.env[key];
  const { combinedEnv } = loadEnvConfig(dir, true, silent, true);
  const seen = Object.fromEntries(KEYS.map((key) => [key, combinedEnv[key]]));
  for (const key of KEYS) delete process.env[key];
  return seen;
}

/** What dotenv reads from the bytes (it decodes them as UTF-8, as `dotenv.config` does). */
const dotenvReads = (bytes: Buffer) => dotenv.parse(bytes);

beforeAll(() => {
  for (const key of KEYS) delete process.env[key];
  // @next/env picks .env.test* under NODE_ENV=test (vitest's); `next dev` reads .env.local.
  process.env.NODE_ENV = 'development';
  // The CP949 fixture is what it claims to be, as Python's cp949 codec reads it.
  const decode =
    "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('cp949').encode())";
  expect(execFileSync('/usr/bin/python3', ['-c', decode], { input: CP949, encoding: 'utf8' })).toBe(
    KOREAN,
  );
});

afterAll(async () => {
  resetEnv();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await cleanup();
});

describe('decodeKeepingBytes and encodeKeepingBytes', () => {
  it('give back every byte string exactly, valid UTF-8 or not', () => {
    const samples = [
      ...KEEPERS.map((k) => k.bytes),
      Buffer.from([0xed, 0xa0, 0x80]), // a UTF-8-encoded surrogate: not UTF-8
      Buffer.from([0xf0, 0x9f, 0x98]), // a 4-byte sequence cut short
      Buffer.from([0xc0, 0xaf, 0xff, 0xfe, 0x80]),
      Buffer.from('😀 e\u0301 \u2028', 'utf8'),
    ];
    for (let n = 0; n < 2000; n++) {
      samples.push(
        Buffer.from(Array.from({ length: n % 17 }, () => Math.floor(Math.random() * 256))),
      );
    }
    for (const bytes of samples)
      expect(encodeKeepingBytes(decodeKeepingBytes(bytes))).toEqual(bytes);
  });

  it('decode valid UTF-8 as UTF-8, so dotenv sees the same characters', () => {
    expect(decodeKeepingBytes(Buffer.from(KOREAN, 'utf8'))).toBe(KOREAN);
  });

  it('tell UTF-16 by its BOM, or by its NULs only when certain', () => {
    expect(detectUtf16(utf16(KOREAN, 'le', true))).toEqual({ encoding: 'UTF-16LE', bom: true });
    expect(detectUtf16(utf16(KOREAN, 'be', true))).toEqual({ encoding: 'UTF-16BE', bom: true });
    expect(detectUtf16(utf16(KOREAN, 'le', false))).toEqual({ encoding: 'UTF-16LE', bom: false });
    expect(detectUtf16(utf16(KOREAN, 'be', false))).toEqual({ encoding: 'UTF-16BE', bom: false });
    for (const { bytes } of KEEPERS) expect(detectUtf16(bytes)).toBeUndefined();
    // NULs that do not make UTF-16 text: left to the byte-keeping reading.
    expect(detectUtf16(Buffer.from('A=1\0\0\0\n', 'latin1'))).toBeUndefined();
    expect(detectUtf16(Buffer.from([0x41, 0x00, 0x42]))).toBeUndefined();
  });
});

// Bytes a file in another encoding (or a broken one) holds: CP949 pairs (some with an ASCII
// second byte), Latin-1's no-break space, NEL, a stray BOM, U+2028 and U+00A0 as UTF-8, and any
// byte at all.
const oddBytes = fc.oneof(
  fc.constantFrom(
    [0xb9, 0xe9],
    [0x8c, 0x63],
    [0xa0],
    [0x85],
    [0xef, 0xbb, 0xbf],
    [0xe2, 0x80, 0xa8],
    [0xc2, 0xa0],
    [0xed, 0xa0, 0x80],
    [0xff],
  ),
  fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }),
);
const ascii = fc.stringMatching(/^[A-Za-z0-9 :/._-]{0,8}$/).map((t) => [...Buffer.from(t)]);
const run = fc.array(fc.oneof(ascii, oddBytes), { maxLength: 4 }).map((parts) => parts.flat());
const bytesOf = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );
const otherLine = fc.oneof(
  run.map((r) => bytesOf('# ', r)),
  fc
    .tuple(fc.constantFrom('APP', 'NAME', 'X.Y', 'SECRET'), run, fc.constantFrom('', "'", '"'))
    .map(([key, r, q]) =>
      bytesOf(
        `${key}=${q}`,
        r.filter((b) => b !== 0x27 && b !== 0x22 && b !== 0x23 && b !== 0x0a && b !== 0x0d),
        q,
      ),
    ),
);
const OLD_VALUE = 'http://old.invalid:1';
const byteFile = fc.record({
  before: fc.array(otherLine, { maxLength: 5 }),
  after: fc.array(otherLine, { maxLength: 5 }),
  comment: fc.option(run, { nil: undefined }),
  eol: fc.constantFrom('\n', '\r\n'),
  value: fc.stringMatching(/^[A-Za-z0-9:/._-]{1,24}$/),
});

describe('the bytes kept (property)', () => {
  it('only the value changes, byte for byte, and dotenv reads the rest as before', () => {
    fc.assert(
      fc.property(byteFile, ({ before, after, comment, eol, value }) => {
        // The target line, a trailing comment in any bytes after its (ASCII) value.
        const target = bytesOf(
          `${KEY}=${OLD_VALUE}`,
          ...(comment === undefined ? [] : [' # ', comment]),
        );
        const lines = [...before, target, ...after];
        const old = Buffer.concat(lines.flatMap((line) => [line, Buffer.from(eol)]));
        const text = decodeKeepingBytes(old);
        expect(encodeKeepingBytes(text)).toEqual(old);
        const parsedBefore = dotenv.parse(old);
        fc.pre(parsedBefore[KEY] === OLD_VALUE);
        const written = encodeKeepingBytes(setEnvValue(text, KEY, value));
        expect(written).toEqual(replaced(old, OLD_VALUE, value));
        expect(dotenv.parse(written)).toEqual({ ...parsedBefore, [KEY]: value });
      }),
      { numRuns: 400 },
    );
  });
});

describe('writeEnvValue on each ASCII-compatible encoding', () => {
  for (const { name, bytes, utf8 } of KEEPERS) {
    it(`${name}: only the value's bytes change; Next.js and dotenv read the rest as before`, async () => {
      const dir = await tempDir('udo-enc-');
      const file = join(dir, '.env.local');
      writeFileSync(file, bytes);
      const before = nextReads(dir);
      expect(before[KEY]).toBe(OLD_URL);
      const read = envFileContents(file);
      expect(read.state === 'read' && read.utf8).toBe(utf8);

      expect(await writeEnvValue(file, KEY, 'http://localhost:31410')).toBe('updated');
      const after = readFileSync(file);
      expect(after).toEqual(replaced(bytes, OLD_URL, 'http://localhost:31410'));
      expect(nextReads(dir)).toEqual({ ...before, [KEY]: 'http://localhost:31410' });
      expect(dotenvReads(after)).toEqual({
        ...dotenvReads(bytes),
        [KEY]: 'http://localhost:31410',
      });
      if (utf8) {
        // The valid files' values reach the app as written.
        expect(before.NEXT_PUBLIC_APP_NAME).toBe('UDO 대시보드');
      } else {
        // Next.js reads the others' non-ASCII bytes as U+FFFD: what the doctor warns of.
        expect(before.NEXT_PUBLIC_APP_NAME).toContain('\uFFFD');
      }
    });
  }

  it('refuses a non-ASCII value in a file that is not UTF-8, rather than mix two encodings', async () => {
    const dir = await tempDir('udo-enc-');
    const file = join(dir, '.env.local');
    writeFileSync(file, CP949);
    const error = await writeEnvValue(file, KEY, 'http://서버:1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /is not UTF-8, and the value for NEXT_PUBLIC_API_URL is not ASCII/,
    );
    expect(readFileSync(file)).toEqual(CP949);
  });

  it('appends a missing key to a CP949 file, its bytes kept', async () => {
    const dir = await tempDir('udo-enc-');
    const file = join(dir, '.env.local');
    const without = CP949.subarray(0, CP949.indexOf('export', 0, 'latin1'));
    writeFileSync(file, without);
    await writeEnvValue(file, KEY, 'http://localhost:31411');
    expect(readFileSync(file)).toEqual(
      Buffer.concat([without, Buffer.from('NEXT_PUBLIC_API_URL=http://localhost:31411\n')]),
    );
  });
});

describe('UTF-16 env files', () => {
  for (const { name, bytes, message } of WIDE) {
    it(`${name}: every writer refuses it in one line, and saveAsUtf8 keeps its text, mode and owner`, async () => {
      const dir = await tempDir('udo-enc-');
      const file = join(dir, '.env.local');
      writeFileSync(file, bytes);
      chmodSync(file, 0o640);
      chownSync(file, 4321, 4322);
      // What Next.js makes of it: nothing (it decodes it as UTF-8).
      expect(nextReads(dir)[KEY]).toBeUndefined();

      const error = await writeEnvValue(file, KEY, 'http://localhost:31412').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UsageError);
      const line = (error as Error).message;
      expect(line).toMatch(message);
      expect(line).toContain('Next.js and dotenv read env files only as UTF-8');
      expect(line).not.toContain('\n');
      expect(readFileSync(file)).toEqual(bytes);

      expect(await saveAsUtf8(file)).toBe('updated');
      expect(readFileSync(file)).toEqual(Buffer.from(KOREAN, 'utf8'));
      const stat = statSync(file);
      expect([stat.mode & 0o7777, stat.uid, stat.gid]).toEqual([0o640, 4321, 4322]);
      expect(nextReads(dir)).toEqual({
        [KEY]: OLD_URL,
        NEXT_PUBLIC_APP_NAME: 'UDO 대시보드',
        SECRET_KEY: '비밀값',
      });
      expect(readdirSync(dir)).toEqual(['.env.local']);
      // Now UTF-8: saved again, nothing to do.
      expect(await saveAsUtf8(file)).toBe('unchanged');
    });
  }

  it('refuses to save as UTF-8 what is not whole UTF-16 (a lone surrogate)', async () => {
    const dir = await tempDir('udo-enc-');
    const file = join(dir, '.env.local');
    const broken = Buffer.concat([utf16('A=1\n', 'le', true), Buffer.from([0x00, 0xd8])]);
    writeFileSync(file, broken);
    await expect(saveAsUtf8(file)).rejects.toThrow(/not whole .*cannot be saved as UTF-8/);
    expect(readFileSync(file)).toEqual(broken);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the faces: find --write-env-local and udo-doctor --fix, in-process and as bundles.

async function projectWith(
  envLocal: Buffer,
): Promise<{ dir: string; file: string; leases: string }> {
  const dir = await exampleCheckout();
  const file = join(dir, 'web-dashboard', '.env.local');
  writeFileSync(file, envLocal);
  return { dir, file, leases: await tempDir('udo-enc-leases-') };
}

const doctorJson = (stdout: string) =>
  JSON.parse(stdout) as {
    checks: { id: string; status: string; message: string; details: string[] }[];
  };

describe('udo-port find --write-env-local', () => {
  for (const { name, bytes } of KEEPERS) {
    it(`${name}: writes the port's URL, every other byte kept`, async () => {
      const { dir, file, leases } = await projectWith(bytes);
      const run = await runCli('udo-port', ['find', '--cwd', dir, ...RANGE, '--write-env-local'], {
        env: { UDO_PORT_LEASE_DIR: leases },
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const port = Number(run.stdout.trim());
      expect(readFileSync(file)).toEqual(replaced(bytes, OLD_URL, `http://localhost:${port}`));
      expect(nextReads(join(dir, 'web-dashboard'))[KEY]).toBe(`http://localhost:${port}`);
    });
  }

  for (const { name, bytes, message } of WIDE) {
    it(`${name}: exit 2 with one line naming the file, the file untouched, no lease left`, async () => {
      const { dir, file, leases } = await projectWith(bytes);
      const run = await runCli('udo-port', ['find', '--cwd', dir, ...RANGE, '--write-env-local'], {
        env: { UDO_PORT_LEASE_DIR: leases },
      });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(message);
      expect(readFileSync(file)).toEqual(bytes);
      expect(readdirSync(leases).filter((n) => n.endsWith('.json'))).toEqual([]);
    });
  }
});

describe('udo-doctor on each encoding', () => {
  for (const { name, bytes, utf8 } of KEEPERS) {
    it(`${name}: --fix sets the URL, every other byte kept; a non-UTF-8 value is a warning`, async () => {
      const { dir, file, leases } = await projectWith(bytes);
      const env = { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' };
      const args = ['--cwd', dir, '--port', '31413', '--only', 'env.syntax,web.api-url'];
      const check = await runCli('udo-doctor', [...args, '--json'], { env });
      const checks = doctorJson(check.stdout).checks;
      const syntax = checks.find((c) => c.id === 'env.syntax');
      if (utf8) {
        expect(syntax?.status).toBe('pass');
      } else {
        // The values that reach the app mangled are named (keys only); the comment is not.
        expect(syntax?.status).toBe('warn');
        const said = [syntax?.message ?? '', ...(syntax?.details ?? [])].join('\n');
        expect(said).toMatch(/value of NEXT_PUBLIC_APP_NAME is not UTF-8/);
        expect(said).toMatch(/value of SECRET_KEY is not UTF-8/);
        expect(said).not.toMatch(/:1: /);
        expect(said).not.toMatch(/비밀|na.ve/);
      }
      expect(checks.find((c) => c.id === 'web.api-url')?.status).toBe('error');

      const fixed = await runCli('udo-doctor', [...args, '--fix'], { env });
      expect(fixed.stderr).toBe('');
      expect(readFileSync(file)).toEqual(replaced(bytes, OLD_URL, 'http://localhost:31413'));
      expect(nextReads(join(dir, 'web-dashboard'))[KEY]).toBe('http://localhost:31413');
    });
  }

  for (const { name, bytes } of WIDE) {
    it(`${name}: one finding names the file and UTF-8; --fix saves it as UTF-8 with the same text`, async () => {
      const { dir, file, leases } = await projectWith(bytes);
      const env = { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' };
      const args = ['--cwd', dir, '--port', '31414', '--only', 'env,web'];
      const run = await runCli('udo-doctor', [...args, '--json'], { env });
      const checks = doctorJson(run.stdout).checks;
      const findings = checks.filter((c) => c.status === 'error' || c.status === 'warn');
      const about = findings.filter((c) => /UTF-16/.test([c.message, ...c.details].join(' ')));
      expect(about.map((c) => c.id)).toEqual(['env.syntax']);
      const order = name.includes('BE') ? 'big-endian' : 'little-endian';
      const bom = name.includes('without') ? 'without' : 'with';
      expect(about[0]?.message).toBe(
        `${file} is UTF-16 (${order}, ${bom} a BOM): Next.js and dotenv read env files only as UTF-8, so they find nothing in it`,
      );
      expect(JSON.stringify(findings)).not.toMatch(/not a KEY=value line|not set/);

      const fixed = await runCli('udo-doctor', [...args, '--fix'], { env });
      expect(fixed.stdout).toContain(`saved ${file} as UTF-8`);
      // Saved as UTF-8 first, then pointed at the backend's port by a second --fix.
      const text = readFileSync(file, 'utf8');
      expect(readFileSync(file)).toEqual(Buffer.from(text, 'utf8'));
      expect(text.replace(/http:\/\/localhost:\d+/, OLD_URL)).toBe(KOREAN);
      const again = await runCli('udo-doctor', [...args, '--fix'], { env });
      expect(again.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(KOREAN.replace(OLD_URL, 'http://localhost:31414'));
    });
  }

  it('a UTF-16 backend/.env: said once by env.syntax; udo-port find refuses it (exit 2)', async () => {
    const dir = await exampleCheckout();
    const file = join(dir, 'backend', '.env');
    const bytes = utf16('API_PORT=31415\n', 'le', true);
    writeFileSync(file, bytes);
    const leases = await tempDir('udo-enc-leases-');
    const env = { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' };
    const run = await runCli('udo-doctor', ['--cwd', dir, '--only', 'env', '--json'], { env });
    const checks = doctorJson(run.stdout).checks;
    expect(
      checks.filter((c) => c.status === 'error' || c.status === 'warn').map((c) => c.id),
    ).toEqual(['env.syntax']);
    const find = await runCli('udo-port', ['find', '--cwd', dir, ...RANGE], { env });
    expect(find.code).toBe(2);
    expect(find.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(find.stderr).toMatch(/backend\/\.env is UTF-16 \(little-endian, with a BOM\)/);
    await runCli('udo-doctor', ['--cwd', dir, '--only', 'env', '--fix'], { env });
    expect(readFileSync(file, 'utf8')).toBe('API_PORT=31415\n');
  });
});

/** The bundles are built from this src (else a FIFO test would wait out its timeout). */
function expectFreshBundles(): void {
  for (const name of ['udo-port', 'udo-doctor'] as const) {
    // The bundle and the chunks it loads when a command is called, beside it.
    const folder = dirname(bundle(name));
    const code = readdirSync(folder)
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');
    expect(
      code.includes('too big for a pyvenv.cfg'),
      `dist/${name} predates the careful reading of pyvenv.cfg: run npm run bundle`,
    ).toBe(true);
  }
}

describe('the built bundles', () => {
  it('udo-doctor --fix keeps a CP949 file byte for byte; udo-port find refuses UTF-16', async () => {
    expectFreshBundles();
    const { dir, file, leases } = await projectWith(CP949);
    const env = { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' };
    const fixed = await runBundle(
      'udo-doctor',
      ['--cwd', dir, '--port', '31416', '--only', 'web.api-url', '--fix'],
      { env },
    );
    expect(fixed.stderr).toBe('');
    expect(readFileSync(file)).toEqual(replaced(CP949, OLD_URL, 'http://localhost:31416'));

    const wide = utf16(KOREAN, 'le', true);
    writeFileSync(file, wide);
    const find = await runBundle(
      'udo-port',
      ['find', '--cwd', dir, ...RANGE, '--write-env-local'],
      {
        env,
      },
    );
    expect(find.code).toBe(2);
    expect(find.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(find.stderr).toContain('is UTF-16 (little-endian, with a BOM), but Next.js and dotenv');
    expect(readFileSync(file)).toEqual(wide);
  });
});

// ---------------------------------------------------------------------------------------------
// pyvenv.cfg: a FIFO there hung the doctor and start; a link to /dev/zero read until the heap
// gave out. The bundles run as users do, so a hang is a timeout here, not a stuck test worker.

describe('pyvenv.cfg read carefully', () => {
  let venvProject: string;
  beforeAll(async () => {
    venvProject = await exampleCheckout();
    execFileSync('/usr/bin/python3', [
      '-m',
      'venv',
      '--system-site-packages',
      '--without-pip',
      join(venvProject, '.venv'),
    ]);
  }, 120_000);

  const cases: [string, (cfg: string) => void, RegExp][] = [
    ['a FIFO', (cfg) => execFileSync('mkfifo', [cfg]), /pyvenv\.cfg is a FIFO, not a regular file/],
    [
      'a link to /dev/zero',
      (cfg) => execFileSync('ln', ['-s', '/dev/zero', cfg]),
      /pyvenv\.cfg is a character device, not a regular file/,
    ],
    [
      'a 2 GiB sparse file',
      (cfg) => execFileSync('truncate', ['-s', '2G', cfg]),
      /pyvenv\.cfg is over 64 KiB, too big for a pyvenv\.cfg/,
    ],
  ];
  for (const [what, plant, said] of cases) {
    it(`${what}: udo-doctor and start return at once with one clean line`, async () => {
      expectFreshBundles();
      const cfg = join(venvProject, '.venv', 'pyvenv.cfg');
      execFileSync('rm', ['-f', cfg]);
      plant(cfg);
      const leases = await tempDir('udo-enc-leases-');
      const env = { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' };
      const doctor = await runBundle(
        'udo-doctor',
        ['--cwd', venvProject, '--only', 'venv', '--json'],
        {
          env,
        },
      );
      expect(doctor.code).toBe(1);
      const checks = doctorJson(doctor.stdout).checks;
      const present = checks.find((c) => c.id === 'venv.present');
      expect(present?.status).toBe('error');
      expect(present?.message).toMatch(said);

      const start = await runBundle('udo-port', ['start', '--cwd', venvProject, ...RANGE], { env });
      expect(start.code).toBe(2);
      const lines = start.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(said);
      expect(readdirSync(leases).filter((n) => n.endsWith('.json'))).toEqual([]);
    }, 120_000);
  }
});

// ---------------------------------------------------------------------------------------------
// start, dev and the action refuse a UTF-16 .env.local before anything is leased or started.

describe('start, dev and the action refuse a UTF-16 .env.local first', () => {
  let project: string;
  const wide = utf16(KOREAN, 'le', true);
  beforeAll(async () => {
    project = await exampleCheckout();
    // A real venv with Debian's uvicorn: start and dev check it before the env file.
    execFileSync('/usr/bin/python3', [
      '-m',
      'venv',
      '--system-site-packages',
      '--without-pip',
      join(project, '.venv'),
    ]);
    writeFileSync(join(project, 'web-dashboard', '.env.local'), wide);
  }, 120_000);

  const faces: [string, string[]][] = [
    ['start', ['start']],
    ['dev', ['dev', '--web-cmd', 'node -e 0 {port}', '--web-range', '31418-31419']],
  ];
  for (const [name, command] of faces) {
    it(`${name}: exit 2, one line naming the file, no lease, no process`, async () => {
      const leases = await tempDir('udo-enc-leases-');
      const run = await runCli('udo-port', [...command, '--cwd', project, ...RANGE], {
        env: { UDO_PORT_LEASE_DIR: leases },
      });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /--env-local: .*web-dashboard\/\.env\.local is UTF-16 \(little-endian, with a BOM\), but Next\.js and dotenv read env files only as UTF-8/,
      );
      expect(readdirSync(leases)).toEqual([]);
      expect(readFileSync(join(project, 'web-dashboard', '.env.local'))).toEqual(wide);
    });
  }

  it('the action: a bad-input error before its backend is started', async () => {
    const { newJob, runMain, workflowCommands } = await import('./action-harness.js');
    const leases = await tempDir('udo-enc-leases-');
    const marker = join(await tempDir('udo-enc-marker-'), 'started');
    const run = await runMain(
      project,
      await newJob(),
      { range: '31400-31409', run: `touch ${marker}` },
      { UDO_PORT_LEASE_DIR: leases },
    );
    expect(run.code).toBe(2);
    const commands = workflowCommands(run.stdout);
    expect(commands.map((c) => c.command)).toEqual(['error']);
    expect(commands[0]?.message).toMatch(
      /^input 'env-local': .*web-dashboard\/\.env\.local is UTF-16 \(little-endian, with a BOM\), but Next\.js and dotenv/,
    );
    expect(readdirSync(leases)).toEqual([]);
    expect(readdirSync(join(marker, '..'))).toEqual([]);
  });
});

describe('env.syntax on encodings (pure diagnose)', () => {
  const show = (path: string) => path.replace('/p/', '');
  const stat = statSync('/');
  const wideFile = (file: string, encoding: 'UTF-16LE' | 'UTF-16BE', text?: string) => ({
    file,
    exists: true,
    utf16: { encoding, bom: true, text, stat },
  });

  it('two UTF-16 files: one finding naming both, fixable only when both are whole', () => {
    const files = [
      wideFile('/p/backend/.env', 'UTF-16LE', 'A=1\n'),
      wideFile('/p/web-dashboard/.env.local', 'UTF-16BE', 'B=2\n'),
    ];
    const outcome = envSyntax.diagnose({ files, show, doctorCommand: 'npx udo-doctor' });
    expect(outcome).toMatchObject({
      status: 'error',
      message: '2 env files are UTF-16, not UTF-8',
      details: [
        'backend/.env is UTF-16 (little-endian, with a BOM): Next.js and dotenv read env files only as UTF-8, so they find nothing in it',
        'web-dashboard/.env.local is UTF-16 (big-endian, with a BOM): Next.js and dotenv read env files only as UTF-8, so they find nothing in it',
        '--fix saves it as UTF-8 with the same text (mode and owner kept)',
      ],
      remedy: ['npx udo-doctor --fix'],
      fixable: true,
    });
    const broken = [files[0], wideFile('/p/web-dashboard/.env.local', 'UTF-16LE')];
    const unfixable = envSyntax.diagnose({
      files: broken as typeof files,
      show,
      doctorCommand: 'npx udo-doctor',
    });
    expect(unfixable).toMatchObject({ fixable: false, remedy: ['save the file as UTF-8'] });
  });

  it('non-UTF-8 bytes: a warning per value that holds them, none for a comment', () => {
    const cp949 = decodeKeepingBytes(CP949);
    expect(lintEnv(cp949).map((f) => [f.line, f.kind])).toEqual([
      [2, 'not-utf8'],
      [4, 'not-utf8'],
    ]);
    // Only the comments are CP949: nothing to tell.
    const commentsOnly = decodeKeepingBytes(
      Buffer.concat([CP949.subarray(0, CP949.indexOf('\n') + 1), Buffer.from('A=1\n')]),
    );
    expect(lintEnv(commentsOnly)).toEqual([]);
  });
});

describe('udo-doctor --fix --dry-run on a UTF-16 file', () => {
  it('tells the change and makes none', async () => {
    const bytes = utf16(KOREAN, 'le', true);
    const { dir, file, leases } = await projectWith(bytes);
    const run = await runCli(
      'udo-doctor',
      ['--cwd', dir, '--only', 'env.syntax', '--fix', '--dry-run'],
      { env: { UDO_PORT_LEASE_DIR: leases, NO_COLOR: '1' } },
    );
    expect(run.stdout).toContain(`save ${file} as UTF-8`);
    expect(readFileSync(file)).toEqual(bytes);
  });
});
