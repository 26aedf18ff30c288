import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  commandLineQuery,
  darwinListeners,
  dedupeListeners,
  describeListener,
  excludedPortRanges,
  formatIPv6,
  linuxListeners,
  listenersOn,
  parseCsvLine,
  parseExcludedPortRanges,
  parseGetNetTcpConnectionCsv,
  parseLsof,
  parseNetstatLinux,
  parseNetstatMac,
  parseNetstatWindows,
  parseProcNetTcp,
  parsePsCommands,
  parseSs,
  parseTasklistCsv,
  parseWin32ProcessCsv,
  processName,
  procListeners,
  runTool,
  shortened,
  sortListeners,
  splitHostPort,
  windowsExcludedPortRanges,
  windowsListeners,
} from '../src/core/listeners/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'udo-listeners-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for a tool: prints `stdout`, records its arguments, exits with `code`. */
function fakeTool(name: string, stdout: string, code = 0): string {
  const path = join(scratch, name);
  const body = `#!/bin/sh\nprintf '%s\\n' "$*" >> '${path}.args'\ncat <<'UDO_EOF'\n${stdout}\nUDO_EOF\nexit ${code}\n`;
  writeFileSync(path, body);
  chmodSync(path, 0o755);
  return path;
}
const argsOf = (tool: string) => readFileSync(`${tool}.args`, 'utf8').trim().split('\n');
const MISSING = join(scratch, 'no-such-tool');

describe('Linux parsers on the recorded fixtures', () => {
  it('parseSs reads linux-ss-ltnp.txt (header and all)', () => {
    expect(parseSs(fixture('linux-ss-ltnp.txt'))).toEqual([
      { port: 18001, address: '0.0.0.0', pid: 9462, name: 'python3' },
      { port: 18002, address: '127.0.0.1', pid: 9462, name: 'python3' },
      { port: 18004, address: '*', pid: 9461, name: 'node' },
      { port: 18003, address: '::1', pid: 9462, name: 'python3' },
    ]);
  });

  it('parseSs reads linux-ss-ltnpH-sport.txt', () => {
    expect(parseSs(fixture('linux-ss-ltnpH-sport.txt'))).toEqual([
      { port: 18001, address: '0.0.0.0', pid: 9462, name: 'python3' },
    ]);
  });

  it('parseProcNetTcp reads linux-proc-net-tcp.txt', () => {
    expect(parseProcNetTcp(fixture('linux-proc-net-tcp.txt'))).toEqual([
      { port: 18001, address: '0.0.0.0', inode: 23555 },
      { port: 18002, address: '127.0.0.1', inode: 23557 },
    ]);
  });

  it('parseProcNetTcp reads linux-proc-net-tcp6.txt', () => {
    expect(parseProcNetTcp(fixture('linux-proc-net-tcp6.txt'))).toEqual([
      { port: 18004, address: '::', inode: 23554 },
      { port: 18003, address: '::1', inode: 23556 },
    ]);
  });

  it('parseNetstatLinux reads linux-netstat-tlnp.txt', () => {
    expect(parseNetstatLinux(fixture('linux-netstat-tlnp.txt'))).toEqual([
      { port: 18001, address: '0.0.0.0', pid: 9462, name: 'python3' },
      { port: 18002, address: '127.0.0.1', pid: 9462, name: 'python3' },
      { port: 18004, address: '::', pid: 9461, name: 'node' },
      { port: 18003, address: '::1', pid: 9462, name: 'python3' },
    ]);
  });

  it('parseLsof reads linux-lsof-listen.txt', () => {
    expect(parseLsof(fixture('linux-lsof-listen.txt'))).toEqual([
      { port: 18004, address: '*', pid: 9461, name: 'node' },
      { port: 18001, address: '*', pid: 9462, name: 'python3' },
      { port: 18003, address: '::1', pid: 9462, name: 'python3' },
      { port: 18002, address: '127.0.0.1', pid: 9462, name: 'python3' },
    ]);
  });

  it('parseLsof reads linux-lsof-port.txt', () => {
    expect(parseLsof(fixture('linux-lsof-port.txt'))).toEqual([
      { port: 18001, address: '*', pid: 9462, name: 'python3' },
    ]);
  });
});

describe('Linux parser variations', () => {
  it('ss: several owners of one socket, an owner we may not see, other states and UDP', () => {
    const text = [
      'LISTEN 0 2048 0.0.0.0:8001 0.0.0.0:* users:(("uvicorn",pid=10,fd=3),("python3",pid=11,fd=3))',
      'LISTEN 0 128 [::]:8002 [::]:*',
      'ESTAB 0 0 127.0.0.1:8003 127.0.0.1:50000 users:(("node",pid=12,fd=20))',
      'udp UNCONN 0 0 0.0.0.0:8004 0.0.0.0:* users:(("avahi",pid=13,fd=12))',
      'tcp LISTEN 0 5 [fe80::1]%eth0:8005 [::]:* users:(("Web Content",pid=14,fd=7))',
      'LISTEN 0 5 [::ffff:127.0.0.1]:8006 [::]:* users:(("a",pid=15,fd=7))',
    ].join('\n');
    expect(parseSs(text)).toEqual([
      { port: 8001, address: '0.0.0.0', pid: 10, name: 'uvicorn' },
      { port: 8001, address: '0.0.0.0', pid: 11, name: 'python3' },
      { port: 8002, address: '::' },
      { port: 8005, address: 'fe80::1%eth0', pid: 14, name: 'Web Content' },
      { port: 8006, address: '::ffff:127.0.0.1', pid: 15, name: 'a' },
    ]);
  });

  it('ss: the same pid listed twice on one socket (two fds) is one listener', () => {
    const text =
      'LISTEN 0 5 127.0.0.1:8001 0.0.0.0:* users:(("node",pid=7,fd=3),("node",pid=7,fd=9))';
    expect(parseSs(text)).toEqual([{ port: 8001, address: '127.0.0.1', pid: 7, name: 'node' }]);
  });

  it('/proc: only LISTEN (0A) rows; IPv4-mapped and big-endian hosts decode right', () => {
    const text = [
      '  sl  local_address rem_address   st',
      '   0: 0100007F:1F41 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000  0 999 1',
      '   1: 7F000001:1F41 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000  0 555 1',
    ].join('\n');
    expect(parseProcNetTcp(text, false)).toEqual([
      { port: 8001, address: '127.0.0.1', inode: 555 },
    ]);
    const mapped =
      '   0: 0000000000000000FFFF00000100007F:1F41 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  0  0 777 1';
    expect(parseProcNetTcp(mapped)).toEqual([
      { port: 8001, address: '::ffff:127.0.0.1', inode: 777 },
    ]);
  });

  it('formatIPv6 compresses the longest zero run only', () => {
    const bytes = (groups: number[]) => groups.flatMap((g) => [g >> 8, g & 0xff]);
    expect(formatIPv6(bytes([0xfe80, 0, 0, 0, 0x1, 0, 0, 0x2]))).toBe('fe80::1:0:0:2');
    expect(formatIPv6(bytes([0x2001, 0xdb8, 1, 2, 3, 4, 5, 6]))).toBe('2001:db8:1:2:3:4:5:6');
    expect(formatIPv6(bytes([0, 0, 0, 0, 0, 0, 0, 0]))).toBe('::');
    expect(formatIPv6(bytes([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1]))).toBe('2001:db8:0:1:1:1:1:1');
  });

  it('net-tools netstat: localized states are not read; an unknown owner is "-"', () => {
    const text = [
      'tcp        0      0 0.0.0.0:8001            0.0.0.0:*               ESCUCHAR    -',
      'tcp        0      0 127.0.0.1:8002          127.0.0.1:41000         ESTABLECIDO 5/node',
      'udp        0      0 0.0.0.0:8003            0.0.0.0:*                           6/avahi',
      'tcp6       0      0 :::8004                 :::*                    LISTEN      7/my server',
    ].join('\n');
    expect(parseNetstatLinux(text)).toEqual([
      { port: 8001, address: '0.0.0.0' },
      { port: 8004, address: '::', pid: 7, name: 'my server' },
    ]);
  });
});

describe('macOS parsers on the recorded fixtures', () => {
  it('parseLsof reads macos-lsof-listen.txt; the IPv4 and IPv6 rows of one port are one listener', () => {
    expect(parseLsof(fixture('macos-lsof-listen.txt'))).toEqual([
      { port: 7000, address: '*', pid: 612, name: 'ControlCe' },
      { port: 8001, address: '127.0.0.1', pid: 48211, name: 'Python' },
      { port: 3000, address: '*', pid: 48390, name: 'node' },
    ]);
  });

  it('parseNetstatMac reads macos-netstat-anv.txt', () => {
    expect(parseNetstatMac(fixture('macos-netstat-anv.txt'))).toEqual([
      { port: 8001, address: '127.0.0.1', pid: 48211 },
      { port: 3000, address: '*', pid: 48390 },
      { port: 7000, address: '*', pid: 612 },
    ]);
  });
});

describe('macOS parser variations', () => {
  it('lsof: names with spaces, escaped or not; UDP and connected rows are ignored', () => {
    const text = [
      'COMMAND     PID  USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME',
      'Code\\x20H  4321 alice   40u  IPv4 0x5d3f1c6e1b2a3c47      0t0  TCP 127.0.0.1:8001 (LISTEN)',
      'Code Helper 4322 alice  41u  IPv6 0x5d3f1c6e1b2a3c48      0t0  TCP [::1]:8002 (LISTEN)',
      'foo 2      4323 alice   42u  IPv6 0x5d3f1c6e1b2a3c49      0t0  TCP [::]:8003 (LISTEN)',
      'mDNSRespo   199 _mdns   8u  IPv4 0x5d3f1c6e1b2a3c50      0t0  UDP *:5353',
      'node      48390 alice   24u  IPv4 0x5d3f1c6e1b2a3c51      0t0  TCP 127.0.0.1:3000->127.0.0.1:50123 (ESTABLISHED)',
    ].join('\n');
    expect(parseLsof(text)).toEqual([
      { port: 8001, address: '127.0.0.1', pid: 4321, name: 'Code H' },
      { port: 8002, address: '::1', pid: 4322, name: 'Code Helper' },
      { port: 8003, address: '::', pid: 4323, name: 'foo 2' },
    ]);
  });

  it('netstat -anv of newer macOS: the process:pid column, names with spaces and parentheses', () => {
    const text = [
      'Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)          rxbytes      txbytes  rhiwat  shiwat          process:pid    state  options           gencnt    flags   flags1 usecnt rtncnt fltrs',
      'tcp4       0      0  127.0.0.1.4242         *.*                    LISTEN                 0            0  131072  131072              bun:2415   00100 00000006 000000000bf559ba 00000000 00000800      1      0 000000',
      'tcp4       0      0  127.0.0.1.55910        127.0.0.1.4242         ESTABLISHED         2960          528  406912  146988  Codex (Service):56664  00102 00000008 000000000bf559ba 00000080 04000800      2      0 000000',
      'tcp6       0      0  ::1.3000               *.*                    LISTEN                 0            0  131072  131072  Google Chrome:66713    00100 00000006 000000000bee84ca 00000000 00000800      1      0 000000',
      'udp4       0      0  *.5353                 *.*                                           0            0  786896    9216  mDNSResponder:199   00000 00000000 0000000000000d5a 00000000 00000000      1      0 000000',
    ].join('\n');
    expect(parseNetstatMac(text)).toEqual([
      { port: 4242, address: '127.0.0.1', pid: 2415, name: 'bun' },
      { port: 3000, address: '::1', pid: 66713, name: 'Google Chrome' },
    ]);
  });

  it('ps -o pid=,command= output maps pids to command lines', () => {
    const text =
      '  612 /System/Library/CoreServices/ControlCenter.app/Contents/MacOS/ControlCenter\n48211 /usr/local/bin/python3 -m uvicorn backend.main:app --port 8001\n';
    expect(parsePsCommands(text)).toEqual(
      new Map([
        [612, '/System/Library/CoreServices/ControlCenter.app/Contents/MacOS/ControlCenter'],
        [48211, '/usr/local/bin/python3 -m uvicorn backend.main:app --port 8001'],
      ]),
    );
  });
});

describe('Windows parsers on the recorded fixtures', () => {
  it('parseNetstatWindows reads windows-netstat-ano.txt: no PID 0 or 4, no UDP, no connections', () => {
    expect(parseNetstatWindows(fixture('windows-netstat-ano.txt'))).toEqual([
      { port: 135, address: '0.0.0.0', pid: 1012 },
      { port: 8001, address: '0.0.0.0', pid: 15236 },
      { port: 8002, address: '127.0.0.1', pid: 9920 },
      { port: 135, address: '::', pid: 1012 },
      { port: 8003, address: '::', pid: 15236 },
      { port: 8004, address: '::1', pid: 30412 },
    ]);
  });

  it('a port in the foreign-address column is not a listener on it', () => {
    const all = parseNetstatWindows(fixture('windows-netstat-ano.txt'));
    // 127.0.0.1:51544 -> 127.0.0.1:8002 belongs to PID 22104, a client of 8002.
    expect(all.filter((l) => l.port === 8002).map((l) => l.pid)).toEqual([9920]);
    expect(all.some((l) => l.pid === 22104 || l.pid === 7312)).toBe(false);
    expect(all.some((l) => l.port === 443 || l.port === 18001 || l.port === 51544)).toBe(false);
  });

  it('parseNetstatWindows reads windows-netstat-ano-de.txt (ABHÖREN, HERGESTELLT)', () => {
    expect(parseNetstatWindows(fixture('windows-netstat-ano-de.txt'))).toEqual([
      { port: 8001, address: '0.0.0.0', pid: 8692 },
      { port: 5665, address: '::', pid: 8692 },
    ]);
  });

  it('parseGetNetTcpConnectionCsv reads windows-get-nettcpconnection.csv and skips PID 4', () => {
    expect(parseGetNetTcpConnectionCsv(fixture('windows-get-nettcpconnection.csv'))).toEqual([
      { port: 8003, address: '::', pid: 15236 },
      { port: 8004, address: '::1', pid: 30412 },
      { port: 8001, address: '0.0.0.0', pid: 15236 },
      { port: 8002, address: '127.0.0.1', pid: 9920 },
    ]);
  });

  it('parseTasklistCsv reads windows-tasklist-csv.txt (the header row is not a process)', () => {
    expect(parseTasklistCsv(fixture('windows-tasklist-csv.txt'))).toEqual(
      new Map([[15236, 'python.exe']]),
    );
  });

  it('parseExcludedPortRanges reads windows-netsh-excludedportrange.txt with the star', () => {
    expect(parseExcludedPortRanges(fixture('windows-netsh-excludedportrange.txt'))).toEqual([
      { from: 5357, to: 5357, administered: false },
      { from: 7949, to: 8048, administered: false },
      { from: 8049, to: 8148, administered: false },
      { from: 49671, to: 49770, administered: false },
      { from: 50000, to: 50059, administered: true },
    ]);
  });
});

describe('Windows parser variations', () => {
  it('netstat: other locales, garbled code pages, brackets and zones, PID 0 and 4', () => {
    const text = [
      '  Proto  Адрес                  Внешний адрес          Состояние       PID',
      '  TCP    0.0.0.0:8001           0.0.0.0:0              LISTENING       4',
      '  TCP    0.0.0.0:8002           0.0.0.0:0              ПРОСЛУШИВАНИЕ   1200',
      '  TCP    [::]:8003              [::]:0                 ABH\uFFFDREN         1300',
      '  TCP    [::1]:8004             [::]:0                 LISTENING       1400',
      '  TCP    [fe80::1%12]:8005      [::]:0                 EN ÉCOUTE       1500',
      '  TCP    0.0.0.0:8006           0.0.0.0:0              LISTENING       0',
      '  TCP    127.0.0.1:50000        127.0.0.1:8001         ESTABLISHED     1600',
      '  UDP    [::1]:8007             *:*                                    1700',
    ].join('\r\n');
    expect(parseNetstatWindows(text)).toEqual([
      { port: 8002, address: '0.0.0.0', pid: 1200 },
      { port: 8003, address: '::', pid: 1300 },
      { port: 8004, address: '::1', pid: 1400 },
      { port: 8005, address: 'fe80::1%12', pid: 1500 },
    ]);
  });

  it('tasklist: names with spaces, commas and quotes; localized headers; no-match notices', () => {
    const text = [
      '"Abbildname","PID","Sitzungsname","Sitz.-Nr.","Speichernutzung"',
      '"Code Helper.exe","4321","Console","1","112.340 K"',
      '"my ""dev"", server.exe","4322","Console","1","1,024 K"',
      'INFO: No tasks are running which match the specified criteria.',
    ].join('\r\n');
    expect(parseTasklistCsv(text)).toEqual(
      new Map([
        [4321, 'Code Helper.exe'],
        [4322, 'my "dev", server.exe'],
      ]),
    );
    expect(parseCsvLine('"a,b","",c')).toEqual(['a,b', '', 'c']);
  });

  it('Get-NetTCPConnection CSV from PowerShell 5.1 with its #TYPE line, PID 0 skipped', () => {
    const text = [
      '#TYPE Selected.Microsoft.Management.Infrastructure.CimInstance',
      '"LocalAddress","LocalPort","OwningProcess"',
      '"fe80::1%12","8001","2200"',
      '"0.0.0.0","8002","0"',
    ].join('\r\n');
    expect(parseGetNetTcpConnectionCsv(text)).toEqual([
      { port: 8001, address: 'fe80::1%12', pid: 2200 },
    ]);
  });

  it('Win32_Process CSV (PowerShell 5.1 ConvertTo-Csv): quoted paths, empty and multi-line command lines', () => {
    // The layout Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine |
    // ConvertTo-Csv -NoTypeInformation prints, with the UTF-8 BOM the console encoding adds.
    const text = [
      '\uFEFF"ProcessId","CommandLine"',
      '"15236","""C:\\Users\\Jane Doe\\p\\.venv\\Scripts\\python.exe"" -m uvicorn backend.main:app --host 127.0.0.1 --port 8001"',
      '"1388","C:\\WINDOWS\\system32\\svchost.exe -k RPCSS -p"',
      '"9920",',
      '"30412",""',
      '"7312","""C:\\Program Files\\nodejs\\node.exe"" ""C:\\p\\web-dashboard\\node_modules\\next\\dist\\server\\lib\\start-server.js"""',
      '"5120","cmd.exe /c ""echo one',
      'two"""',
      '"Zürich","not a pid"',
      '',
    ].join('\r\n');
    expect(parseWin32ProcessCsv(text)).toEqual(
      new Map([
        [
          15236,
          '"C:\\Users\\Jane Doe\\p\\.venv\\Scripts\\python.exe" -m uvicorn backend.main:app --host 127.0.0.1 --port 8001',
        ],
        [1388, 'C:\\WINDOWS\\system32\\svchost.exe -k RPCSS -p'],
        [
          7312,
          '"C:\\Program Files\\nodejs\\node.exe" "C:\\p\\web-dashboard\\node_modules\\next\\dist\\server\\lib\\start-server.js"',
        ],
        // Its line break is shown, not kept: a command line is printed on one line.
        [5120, 'cmd.exe /c "echo one\\r\\ntwo"'],
      ]),
    );
    expect(parseWin32ProcessCsv('')).toEqual(new Map());
  });

  it('the CIM query names each pid once, in single quotes, with UTF-8 output', () => {
    expect(commandLineQuery([15236, 9920])).toBe(
      "try { [Console]::OutputEncoding = [Text.Encoding]::UTF8 } catch {}; Get-CimInstance Win32_Process -Filter 'ProcessId=15236 OR ProcessId=9920' | Select-Object ProcessId,CommandLine | ConvertTo-Csv -NoTypeInformation",
    );
  });

  it('netsh: rows that are not ranges are ignored, and a reversed range is refused', () => {
    const text =
      'Start Port    End Port\n----------    --------\n  8001   8000\n  9000   9010     *\n';
    expect(parseExcludedPortRanges(text)).toEqual([{ from: 9000, to: 9010, administered: true }]);
  });
});

describe('shared helpers', () => {
  it('splitHostPort handles brackets, bare IPv6, wildcards and the macOS dot form', () => {
    expect(splitHostPort('[::1]:8001')).toEqual({ host: '::1', port: '8001' });
    expect(splitHostPort(':::8001')).toEqual({ host: '::', port: '8001' });
    expect(splitHostPort('*:8001')).toEqual({ host: '*', port: '8001' });
    expect(splitHostPort('::1.8001', '.')).toEqual({ host: '::1', port: '8001' });
    expect(splitHostPort('127.0.0.1.8001', '.')).toEqual({ host: '127.0.0.1', port: '8001' });
  });

  it('dedupeListeners keeps one per pid+address+port and fills in what the first lacked', () => {
    expect(
      dedupeListeners([
        { port: 1, address: '*', pid: 2 },
        { port: 1, address: '*', pid: 2, name: 'n', command: 'c' },
        { port: 1, address: '::', pid: 2 },
        { port: 1, address: '*', pid: 3 },
      ]),
    ).toEqual([
      { port: 1, address: '*', pid: 2, name: 'n', command: 'c' },
      { port: 1, address: '::', pid: 2 },
      { port: 1, address: '*', pid: 3 },
    ]);
  });

  it('sortListeners orders by port, then pid, with pid-less listeners last in a port', () => {
    expect(
      sortListeners([
        { port: 9, address: '*', pid: 1 },
        { port: 8, address: '::' },
        { port: 8, address: '*', pid: 30 },
        { port: 8, address: '0.0.0.0', pid: 4 },
      ]),
    ).toEqual([
      { port: 8, address: '0.0.0.0', pid: 4 },
      { port: 8, address: '*', pid: 30 },
      { port: 8, address: '::' },
      { port: 9, address: '*', pid: 1 },
    ]);
  });

  it('describeListener names the pid, the name and the command, cut to 80 characters', () => {
    expect(describeListener({ port: 1, address: '*' })).toBe('an unknown process');
    expect(describeListener({ port: 1, address: '*', name: 'x' })).toBe('an unknown process');
    expect(describeListener({ port: 1, address: '*', pid: 1234 })).toBe('PID 1234');
    expect(describeListener({ port: 1, address: '*', pid: 1234, name: 'python3' })).toBe(
      'PID 1234 (python3)',
    );
    expect(
      describeListener({
        port: 1,
        address: '*',
        pid: 1234,
        name: 'python3',
        command: 'python3 -m http.server 8001',
      }),
    ).toBe('PID 1234 (python3: python3 -m http.server 8001)');
    expect(describeListener({ port: 1, address: '*', pid: 9, name: 'sshd', command: 'sshd' })).toBe(
      'PID 9 (sshd)',
    );
    expect(describeListener({ port: 1, address: '*', pid: 9, command: 'a\n\tb' })).toBe(
      'PID 9 (a b)',
    );
    const long = describeListener({
      port: 1,
      address: '*',
      pid: 48211,
      name: 'python3',
      command: `/home/me/project/.venv/bin/python3 -m uvicorn backend.main:app --port 8001 ${'--x '.repeat(30)}--reload`,
    });
    // Cut in the middle: the start names the program, the end what it was asked to do.
    expect(long).toHaveLength(80);
    expect(long).toMatch(/^PID 48211 \(python3: \/home\/me\/project\/….* --x --reload\)$/);
    expect(shortened('abcdefghij', 10)).toBe('abcdefghij');
    expect(shortened('abcdefghijk', 10)).toBe('abc…fghijk');
  });
});

describe('running tools', () => {
  it('a missing tool says so, and the next candidate is tried', async () => {
    const missing = await runTool([MISSING], []);
    expect(missing).toMatchObject({ ok: false, stdout: '', stderr: '' });
    expect(missing.ok ? '' : missing.problem).toContain('was not found');
    const echo = fakeTool('echo-tool', 'hello');
    expect(await runTool([MISSING, echo], ['a b', 'c'])).toEqual({ ok: true, stdout: 'hello\n' });
    expect(argsOf(echo)).toEqual(['a b c']);
  });

  it('a tool that hangs is stopped at the timeout', async () => {
    const started = Date.now();
    // Left alone it would sleep 60 s (past the test's 30 s); stopped, it ends at once, however
    // slowly a busy host starts it.
    const r = await runTool([process.execPath], ['-e', 'setTimeout(() => {}, 60000)'], 300);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(r.ok ? '' : r.problem).toMatch(/timed out after 0\.3 s/);
  });

  it('a failing tool reports its exit code and first stderr line', async () => {
    const r = await runTool(
      [process.execPath],
      ['-e', 'console.error("boom\\nmore"); process.exit(3)'],
    );
    expect(r).toMatchObject({ ok: false, exitCode: 3 });
    expect(r.ok ? '' : r.problem).toContain('failed (exit code 3: boom)');
  });
});

describe('providers with stand-in tools', () => {
  it('Windows: netstat, then a tasklist filtered to the one pid and its command line', async () => {
    const netstat = fakeTool('netstat-win', fixture('windows-netstat-ano.txt'));
    const tasklist = fakeTool('tasklist', '"python.exe","15236","Console","1","48,212 K"');
    const powershell = fakeTool(
      'powershell-cim',
      '"ProcessId","CommandLine"\r\n"15236","C:\\p\\.venv\\Scripts\\python.exe -m uvicorn backend.main:app"',
    );
    const r = await windowsListeners(8001, {
      netstat: [netstat],
      tasklist: [tasklist],
      powershell: [powershell],
    });
    expect(r).toEqual({
      listeners: [
        {
          port: 8001,
          address: '0.0.0.0',
          pid: 15236,
          name: 'python.exe',
          command: 'C:\\p\\.venv\\Scripts\\python.exe -m uvicorn backend.main:app',
        },
      ],
      tool: 'netstat',
    });
    expect(argsOf(netstat)).toEqual(['-ano']);
    expect(argsOf(tasklist)).toEqual(['/FO CSV /NH /FI PID eq 15236']);
    expect(argsOf(powershell)).toEqual([
      `-NoProfile -NonInteractive -Command ${commandLineQuery([15236])}`,
    ]);
  });

  it('Windows: when the CIM query fails the command lines stay unknown, and it is no lookup problem', async () => {
    const netstat = fakeTool('netstat-win2', fixture('windows-netstat-ano.txt'));
    const tasklist = fakeTool('tasklist2', '"python.exe","15236","Console","1","48,212 K"');
    const failing = fakeTool('powershell-denied', 'Access denied', 1);
    const expected = {
      listeners: [{ port: 8001, address: '0.0.0.0', pid: 15236, name: 'python.exe' }],
      tool: 'netstat',
    };
    const tools = { netstat: [netstat], tasklist: [tasklist] };
    expect(await windowsListeners(8001, { ...tools, powershell: [failing] })).toEqual(expected);
    expect(await windowsListeners(8001, { ...tools, powershell: [MISSING] })).toEqual(expected);
    // Asked not to, it does not start PowerShell at all.
    const unused = fakeTool('powershell-unused', '');
    expect(await windowsListeners(8001, { ...tools, powershell: [unused] }, false)).toEqual(
      expected,
    );
    expect(existsSync(`${unused}.args`)).toBe(false);
  });

  it('Windows: without netstat it asks Get-NetTCPConnection; without tasklist it says names are unknown', async () => {
    const ps = fakeTool('powershell', fixture('windows-get-nettcpconnection.csv'));
    const r = await windowsListeners(8002, {
      netstat: [MISSING],
      powershell: [ps],
      tasklist: [MISSING],
    });
    expect(r.listeners).toEqual([{ port: 8002, address: '127.0.0.1', pid: 9920 }]);
    expect(r.problem).toMatch(/^process names unknown: .*no-such-tool/);
    const [connections, commands] = argsOf(ps);
    expect(connections).toMatch(
      /^-NoProfile -NonInteractive -Command Get-NetTCPConnection -State Listen/,
    );
    expect(commands).toContain("Get-CimInstance Win32_Process -Filter 'ProcessId=9920'");
  });

  it('Windows: with no tool at all the lookup says what could not be looked at', async () => {
    const r = await windowsListeners(8001, { netstat: [MISSING], powershell: [MISSING] });
    expect(r.listeners).toEqual([]);
    expect(r.problem).toMatch(/^could not look at TCP listeners: .*not found; .*not found$/);
  });

  it('Windows excluded ranges come from netsh, administered ones marked; [] when netsh fails', async () => {
    const netsh = fakeTool('netsh', fixture('windows-netsh-excludedportrange.txt'));
    expect(await windowsExcludedPortRanges([netsh])).toEqual([
      { from: 5357, to: 5357, administered: false },
      { from: 7949, to: 8048, administered: false },
      { from: 8049, to: 8148, administered: false },
      { from: 49671, to: 49770, administered: false },
      { from: 50000, to: 50059, administered: true },
    ]);
    expect(argsOf(netsh)).toEqual(['interface ipv4 show excludedportrange protocol=tcp']);
    expect(await windowsExcludedPortRanges([fakeTool('netsh-bad', 'denied', 1)])).toEqual([]);
    expect(await windowsExcludedPortRanges([MISSING])).toEqual([]);
  });

  it('excludedPortRanges is [] away from Windows', async () => {
    expect(await excludedPortRanges()).toEqual([]);
  });

  it('macOS: lsof for the port, then one ps for the command lines', async () => {
    const lsof = fakeTool('lsof', fixture('macos-lsof-listen.txt'));
    const ps = fakeTool(
      'ps',
      '612 /System/Library/CoreServices/ControlCenter.app/Contents/MacOS/ControlCenter',
    );
    const r = await darwinListeners(7000, { lsof: [lsof], ps: [ps], netstat: null });
    expect(r).toEqual({
      listeners: [
        {
          port: 7000,
          address: '*',
          pid: 612,
          name: 'ControlCe',
          command: '/System/Library/CoreServices/ControlCenter.app/Contents/MacOS/ControlCenter',
        },
      ],
      tool: 'lsof',
    });
    expect(argsOf(lsof)).toEqual(['-nP -iTCP:7000 -sTCP:LISTEN']);
    expect(argsOf(ps)).toEqual(['-o pid=,command= -p 612']);
    const unused = fakeTool('ps-unused', '');
    const bare = await darwinListeners(7000, { lsof: [lsof], ps: [unused], netstat: null }, false);
    expect(bare.listeners[0]?.command).toBeUndefined();
    expect(existsSync(`${unused}.args`)).toBe(false);
  });

  it('macOS: lsof finding nothing (exit 1, silent) is an empty answer, not a failure', async () => {
    const lsof = fakeTool('lsof-empty', '', 1);
    expect(await darwinListeners(7001, { lsof: [lsof], netstat: null })).toEqual({
      listeners: [],
      tool: 'lsof',
    });
  });

  it('macOS: without lsof, netstat -anv; without either, a warning naming lsof', async () => {
    const netstat = fakeTool('netstat-mac', fixture('macos-netstat-anv.txt'));
    const ps = fakeTool('ps-none', '');
    const viaNetstat = await darwinListeners(3000, {
      lsof: [MISSING],
      netstat: [netstat],
      ps: [ps],
    });
    expect(viaNetstat).toEqual({
      listeners: [{ port: 3000, address: '*', pid: 48390 }],
      tool: 'netstat',
    });
    expect(argsOf(netstat)).toEqual(['-anv -p tcp']);
    const none = await darwinListeners(3000, { lsof: [MISSING], netstat: null });
    expect(none).toEqual({
      listeners: [],
      problem: `could not look at TCP listeners: \`${MISSING}\` was not found`,
    });
  });

  it('Linux: ss with the port filter, then the cmdline from /proc', async () => {
    const ss = fakeTool('ss', fixture('linux-ss-ltnpH-sport.txt'));
    const proc = join(scratch, 'proc-cmdline');
    mkdirSync(join(proc, '9462'), { recursive: true });
    writeFileSync(join(proc, '9462', 'cmdline'), 'python3\0-m\0http.server\x0018001\0');
    const r = await linuxListeners(18001, { ss: [ss], proc });
    expect(r).toEqual({
      listeners: [
        {
          port: 18001,
          address: '0.0.0.0',
          pid: 9462,
          name: 'python3',
          command: 'python3 -m http.server 18001',
        },
      ],
      tool: 'ss',
    });
    expect(argsOf(ss)).toEqual(['-ltnpH sport = :18001']);
    // Asked not to, it leaves the command lines out.
    expect((await linuxListeners(18001, { ss: [ss], proc }, false)).listeners).toEqual([
      { port: 18001, address: '0.0.0.0', pid: 9462, name: 'python3' },
    ]);
  });

  it('Linux: the /proc fallback maps socket inodes to the processes holding them', async () => {
    const proc = join(scratch, 'proc-fake');
    mkdirSync(join(proc, 'net'), { recursive: true });
    writeFileSync(join(proc, 'net', 'tcp'), fixture('linux-proc-net-tcp.txt'));
    writeFileSync(join(proc, 'net', 'tcp6'), fixture('linux-proc-net-tcp6.txt'));
    const owners: Record<string, string[]> = {
      '9461': ['socket:[23554]', 'pipe:[1]'],
      '9462': ['socket:[23555]', 'socket:[23556]', '/dev/null', 'socket:[23557]'],
    };
    for (const [pid, targets] of Object.entries(owners)) {
      mkdirSync(join(proc, pid, 'fd'), { recursive: true });
      targets.forEach((t, fd) => {
        symlinkSync(t, join(proc, pid, 'fd', String(fd + 3)));
      });
    }
    writeFileSync(join(proc, '9461', 'comm'), 'node\n');
    writeFileSync(join(proc, '9462', 'comm'), 'python3\n');
    // A process whose fds we may not read is passed over.
    mkdirSync(join(proc, '777'));

    expect(procListeners(undefined, proc)).toEqual({
      listeners: [
        { port: 18001, address: '0.0.0.0', pid: 9462, name: 'python3' },
        { port: 18002, address: '127.0.0.1', pid: 9462, name: 'python3' },
        { port: 18004, address: '::', pid: 9461, name: 'node' },
        { port: 18003, address: '::1', pid: 9462, name: 'python3' },
      ],
    });
    expect(procListeners(18004, proc).listeners).toEqual([
      { port: 18004, address: '::', pid: 9461, name: 'node' },
    ]);
    expect(procListeners(18005, proc)).toEqual({ listeners: [] });

    const viaLinux = await linuxListeners(18002, { ss: [MISSING], proc });
    expect(viaLinux).toEqual({
      listeners: [{ port: 18002, address: '127.0.0.1', pid: 9462, name: 'python3' }],
      tool: `${proc}/net/tcp`,
    });
  });

  it('Linux: a socket whose owner cannot be found is listed without a pid', () => {
    const proc = join(scratch, 'proc-orphan');
    mkdirSync(join(proc, 'net'), { recursive: true });
    writeFileSync(join(proc, 'net', 'tcp'), fixture('linux-proc-net-tcp.txt'));
    expect(procListeners(18001, proc)).toEqual({
      listeners: [{ port: 18001, address: '0.0.0.0' }],
    });
  });

  it('Linux: with neither ss, /proc nor netstat, a warning naming all three', async () => {
    const r = await linuxListeners(8001, {
      ss: [MISSING],
      netstat: [MISSING],
      proc: join(scratch, 'no-proc'),
    });
    expect(r.listeners).toEqual([]);
    expect(r.problem).toBe(
      `could not look at TCP listeners: \`${MISSING}\` was not found; ${join(scratch, 'no-proc')}/net/tcp could not be read; \`${MISSING}\` was not found`,
    );
  });

  it('listenersOn refuses what is not a TCP port', async () => {
    await expect(listenersOn(0)).rejects.toThrow(RangeError);
    await expect(listenersOn(65536)).rejects.toThrow(RangeError);
    await expect(listenersOn(80.5)).rejects.toThrow(RangeError);
  });
});

// A process names itself anything: a newline and a workflow command, an escape sequence.
const EVIL_COMM = '\n::error::pwned';
const EVIL_ARGV = ['/tmp/\x1b[31mred\n::error::x', '\n::warning::argv\r\x1b]0;title\x07'];

describe('hostile process names and command lines', () => {
  it('ss: a name holding a newline splits the row; the owner is still read, shown escaped', () => {
    const text = [
      `LISTEN 0 511 0.0.0.0:8001 0.0.0.0:* users:(("${EVIL_COMM}",pid=8126,fd=19))`,
      'LISTEN 0 5 127.0.0.1:8002 0.0.0.0:* users:(("node",pid=7,fd=3))',
      `LISTEN 0 5 0.0.0.0:8003 0.0.0.0:* users:(("a))\nb",pid=9,fd=3),("x",pid=10,fd=4))`,
    ].join('\n');
    expect(parseSs(text)).toEqual([
      { port: 8001, address: '0.0.0.0', pid: 8126, name: '\\n::error::pwned' },
      { port: 8002, address: '127.0.0.1', pid: 7, name: 'node' },
      { port: 8003, address: '0.0.0.0', pid: 9, name: 'a))\\nb' },
      { port: 8003, address: '0.0.0.0', pid: 10, name: 'x' },
    ]);
  });

  it('ss: a name imitating `",pid=N,fd=N)` does not make PID N the holder', async () => {
    // The 15 bytes of a name fit `",pid=123,fd=1)`: ss then prints PID 123 first.
    const forged = '",pid=123,fd=1)';
    const ss = fakeTool(
      'ss-forged',
      `LISTEN 0 511 0.0.0.0:8001 0.0.0.0:* users:(("${forged}",pid=8126,fd=19))`,
    );
    const proc = join(scratch, 'proc-forged');
    for (const [pid, comm] of [
      ['123', 'systemd-journal'],
      ['8126', forged],
    ] as const) {
      mkdirSync(join(proc, pid), { recursive: true });
      writeFileSync(join(proc, pid, 'comm'), `${comm}\n`);
    }
    expect(parseSs(readFileSync(ss, 'utf8').split('\n')[3] ?? '')[0]?.pid).toBe(123);
    expect(await linuxListeners(8001, { ss: [ss], proc })).toEqual({
      listeners: [{ port: 8001, address: '0.0.0.0' }],
      tool: 'ss',
    });
  });

  it('Linux: /proc comm and cmdline are read escaped, newlines and escape sequences shown', async () => {
    const ss = fakeTool(
      'ss-evil',
      `LISTEN 0 511 0.0.0.0:8001 0.0.0.0:* users:(("${EVIL_COMM}",pid=8126,fd=19))`,
    );
    const proc = join(scratch, 'proc-evil');
    mkdirSync(join(proc, '8126'), { recursive: true });
    writeFileSync(join(proc, '8126', 'comm'), `${EVIL_COMM}\n`);
    writeFileSync(join(proc, '8126', 'cmdline'), `${EVIL_ARGV.join('\0')}\0`);
    const { listeners } = await linuxListeners(8001, { ss: [ss], proc });
    expect(listeners).toEqual([
      {
        port: 8001,
        address: '0.0.0.0',
        pid: 8126,
        // The kernel's name is no prefix of the program it runs, so the program names it.
        name: '\\x1b[31mred\\n::error::x',
        command: '/tmp/\\x1b[31mred\\n::error::x \\n::warning::argv\\r\\x1b]0;title\\x07',
      },
    ]);
    const shown = describeListener(listeners[0] as (typeof listeners)[0]);
    expect(shown).toHaveLength(80);
    expect(shown).toMatch(
      /^PID 8126 \(\\x1b\[31mred\\n::error::x: \/t….* \\n::warning::argv\\r\\x1b\]0;title\\x07\)$/,
    );
  });

  it('the other parsers escape names and command lines too', () => {
    // lsof escapes a name itself (`\x1b`); read back, it is escaped again.
    const lsof = 'a\\x1bb\\x0ac  77 me 3u IPv4 0x1 0t0 TCP *:8001 (LISTEN)';
    expect(parseLsof(lsof)).toEqual([{ port: 8001, address: '*', pid: 77, name: 'a\\x1bb\\nc' }]);
    expect(parsePsCommands('  77 node \x1b[2J\u202egnp.exe\x9b')).toEqual(
      new Map([[77, 'node \\x1b[2J\\u202egnp.exe\\x9b']]),
    );
    expect(parseTasklistCsv('"\x1b]0;x\x07.exe","77","Console","1","1 K"')).toEqual(
      new Map([[77, '\\x1b]0;x\\x07.exe']]),
    );
    expect(parseNetstatLinux('tcp 0 0 0.0.0.0:8001 0.0.0.0:* LISTEN 77/\x1b[31mx')).toEqual([
      { port: 8001, address: '0.0.0.0', pid: 77, name: '\\x1b[31mx' },
    ]);
  });

  it('describeListener escapes what a listener built elsewhere carries', () => {
    const shown = describeListener({
      port: 1,
      address: '*',
      pid: 5,
      name: '\x1b[2Jx',
      command: `${EVIL_ARGV[0]} \u2066ok\u2069`,
    });
    expect(shown).toBe('PID 5 (\\x1b[2Jx: /tmp/\\x1b[31mred ::error::x \\u2066ok\\u2069)');
  });
});

describe('processName: true on every Node', () => {
  it.each<[string, string | undefined, string[], string | undefined]>([
    [
      'Node 24 names its main thread MainThread',
      'MainThread',
      ['/opt/node/bin/node', '-e', '0'],
      'node',
    ],
    ['Node 20 keeps node', 'node', ['node', 'server.js'], 'node'],
    [
      'the kernel keeps 15 bytes',
      'python3.11-confi',
      ['/usr/bin/python3.11-config'],
      'python3.11-confi',
    ],
    [
      'a venv python run as python3',
      'python3',
      ['/p/.venv/bin/python3', '-m', 'uvicorn'],
      'python3',
    ],
    [
      'a #! script keeps its own name',
      'uvicorn',
      ['/p/.venv/bin/python3', '/p/.venv/bin/uvicorn'],
      'uvicorn',
    ],
    ['a Windows path', 'MainThread', ['C:\\nodejs\\node.exe', 'x.js'], 'node.exe'],
    ['no command line to tell by', 'MainThread', [], 'MainThread'],
    ['no kernel name', undefined, ['/usr/bin/python3'], 'python3'],
  ])('%s', (_case, kernel, argv, expected) => {
    expect(processName(kernel, argv)).toBe(expected);
  });
});
