import { venvProblem } from '../../core/venv.js';
import type { Check } from '../checks.js';
import { BACKEND_PACKAGES, venvCommands } from '../venv-remedies.js';

export const venvUvicorn: Check = {
  id: 'venv.uvicorn',
  area: 'venv',
  title: 'uvicorn and fastapi are installed in the virtualenv',
  async run(ctx) {
    const venv = await ctx.venv();
    if (venvProblem(venv, ctx.config.platform)) {
      return { status: 'skip', message: 'the virtualenv cannot run (see the checks above)' };
    }
    const versions = await ctx.packages(BACKEND_PACKAGES);
    const missing = BACKEND_PACKAGES.filter((name) => !versions[name]);
    const found = BACKEND_PACKAGES.filter((name) => versions[name]).map(
      (name) => `${name} ${versions[name]}`,
    );
    if (missing.length > 0) {
      return {
        status: 'error',
        message: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${ctx.show(venv.path)}`,
        details: found.length > 0 ? [`installed: ${found.join(', ')}`] : [],
        remedy: [venvCommands(ctx, venv, missing).install],
        data: { versions },
      };
    }
    return { status: 'pass', message: found.join(', '), data: { versions } };
  },
};
