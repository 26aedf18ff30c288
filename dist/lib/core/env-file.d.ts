export { linkRefusal } from './env-destination.js';
export { describeUtf16, type Utf16 } from './env-encoding.js';
export { codeOf, type EnvFileContents, envFileContents, readEnvFile, type Utf16File, } from './env-read.js';
export { type EnvAssignment, envKeyLines, parseEnv, scanEnv, setEnvValue } from './env-text.js';
export { copyNewFile, rewriteFile, saveAsUtf8, writeEnvValue, writeFileAtomic, } from './env-write.js';
