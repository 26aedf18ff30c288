// Listening addresses compared as the OS compares binds: shared by the port checks and the
// context's view of the backend.
import { isIP } from 'node:net';

/** An address as the OS tools print it, made comparable: `*` is both wildcards, no zone id. */
function plain(address: string): string {
  const bare = address.replace(/%.*$/, '');
  if (bare === '*') return '::';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped ? (mapped[1] as string) : bare;
}

/**
 * Whether a listener on `address` stops a bind of `host` to the same port (Linux, macOS and
 * Windows alike: a wildcard collides with every address of its family, and `::` is dual-stack
 * by default). A host name is assumed to collide.
 */
export function conflicts(host: string, address: string): boolean {
  const a = plain(address);
  const h = plain(host);
  if (!isIP(h) || !isIP(a) || h === a) return true;
  if (h === '::' || a === '::') return true;
  if (isIP(h) !== isIP(a)) return false;
  return h === '0.0.0.0' || a === '0.0.0.0';
}

export const isLoopback6 = (address: string) => plain(address) === '::1';
