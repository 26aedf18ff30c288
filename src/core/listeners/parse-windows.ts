// Windows's listener tables: netstat -ano, PowerShell CSV, tasklist, excluded port ranges. Pure.
import { printable } from '../text.js';
import type { Listener } from '../types.js';
import {
  dedupeListeners,
  type ExcludedPortRange,
  lines,
  listener,
  SKIPPED_WINDOWS_PIDS,
  splitHostPort,
  toPid,
  toPort,
} from './parse-common.js';

// ---------------------------------------------------------------- Windows

/**
 * Parses Windows `netstat -ano`. State words are localized (LISTENING, ABHÖREN, ...), so a
 * listener is a TCP row whose foreign port is 0; the port is matched in the local-address
 * column only, the PID comes from the last column, and PIDs 0 and 4 are skipped.
 */
export function parseNetstatWindows(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const t = line.trim().split(/\s+/);
    if (t[0]?.toUpperCase() !== 'TCP' || t.length < 4) continue;
    if (splitHostPort(t[2] ?? '').port !== '0') continue;
    const { host, port: portText } = splitHostPort(t[1] ?? '');
    const port = toPort(portText);
    const pidText = t.at(-1);
    if (port === undefined || !host || !/^\d+$/.test(pidText ?? '')) continue;
    const pid = Number(pidText);
    if (SKIPPED_WINDOWS_PIDS.has(pid)) continue;
    out.push(listener(port, host, pid));
  }
  return dedupeListeners(out);
}

/** Splits one CSV line: quoted fields may hold commas, and `""` is a quote. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * Parses `Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,
 * OwningProcess | ConvertTo-Csv`: columns address, port, pid in that order.
 */
export function parseGetNetTcpConnectionCsv(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [address, portText, pidText] = parseCsvLine(line.trim());
    const port = toPort(portText);
    if (port === undefined || !address || !/^\d+$/.test(pidText ?? '')) continue;
    const pid = Number(pidText);
    if (SKIPPED_WINDOWS_PIDS.has(pid)) continue;
    out.push(listener(port, address, pid));
  }
  return dedupeListeners(out);
}

/** Splits CSV text into records at line breaks outside quotes (a quoted field may span lines). */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      records.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  records.push(text.slice(start));
  return records;
}

/**
 * Parses `Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine | ConvertTo-Csv
 * -NoTypeInformation`: pid to command line. A quoted command line may span lines; an empty one
 * (a process whose command line this user may not read) is left out, as are the header and a BOM.
 */
export function parseWin32ProcessCsv(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const record of csvRecords(text.replace(/^\uFEFF/, ''))) {
    const [pidText, command] = parseCsvLine(record.trim());
    const pid = toPid(pidText);
    if (pid !== undefined && command?.trim()) out.set(pid, printable(command.trim()));
  }
  return out;
}

/** Parses `tasklist /FO CSV [/NH]`: pid to image name (first two columns). */
export function parseTasklistCsv(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of lines(text)) {
    const [name, pidText] = parseCsvLine(line.trim());
    const pid = toPid(pidText);
    if (pid !== undefined && name) out.set(pid, printable(name));
  }
  return out;
}

/** Parses `netsh interface ipv4 show excludedportrange protocol=tcp`. */
export function parseExcludedPortRanges(text: string): ExcludedPortRange[] {
  const out: ExcludedPortRange[] = [];
  for (const line of lines(text)) {
    const m = /^\s*(\d+)\s+(\d+)\s*(\*)?\s*$/.exec(line);
    const from = toPort(m?.[1]);
    const to = toPort(m?.[2]);
    if (from === undefined || to === undefined || from > to) continue;
    out.push({ from, to, administered: m?.[3] === '*' });
  }
  return out;
}
