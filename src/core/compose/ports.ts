// Compose's `ports:` entries, short (`127.0.0.1:8001-8002:8000-8001/tcp`) and long (`target:`,
// `published:`, `host_ip:`, `protocol:`), as the bindings Docker makes of them. Pure.

/** One published container port, ranges expanded, as Docker binds it. */
export interface Binding {
  /** '' when none is written: every address, IPv4 and IPv6. */
  hostIp: string;
  /** Undefined when Compose lets Docker pick a free port. */
  published?: number;
  /** A host range with a single container port: Docker takes one of published..publishedEnd. */
  publishedEnd?: number;
  target: number;
  protocol: string;
}

const range = (text: string): [number, number] | undefined => {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from > 0 && to >= from && to <= 65535 ? [from, to] : undefined;
};

/** The bindings of a host range and a container range, as Compose pairs them; [] when invalid. */
function expand(
  hostIp: string,
  host: string | undefined,
  target: string,
  protocol: string,
): Binding[] {
  const t = range(target);
  if (!t) return [];
  const base = { hostIp: unbracket(hostIp), protocol: protocol.toLowerCase() || 'tcp' };
  const targets = Array.from({ length: t[1] - t[0] + 1 }, (_, i) => t[0] + i);
  if (host === undefined || host === '') return targets.map((target) => ({ ...base, target }));
  const h = range(host);
  if (!h) return [];
  if (h[0] !== h[1] && t[0] === t[1]) {
    return [{ ...base, published: h[0], publishedEnd: h[1], target: t[0] }];
  }
  if (h[1] - h[0] !== t[1] - t[0]) return [];
  return targets.map((target, i) => ({ ...base, published: h[0] + i, target }));
}

const unbracket = (ip: string) => ip.replace(/^\[(.*)\]$/, '$1');

/** A short-syntax entry (`8001:8000`, `[::1]:8001:8000/tcp`, `8000-8001`); [] when invalid. */
export function parseShortPort(entry: string): Binding[] {
  const slash = entry.lastIndexOf('/');
  const protocol = slash >= 0 ? entry.slice(slash + 1) : 'tcp';
  const rest = slash >= 0 ? entry.slice(0, slash) : entry;
  const bracket = /^(\[[^\]]*\]):(.*)$/.exec(rest);
  if (bracket) {
    const parts = (bracket[2] as string).split(':');
    if (parts.length !== 2) return [];
    return expand(bracket[1] as string, parts[0], parts[1] as string, protocol);
  }
  const parts = rest.split(':');
  const target = parts.pop() as string;
  const host = parts.pop();
  return expand(parts.join(':'), host, target, protocol);
}

/** A long-syntax entry: `{ target, published, host_ip, protocol }`; [] when invalid. */
export function parseLongPort(entry: Record<string, unknown>): Binding[] {
  const text = (value: unknown) =>
    value === undefined || value === null ? undefined : String(value);
  const target = text(entry.target);
  if (target === undefined) return [];
  return expand(
    text(entry.host_ip) ?? '',
    text(entry.published),
    target,
    text(entry.protocol) ?? 'tcp',
  );
}

/** Any entry as Compose's files or `config` output write it. */
export function parsePort(entry: unknown): Binding[] {
  if (typeof entry === 'number') return parseShortPort(String(entry));
  if (typeof entry === 'string') return parseShortPort(entry);
  if (entry && typeof entry === 'object') return parseLongPort(entry as Record<string, unknown>);
  return [];
}

const family = (ip: string) => (ip.includes(':') ? 6 : 4);
const anyOf = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';

/**
 * Whether two host addresses take the same socket: no address is every address of both
 * families; `0.0.0.0` every IPv4 one and `::` every IPv6 one; else the same address.
 */
export function addressesOverlap(a: string, b: string): boolean {
  if (a === '' || b === '') return true;
  if (family(a) !== family(b)) return false;
  return anyOf(a) || anyOf(b) || a === b;
}

/** The host ports a binding may take. */
export const hostPorts = (b: Binding): [number, number] | undefined =>
  b.published === undefined ? undefined : [b.published, b.publishedEnd ?? b.published];

/** Whether two bindings cannot both be made: same protocol, overlapping addresses and ports. */
export function bindingsClash(a: Binding, b: Binding): boolean {
  const pa = hostPorts(a);
  const pb = hostPorts(b);
  if (!pa || !pb || a.protocol !== b.protocol) return false;
  // A host range gives Docker a choice: only a range wholly taken is sure to fail; one port is.
  const sure = (p: [number, number]) => p[0] === p[1];
  if (!sure(pa) || !sure(pb)) return false;
  return pa[0] === pb[0] && addressesOverlap(a.hostIp, b.hostIp);
}

/** `127.0.0.1:8001->8000/tcp`, for messages. */
export function showBinding(b: Binding): string {
  const ip = b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp;
  const host =
    b.published === undefined ? '' : `${b.published}${b.publishedEnd ? `-${b.publishedEnd}` : ''}`;
  return `${ip ? `${ip}:` : ''}${host}->${b.target}/${b.protocol}`;
}
