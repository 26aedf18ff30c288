import { venvProblem } from '../../core/python/venv.js';
import { defineCheck, type Outcome } from '../checks.js';
import { BACKEND_PACKAGES, type VenvFacts, venvCommands, venvFacts } from '../venv-remedies.js';

export interface VenvUvicornFacts extends VenvFacts {
  /** Installed versions; undefined when the venv cannot run (core's venvProblem), so unasked. */
  versions?: Record<string, string | undefined>;
}

/** Pure: whether the backend's packages are installed. */
function diagnose(facts: VenvUvicornFacts): Outcome {
  const { venv, show, versions } = facts;
  if (!versions) {
    return { status: 'skip', message: 'the virtualenv cannot run (see the checks above)' };
  }
  const missing = BACKEND_PACKAGES.filter((name) => !versions[name]);
  const found = BACKEND_PACKAGES.filter((name) => versions[name]).map(
    (name) => `${name} ${versions[name]}`,
  );
  if (missing.length > 0) {
    return {
      status: 'error',
      message: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${show(venv.path)}`,
      details: found.length > 0 ? [`installed: ${found.join(', ')}`] : [],
      remedy: [venvCommands(facts, missing).install],
      data: { versions },
    };
  }
  return { status: 'pass', message: found.join(', '), data: { versions } };
}

export const venvUvicorn = defineCheck({
  id: 'venv.uvicorn',
  area: 'venv',
  title: 'uvicorn and fastapi are installed in the virtualenv',
  async gather(ctx): Promise<VenvUvicornFacts> {
    const facts = await venvFacts(ctx);
    // Python is asked only of a venv that can run.
    if (venvProblem(facts.venv, facts.platform)) return facts;
    return { ...facts, versions: await ctx.packages(BACKEND_PACKAGES) };
  },
  diagnose,
});
