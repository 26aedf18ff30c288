export { linkRefusal } from './env-destination.js';
export { codeOf, type EnvFileContents, envFileContents, readEnvFile } from './env-read.js';
export { type EnvAssignment, envKeyLines, parseEnv, scanEnv, setEnvValue } from './env-text.js';
export { rewriteFile, writeEnvValue, writeFileAtomic } from './env-write.js';
