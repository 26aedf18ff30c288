// Env files: the facade over the pure text functions (env-text.ts), the bytes kept as text
// (env-encoding.ts), the safe reading (env-read.ts) and the atomic writing (env-write.ts); what
// the rest of udo-port imports.

export { linkRefusal } from './destination.js';
export { describeUtf16, type Utf16 } from './encoding.js';
export {
  codeOf,
  type EnvFileContents,
  envFileContents,
  readEnvFile,
  type Utf16File,
} from './read.js';
export { type EnvAssignment, envKeyLines, parseEnv, scanEnv, setEnvValue } from './text.js';
export {
  copyNewFile,
  rewriteFile,
  saveAsUtf8,
  writeEnvValue,
  writeFileAtomic,
} from './write.js';
