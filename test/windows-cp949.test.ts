// Korean Windows outputs in CP949 (test/fixtures/windows-*-ko.cp949.*, kept as their bytes),
// decoded as console-text.ts decodes a tool's pipe and read by the Windows parsers, beside the
// German netstat in listeners.test.ts. No ports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseExcludedPortRanges,
  parseNetstatWindows,
  parseTasklistCsv,
  parseWin32ProcessCsv,
} from '../src/core/listeners/parse-windows.js';
import {
  codePageEncoding,
  decodeConsole,
  parseCodePages,
} from '../src/core/process/console-text.js';

const bytes = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
/** As a Korean Windows pipe gives it: the OEM code page, 949. */
const korean = (name: string) => decodeConsole(bytes(name), 949);

describe('CP949 tool output', () => {
  it('is not UTF-8: read as UTF-8 the Hangul is lost', () => {
    const raw = bytes('windows-tasklist-csv-ko.cp949.csv');
    expect(raw.toString('utf8')).toContain('\uFFFD');
    expect(korean('windows-tasklist-csv-ko.cp949.csv')).toContain('"이미지 이름","PID"');
  });

  it('netstat -ano (활성 연결, 로컬 주소) gives its listeners', () => {
    const text = korean('windows-netstat-ano-ko.cp949.txt');
    expect(text).toContain('활성 연결');
    const listeners = parseNetstatWindows(text);
    expect(listeners).toContainEqual({ port: 8001, address: '0.0.0.0', pid: 15236 });
    expect(listeners).toContainEqual({ port: 8002, address: '127.0.0.1', pid: 9920 });
  });

  it('tasklist /fo csv, with and without its header, names a Hangul image', () => {
    const expected = new Map([
      [15236, 'python.exe'],
      [9920, '백엔드서버.exe'],
      [20480, 'node.exe'],
    ]);
    expect(parseTasklistCsv(korean('windows-tasklist-csv-ko.cp949.csv'))).toEqual(expected);
    expect(parseTasklistCsv(korean('windows-tasklist-csv-nh-ko.cp949.csv'))).toEqual(expected);
  });

  it("tasklist's error text is no process", () => {
    const text = korean('windows-tasklist-error-ko.cp949.txt');
    expect(text).toContain('오류: 액세스가 거부되었습니다.');
    expect(parseTasklistCsv(text)).toEqual(new Map());
  });

  it('PowerShell Win32_Process CSV gives Hangul command lines whole', () => {
    const commands = parseWin32ProcessCsv(korean('windows-win32-process-ko.cp949.csv'));
    expect(commands.get(15236)).toBe(
      '"C:\\Users\\홍길동\\내 프로젝트\\udo-platform\\.venv\\Scripts\\python.exe" -m uvicorn backend.main:app --host 0.0.0.0 --port 8001',
    );
    expect(commands.get(9920)).toBe('"C:\\Users\\홍길동\\다른 폴더\\백엔드서버.exe" --port 8002');
  });

  it("netsh's excluded ranges (시작 포트, 끝 포트) with the star", () => {
    const ranges = parseExcludedPortRanges(korean('windows-netsh-excluded-ko.cp949.txt'));
    expect(ranges).toContainEqual({ from: 8001, to: 8001, administered: false });
    expect(ranges).toContainEqual({ from: 50000, to: 50059, administered: true });
  });
});

describe('decodeConsole', () => {
  it('takes valid UTF-8 as UTF-8 whatever the code page', () => {
    expect(decodeConsole(Buffer.from('안녕 서버', 'utf8'), 949)).toBe('안녕 서버');
  });

  it('decodes CP949 bytes (a Python print on Korean Windows) in code page 949', () => {
    const cp949 = Buffer.from([0xbe, 0xc8, 0xb3, 0xe7, 0x20, 0xbc, 0xad, 0xb9, 0xf6]);
    expect(decodeConsole(cp949, 949)).toBe('안녕 서버');
    // The code page is looked up only when the bytes are not UTF-8.
    let asked = 0;
    decodeConsole(Buffer.from('plain'), () => {
      asked++;
      return 949;
    });
    expect(asked).toBe(0);
  });

  it('Latin-1 Windows: code page 1252', () => {
    expect(decodeConsole(Buffer.from([0x41, 0x42, 0x48, 0xd6, 0x52, 0x45, 0x4e]), 1252)).toBe(
      'ABHÖREN',
    );
  });

  it('reads the code pages from reg query output', () => {
    const text = [
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage',
      '    ACP    REG_SZ    949',
      '    OEMCP    REG_SZ    949',
      '    MACCP    REG_SZ    10003',
      '',
    ].join('\r\n');
    expect(parseCodePages(text)).toEqual({ ansi: 949, oem: 949 });
    expect(codePageEncoding(949)).toBe('euc-kr');
    expect(codePageEncoding(1252)).toBe('windows-1252');
    expect(codePageEncoding(12345)).toBeUndefined();
  });
});
