// udo-doctor's whole run on the example project, for `node bench/run.mjs process`. The project
// is copied into the bench's work folder with a healthy venv made once, when the case is made, so
// that the doctor runs every check and exits 0.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PORT = 28300;

export default ({ node, bundle, work }) => {
  const project = join(work, 'udo-platform');
  cpSync(join(root, 'examples', 'udo-platform'), project, { recursive: true });
  copyFileSync(join(project, 'backend', '.env.example'), join(project, 'backend', '.env'));
  const local = join(project, 'web-dashboard', '.env.local');
  writeFileSync(local, `NEXT_PUBLIC_API_URL=http://localhost:${PORT}\n`);
  // Debian's uvicorn and fastapi, seen through the system site-packages; pip is not needed.
  execFileSync('/usr/bin/python3', [
    '-m',
    'venv',
    '--system-site-packages',
    '--without-pip',
    join(project, '.venv'),
  ]);
  return {
    'udo-doctor (example project)': node([
      bundle('udo-doctor'),
      '--cwd',
      project,
      '--range',
      `${PORT}-${PORT + 9}`,
      '--port',
      String(PORT),
    ]),
  };
};
