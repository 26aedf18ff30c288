// `npm run demo`: udo-port's main job on the example project, as a user would run it.
// Works on a copy so the repository's example stays as committed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'udo-port', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'udo-port-demo-'));
const project = join(work, 'udo-platform');
cpSync(join(root, 'examples', 'udo-platform'), project, { recursive: true });

const udoPort = (...args) => {
  console.log(`\n$ udo-port ${args.join(' ')}`);
  const output = execFileSync(process.execPath, [cli, ...args], { cwd: project, encoding: 'utf8' });
  process.stdout.write(output);
  return output;
};

try {
  console.log(`example project: ${project}`);
  const port = udoPort('find').trim();
  // The first port is leased for two minutes, so a second find gets another one.
  const second = JSON.parse(udoPort('find', '--json', '--write-env-local')).port;
  console.log(`\n$ cat web-dashboard/.env.local`);
  process.stdout.write(readFileSync(join(project, 'web-dashboard', '.env.local'), 'utf8'));
  udoPort('list');
  udoPort('release', port, String(second));
} finally {
  rmSync(work, { recursive: true, force: true });
}
