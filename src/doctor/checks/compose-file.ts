import { backendService, frontendService } from '../../core/compose.js';
import { defineCheck, type Outcome } from '../checks.js';
import { at, type ComposeCheckFacts, composeCheckFacts } from '../facts/compose.js';

export interface ComposeFileFacts extends ComposeCheckFacts {
  root: string;
}

/** Pure: whether Compose would read the file, and which services it finds. */
function diagnose({ compose, show, root }: ComposeFileFacts): Outcome {
  const { file, problem } = compose;
  if (problem) return { status: 'error', message: problem };
  if (!file) {
    return { status: 'skip', message: 'no compose.yaml or docker-compose.yml in the project' };
  }
  const [first] = file.problems;
  if (first) {
    // `${VAR?err}` stops `docker compose up` before anything runs.
    return {
      status: 'error',
      message: `${at(show, file, first.line)}: ${first.value}`,
      details: file.problems.slice(1).map((p) => `${at(show, file, p.line)}: ${p.value}`),
      remedy: first.raw
        ? [
            `set the variable in the shell or in ${show(`${root}/.env`)}, or give it a default: ${first.raw.replace(/:?\?[^}]*\}/, ':-VALUE}')}`,
          ]
        : [`correct the YAML at ${at(show, file, first.line)}`],
      locations: file.problems.map((p) => ({ file: file.path, line: p.line, message: p.value })),
    };
  }
  const backend = backendService(file);
  const frontend = frontendService(file);
  return {
    status: 'pass',
    message: `${show(file.path)}: backend ${backend?.name ?? 'none'}, frontend ${frontend?.name ?? 'none'}`,
    data: { file: file.path, backend: backend?.name ?? null, frontend: frontend?.name ?? null },
  };
}

export const composeFile = defineCheck({
  id: 'compose.file',
  area: 'compose',
  title: 'the compose file reads as Compose reads it',
  async gather(ctx): Promise<ComposeFileFacts> {
    return { ...(await composeCheckFacts(ctx)), root: ctx.config.root };
  },
  diagnose,
});
