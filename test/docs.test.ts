// The docs against what they describe: every relative link and #anchor in README.md and docs/*.md
// resolves, and the tables of options, commands and checks in docs/cli.md and docs/doctor.md are
// the ones the code's help is made from (src/cli/help.ts, src/cli/doctor-help.ts, the checks'
// own id and title), as test/action.test.ts holds the action's inputs to action.yml. Each
// command's parser is held to the same table, so `--help` and "did you mean" offer one list.
// No ports, no leases: pure, apart from udo-doctor's help run in this process.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startOptions } from '../src/cli/backend-setup.js';
import { devOptions } from '../src/cli/dev.js';
import { doctorOptionTable } from '../src/cli/doctor-help.js';
import { findOptions } from '../src/cli/find.js';
import {
  COMMAND_NAMES,
  COMMANDS,
  type Command,
  OPTIONS,
  optionsOf,
  PROJECT,
} from '../src/cli/help.js';
import { initOptions } from '../src/cli/init.js';
import { listOptions, releaseOptions } from '../src/cli/leases.js';
import { VALUES } from '../src/cli/suggest.js';
import { main as doctorMain, doctorOptions } from '../src/cli/udo-doctor.js';
import { main as portMain } from '../src/cli/udo-port.js';
import { urlOptions } from '../src/cli/url.js';
import { CHECKS } from '../src/doctor/doctor.js';
import { ROOT } from './helpers.js';
import { inProcess } from './in-process.js';

const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');

/** The text outside fenced code blocks, line by line (a `#` in a YAML comment is no heading). */
function prose(text: string): string[] {
  let fence: string | undefined;
  return text.split('\n').filter((line) => {
    const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (mark && (fence === undefined || mark.startsWith(fence))) {
      fence = fence === undefined ? mark : undefined;
      return false;
    }
    return fence === undefined;
  });
}

/**
 * GitHub's heading anchors, as github-slugger makes them: the heading's text (inline code's
 * content kept, a link's text kept, emphasis marks gone), lower-cased, every character that is
 * not a letter, digit, mark, connector, space or hyphen removed, each space a hyphen, and a
 * repeated anchor numbered -1, -2, .... Written here: three lines, and the package is not a
 * dependency of the project.
 */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of prose(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const plain = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+(?=\S|$)/g, (m) => (m.includes('_') ? m.replace(/[*`]/g, '') : ''));
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  }
  return out;
}

/** `[text](target)` links of the prose, inline code left out. */
function links(text: string): string[] {
  return prose(text).flatMap((line) =>
    [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
      (m) => m[1] as string,
    ),
  );
}

/** What is wrong with each relative link of `page` (whose text is `text`): none when all resolve. */
function brokenLinks(page: string, text: string): string[] {
  return links(text).flatMap((target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return []; // https:, mailto: ...: not ours to check
    const [path = '', anchor] = target.split('#');
    const file = resolve(dirname(join(ROOT, page)), path || page.split('/').pop() || '');
    if (relative(ROOT, file).startsWith('..')) return [`${target}: outside the repository`];
    if (!existsSync(file)) return [`${target}: no such file`];
    if (anchor === undefined) return [];
    if (!statSync(file).isFile() || !file.endsWith('.md')) return [`${target}: anchor on no page`];
    const headings = path === '' ? text : readFileSync(file, 'utf8');
    return anchors(headings).has(anchor) ? [] : [`${target}: no such heading`];
  });
}

/** A markdown table's rows after the one whose first cell is `first`, cells trimmed. */
function table(text: string, header: string): string[][] {
  const lines = text.split('\n');
  // Biome pads a table's cells to one width: compare the header with its spaces collapsed.
  const start = lines.findIndex((line) => line.replace(/ +/g, ' ').trim() === header);
  expect(start, `the table "${header}"`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
  }
  return rows;
}

const oneLine = (text: string) => text.replace(/\n/g, ' ');
const code = (text: string) => `\`${text}\``;

/** The flags a parseArgs configuration accepts: `--name`, and `-s` for a short one. */
const flagsOf = (options: Record<string, { type: string; short?: string }>) =>
  Object.entries(options)
    .flatMap(([name, option]) => [`--${name}`, ...(option.short ? [`-${option.short}`] : [])])
    .sort();

/** The flags a table row names: `--yes, -y` is two, `--port N` one. */
const rowFlags = (flag: string) => flag.split(', ').map((part) => part.split(' ')[0] as string);

describe('links', () => {
  it('every relative link and #anchor in README.md and docs/*.md resolves', () => {
    expect(PAGES).toContain('docs/cli.md');
    const broken = PAGES.flatMap((page) =>
      brokenLinks(page, read(page)).map((what) => `${page}: ${what}`),
    );
    expect(broken).toEqual([]);
  });

  it('a broken link, a missing heading and a link out of the repository are caught', () => {
    const text = [
      '# A page',
      '## `udo-port dev`',
      '## Ctrl+C, quoting and paths',
      '## Ctrl+C, quoting and paths',
      '```yaml',
      '# not a heading',
      '```',
      '[ok](#udo-port-dev) [ok](#ctrlc-quoting-and-paths) [ok](#ctrlc-quoting-and-paths-1)',
      '[ok](docs/cli.md#leases) [ok](https://example.com/#x) `[code](nowhere.md)`',
      '[bad](#not-a-heading) [bad](docs/nowhere.md) [bad](docs/cli.md#nowhere) [bad](../x.md)',
    ].join('\n');
    expect(brokenLinks('README.md', text)).toEqual([
      '#not-a-heading: no such heading',
      'docs/nowhere.md: no such file',
      'docs/cli.md#nowhere: no such heading',
      '../x.md: outside the repository',
    ]);
  });

  it('the README is a front page: the Action near the top, about 200 lines, `npm test` stated', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThan(230);
    expect(readme.indexOf('uses: org/udo-port@v1')).toBeLessThan(readme.indexOf('## Try it'));
    expect(readme).toContain('The test command is `npm test`');
    expect(readme).toContain('`bash .ci/run`');
  });
});

describe('help written once', () => {
  const cli = read('docs/cli.md');
  const doctor = read('docs/doctor.md');

  it("docs/cli.md's commands table is help.ts's", () => {
    expect(table(cli, '| command | what it does |')).toEqual(
      COMMAND_NAMES.map((c) => [code(COMMANDS[c].usage.replace(/ {2,}/g, ' ')), COMMANDS[c].what]),
    );
  });

  it("docs/cli.md's options table is help.ts's", () => {
    expect(table(cli, '| option | commands | meaning |')).toEqual(
      OPTIONS.filter((o) => !o.hidden).map((o) => [
        code(o.flag),
        (o.only ?? PROJECT).join(', '),
        oneLine(o.text),
      ]),
    );
  });

  it('each command parses exactly the options its help names (so "did you mean" offers those)', () => {
    const parsers: Record<Command, Record<string, { type: string; short?: string }> | undefined> = {
      init: initOptions,
      dev: devOptions,
      start: startOptions,
      find: findOptions,
      list: listOptions,
      release: releaseOptions,
      // kill.ts parses its one option inline: the next test holds what it can of it.
      kill: undefined,
      url: urlOptions,
    };
    // Taken by every project command's parser and answered before it: -h/--help, -v/--version.
    // dev and start parse --json only to refuse it with a line of its own (backend-setup.ts).
    const answeredFirst = ['--help', '-h', '--version', '-v'];
    for (const command of COMMAND_NAMES) {
      const parser = parsers[command];
      if (!parser) continue;
      const extra = [...answeredFirst, ...(['dev', 'start'].includes(command) ? ['--json'] : [])];
      expect([command, flagsOf(parser).filter((flag) => !extra.includes(flag))], command).toEqual([
        command,
        optionsOf(command)
          .flatMap((o) => rowFlags(o.flag))
          .sort(),
      ]);
    }
  });

  it('kill takes every option its help names (its parser is inline in kill.ts)', async () => {
    for (const flag of optionsOf('kill').flatMap((o) => rowFlags(o.flag))) {
      const run = await inProcess(() => portMain(['kill', flag, 'not-a-port']));
      expect([flag, run.code, run.stderr]).toEqual([flag, 2, expect.stringMatching(/PORT/)]);
      expect(run.stderr).not.toMatch(/unknown option/);
    }
  });

  const areas = [...new Set(CHECKS.map((check) => check.area))];

  it("docs/doctor.md's options table is doctor-help.ts's, and the parser takes just those", () => {
    const rows = doctorOptionTable(areas);
    expect(table(doctor, '| option | meaning |')).toEqual(
      rows.filter((o) => !o.hidden).map((o) => [code(o.flag), oneLine(o.text)]),
    );
    const parsed = flagsOf(doctorOptions).filter(
      (flag) => !['--help', '-h', '--version', '-v'].includes(flag),
    );
    expect(parsed).toEqual(rows.flatMap((o) => rowFlags(o.flag)).sort());
  });

  it('every option that takes a value has its own words for a missing value, and no others do', () => {
    const rows = [...OPTIONS, ...doctorOptionTable(areas)];
    const valued = [
      ...new Set(
        rows
          .filter((o) => / /.test(o.flag.split(', ')[0] ?? ''))
          .map((o) => rowFlags(o.flag)[0] as string),
      ),
    ];
    expect(valued.filter((flag) => VALUES[flag] === undefined)).toEqual([]);
    expect(Object.keys(VALUES).filter((flag) => !valued.includes(flag))).toEqual([]);
  });

  it("docs/doctor.md's checks table is the checks' own id and title, in their order", () => {
    expect(
      table(doctor, '| check | title | what it looks at |').map((row) => row.slice(0, 2)),
    ).toEqual(CHECKS.map((check) => [code(check.id), check.title]));
  });

  it("udo-doctor's help names every area, compose included", async () => {
    expect(areas).toContain('compose');
    for (const args of [['--help'], ['help']]) {
      const run = await inProcess(() => doctorMain(args));
      expect(run.code).toBe(0);
      const only = /--only IDS\s+[\s\S]*?\n {2}--skip/.exec(run.stdout)?.[0] ?? '';
      for (const area of areas) expect(only, area).toMatch(new RegExp(`\\b${area}\\b`));
    }
  });
});
