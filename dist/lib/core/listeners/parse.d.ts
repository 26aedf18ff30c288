export { dedupeListeners, type ExcludedPortRange, type ProcSocket, sortListeners, splitHostPort, } from './parse-common.js';
export * from './parse-darwin.js';
export * from './parse-linux.js';
export * from './parse-windows.js';
