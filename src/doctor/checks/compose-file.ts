import { activeServices, backendService, frontendService } from '../../core/compose/model.js';
import { defineCheck, type Outcome } from '../checks.js';
import {
  at,
  type ComposeCheckFacts,
  composeCheckFacts,
  located,
  withoutSecrets,
} from '../facts/compose.js';

export interface ComposeFileFacts extends ComposeCheckFacts {
  root: string;
}

const INSTALL = 'install Docker Compose (docker compose v2) so that the doctor asks Compose itself';

/** Pure: whether Compose reads the project, who resolved it, and which services it finds. */
function diagnose({ compose, show }: ComposeFileFacts): Outcome {
  const { project } = compose;
  if (!project) return { status: 'skip', message: 'no compose file in the project' };
  const files = project.files.map(show).join(' + ');
  const resolver = { resolver: project.resolver, files: project.files };
  const instead =
    project.resolver === 'built-in'
      ? 'read by the built-in reader'
      : `${project.resolver} answered`;
  const notes = project.notes.map((n) => `${n}: ${instead} instead`);
  const { refused } = project;
  if (refused) {
    // `${VAR?err}` or a bad file stops `docker compose up` before anything runs.
    const variable = refused.at && /\$\{(\w+):?\?/.exec(refused.at.raw);
    const outcome: Outcome = {
      status: 'error',
      message: `${refused.at ? `${at(show, refused.at, '')}: ` : ''}${project.resolver === 'built-in' ? '' : `${project.resolver} refuses it: `}${refused.message}`,
      details: notes,
      remedy:
        variable && refused.at
          ? [
              `set ${variable[1]} in the shell or in ${show(project.envFile)}, or give it a default: ${refused.at.raw.replace(/:?\?[^}]*\}/, ':-VALUE}')}`,
            ]
          : [
              `correct ${refused.at ? at(show, refused.at, '') : files} until \`docker compose config\` reads it`,
            ],
      locations: [
        refused.at
          ? { ...located(refused.at, ''), message: refused.message }
          : { file: project.files[0] as string },
      ],
      data: resolver,
    };
    return withoutSecrets(outcome, project.secrets);
  }
  if (project.unresolved.length > 0) {
    return withoutSecrets(
      {
        status: 'warn',
        message: `${files}: the built-in reader could not resolve ${project.unresolved.join(', ')}, so the compose checks give no verdict`,
        details: notes,
        remedy: [INSTALL],
        data: { ...resolver, unresolved: project.unresolved },
      },
      project.secrets,
    );
  }
  const services = activeServices(project);
  const backend = backendService(services);
  const frontend = frontendService(services);
  return withoutSecrets(
    {
      status: 'pass',
      message: `${files} (read by ${project.resolver}): backend ${backend?.name ?? 'none'}, frontend ${frontend?.name ?? 'none'}`,
      details: [
        ...notes,
        ...(project.profiles.length > 0 ? [`profiles: ${project.profiles.join(', ')}`] : []),
      ],
      data: {
        ...resolver,
        profiles: project.profiles,
        backend: backend?.name ?? null,
        frontend: frontend?.name ?? null,
      },
    },
    project.secrets,
  );
}

export const composeFile = defineCheck({
  id: 'compose.file',
  area: 'compose',
  title: 'Compose reads the project',
  async gather(ctx): Promise<ComposeFileFacts> {
    return { ...(await composeCheckFacts(ctx)), root: ctx.config.root };
  },
  diagnose,
});
