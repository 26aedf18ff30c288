export { linkRefusal } from './destination.js';
export { describeUtf16, type Utf16 } from './encoding.js';
export { codeOf, type EnvFileContents, envFileContents, readEnvFile, type Utf16File, } from './read.js';
export { type EnvAssignment, envKeyLines, parseEnv, scanEnv, setEnvValue } from './text.js';
export { copyNewFile, rewriteFile, saveAsUtf8, writeEnvValue, writeFileAtomic, } from './write.js';
