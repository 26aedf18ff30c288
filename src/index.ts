// The public API: `import { allocate, release } from 'udo-port'` in Node scripts and test setups.

export { readEnvFile, setEnvValue, writeEnvValue } from './core/env/file.js';
export { NoPortError, UsageError } from './core/errors.js';
export {
  type CiJob,
  type Claim,
  type Lease,
  type LeaseRecord,
  LeaseRegistry,
  openLeaseRegistry,
} from './core/leases/registry.js';
export { allListeners, listenersOn } from './core/listeners/index.js';
export {
  type AllocateRequest,
  type Allocation,
  allocate,
  describeRefusal,
  release,
} from './core/ports/allocate.js';
export {
  candidatePorts,
  resolveSettings,
  type Settings,
  type SettingsInput,
} from './core/ports/settings.js';
export type { Listener, PortRange, PortSource, Refusal } from './core/types.js';
