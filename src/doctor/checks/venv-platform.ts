import { foreignLayout } from '../../core/python/venv.js';
import { defineCheck, type Outcome } from '../checks.js';
import { type VenvFacts, venvCommands, venvFacts } from '../venv-remedies.js';

/** Pure: whether this OS can use the venv's layout (bin/ or Scripts\). */
function diagnose(facts: VenvFacts): Outcome {
  const { venv, platform, show } = facts;
  const name = show(venv.path);
  if (!venv.exists) return { status: 'skip', message: `no virtualenv (see venv.present)` };
  const foreign = foreignLayout(venv, platform);
  if (foreign) {
    const cmd = venvCommands(facts);
    return {
      status: 'error',
      message:
        foreign === 'windows'
          ? `${name} was made on Windows: it has only Scripts\\, and this OS needs bin/`
          : `${name} was made on Linux or macOS: it has only bin/, and Windows needs Scripts\\`,
      details: ['a virtualenv cannot move between operating systems; make it anew here'],
      remedy: [cmd.recreate, cmd.install],
      data: { layout: venv.layout },
    };
  }
  if (venv.layout === 'none') {
    return { status: 'skip', message: `${name} has neither bin/ nor Scripts\\` };
  }
  return {
    status: 'pass',
    message: `${name} has the ${platform === 'win32' ? 'Windows (Scripts\\)' : 'POSIX (bin/)'} layout`,
    data: { layout: venv.layout },
  };
}

export const venvPlatform = defineCheck({
  id: 'venv.platform',
  area: 'venv',
  title: 'the virtualenv was made on this OS',
  gather: venvFacts,
  diagnose,
});
