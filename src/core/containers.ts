// A port published by a container is held by Docker's proxy process, not by the program in the
// container: ending the proxy breaks Docker and frees nothing for long, so every face names the
// container and the docker commands instead of a kill.
import type { Listener } from './types.js';

/**
 * The proxies Docker runs for published ports: `docker-proxy` (Linux), `com.docker.backend`
 * (Docker Desktop on macOS and Windows), `vpnkit` (older Desktop), `wslrelay` (WSL 2's relay).
 */
const PROXIES = ['docker-proxy', 'com.docker.backend', 'vpnkit', 'wslrelay'];

/** The proxy's name when `listener` is Docker's proxy, else undefined. Pure. */
export function containerProxy(listener: Listener | undefined): string | undefined {
  const words = [listener?.name, listener?.command?.split(/\s+/)[0]];
  for (const word of words) {
    if (!word) continue;
    const base = (word.split(/[\\/]/).pop() ?? word).replace(/\.exe$/i, '').toLowerCase();
    const proxy = PROXIES.find((name) => base === name || base.startsWith(`${name}-`));
    if (proxy) return proxy;
  }
  return undefined;
}

/** The commands that find and stop the container publishing `port`, one a line. */
export function containerRemedy(port: number): string[] {
  return [`docker ps --filter publish=${port}`, 'docker stop <name>'];
}

/** One line: a container publishes the port, and how to stop it. */
export function describeContainerHolder(port: number, proxy: string): string {
  return `published by a Docker container (${proxy} holds it); find it with: docker ps --filter publish=${port}, then docker stop <name> (or docker compose down in the project that owns it)`;
}
