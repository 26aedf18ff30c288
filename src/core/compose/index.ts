// Docker Compose, as Compose resolves a project: asked of Compose itself, else read by udo-port.
export { publishedPart, readComposeProject } from './builtin.js';
export { COMPOSE_FILES, composeFiles, dotenvValues } from './files.js';
export { interpolate, referencedNames, soleVariable } from './interpolate.js';
export * from './model.js';
export * from './ports.js';
export {
  COMPOSE_TIMEOUT_MS,
  COMPOSE_TOOLS,
  type ComposeTool,
  cleanMessage,
  resolveCompose,
  servicesOfConfig,
} from './run.js';
export { redact, secretValues, shownKey } from './secrets.js';
