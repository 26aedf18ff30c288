// Fails when dist/ is not exactly what `npm run bundle` builds from src/: the action runs dist/.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function files(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return found.sort();
}

const fresh = await mkdtemp(join(tmpdir(), 'udo-port-dist-'));
try {
  await run(process.execPath, ['scripts/bundle.mjs', fresh]);
  const [want, have] = await Promise.all([files(fresh), files('dist').catch(() => [])]);
  const differing = [...new Set([...want, ...have])].filter(
    (f) => !want.includes(f) || !have.includes(f),
  );
  for (const f of want.filter((f) => have.includes(f))) {
    const [a, b] = await Promise.all([readFile(join(fresh, f)), readFile(join('dist', f))]);
    if (!a.equals(b)) differing.push(f);
  }
  if (differing.length > 0) {
    console.error(
      `dist/ is out of step with src/ (run \`npm run bundle\` and commit): ${differing.join(', ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches src/ (${want.length} files)`);
} finally {
  await rm(fresh, { recursive: true, force: true });
}
