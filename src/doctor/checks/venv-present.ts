import { foreignLayout } from '../../core/python/venv.js';
import { defineCheck, type Outcome } from '../checks.js';
import { interpreterName, type VenvFacts, venvCommands, venvFacts } from '../venv-remedies.js';

/** Pure: whether the venv is there, whole, and made for this OS. */
function diagnose(facts: VenvFacts): Outcome {
  const { venv, platform, show } = facts;
  const name = show(venv.path);
  const cmd = venvCommands(facts);
  if (!venv.exists) {
    return {
      status: 'error',
      message: `no virtualenv at ${name}`,
      details: ['the backend runs as `python -m uvicorn` from this virtualenv'],
      remedy: [cmd.create, cmd.install],
    };
  }
  if (foreignLayout(venv, platform)) {
    return { status: 'skip', message: `${name} was made on another OS (see venv.platform)` };
  }
  if (venv.configProblem) {
    return {
      status: 'error',
      message: `${show(venv.configFile)} ${venv.configProblem}`,
      details: ['Python reads pyvenv.cfg when it starts: it must be a small regular file'],
      remedy: [cmd.recreate, cmd.install],
    };
  }
  if (!venv.config) {
    return {
      status: 'error',
      message: `${name} has no pyvenv.cfg: Python does not treat it as a virtualenv`,
      remedy: [cmd.recreate, cmd.install],
    };
  }
  if (!venv.usable && !venv.dangling) {
    return {
      status: 'error',
      message: `${name} has no ${interpreterName(platform)}`,
      remedy: [cmd.recreate, cmd.install],
    };
  }
  return {
    status: 'pass',
    message: `${name} has ${interpreterName(platform)} and pyvenv.cfg`,
    data: { path: venv.path, interpreter: venv.interpreter },
  };
}

export const venvPresent = defineCheck({
  id: 'venv.present',
  area: 'venv',
  title: 'the virtualenv exists with its interpreter and pyvenv.cfg',
  gather: venvFacts,
  diagnose,
});
