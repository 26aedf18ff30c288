import { backendService, frontendService } from '../../core/compose.js';
import type { Check } from '../checks.js';
import { at, composeFacts } from '../facts/compose.js';

export const composeFile: Check = {
  id: 'compose.file',
  area: 'compose',
  title: 'the compose file reads as Compose reads it',
  async run(ctx) {
    const { file, problem } = composeFacts(ctx);
    if (problem) return { status: 'error', message: problem };
    if (!file) {
      return { status: 'skip', message: 'no compose.yaml or docker-compose.yml in the project' };
    }
    const [first] = file.problems;
    if (first) {
      // `${VAR?err}` stops `docker compose up` before anything runs.
      return {
        status: 'error',
        message: `${at(ctx, file, first.line)}: ${first.value}`,
        details: file.problems.slice(1).map((p) => `${at(ctx, file, p.line)}: ${p.value}`),
        remedy: first.raw
          ? [
              `set the variable in the shell or in ${ctx.show(`${ctx.config.root}/.env`)}, or give it a default: ${first.raw.replace(/:?\?[^}]*\}/, ':-VALUE}')}`,
            ]
          : [`correct the YAML at ${at(ctx, file, first.line)}`],
        locations: file.problems.map((p) => ({ file: file.path, line: p.line, message: p.value })),
      };
    }
    const backend = backendService(file);
    const frontend = frontendService(file);
    return {
      status: 'pass',
      message: `${ctx.show(file.path)}: backend ${backend?.name ?? 'none'}, frontend ${frontend?.name ?? 'none'}`,
      data: { file: file.path, backend: backend?.name ?? null, frontend: frontend?.name ?? null },
    };
  },
};
