// Env files: the facade over the pure text functions (env-text.ts), the safe reading
// (env-read.ts) and the atomic writing (env-write.ts); what the rest of udo-port imports.

export { linkRefusal } from './env-destination.js';
export { codeOf, type EnvFileContents, envFileContents, readEnvFile } from './env-read.js';
export { type EnvAssignment, envKeyLines, parseEnv, scanEnv, setEnvValue } from './env-text.js';
export { rewriteFile, writeEnvValue, writeFileAtomic } from './env-write.js';
