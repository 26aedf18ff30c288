// Prints the CHANGELOG.md section of one version (its body, without the heading): the notes of
// that version's GitHub release. Exits 1 when the changelog has no such section, or an empty
// one, so that a tag pushed before its changelog fails the release.
//
//   node .github/scripts/release-notes.mjs 1.2.3 [CHANGELOG.md]
import { readFileSync } from 'node:fs';

const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
if (!version) {
  console.error('usage: release-notes.mjs VERSION [CHANGELOG]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split(/\r?\n/);
// `## [1.2.3] - 2026-01-31`, `## [1.2.3]` or `## 1.2.3`.
const heading = new RegExp(`^## \\[?${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]?(\\s|$)`);
const start = lines.findIndex((line) => heading.test(line));
if (start === -1) {
  console.error(`${file}: no section for ${version} (a heading "## [${version}] - DATE")`);
  process.exit(1);
}
let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
if (end === -1) end = lines.length;
// The link definitions at the end of the file belong to no section.
const body = lines
  .slice(start + 1, end)
  .filter((line) => !/^\[[^\]]+\]: /.test(line))
  .join('\n')
  .trim();
if (!body) {
  console.error(`${file}: the section for ${version} is empty`);
  process.exit(1);
}
console.log(body);
