// The helpers that word a mistyped command line (src/cli/suggest.ts), for both CLIs' parser.
import { describe, expect, it } from 'vitest';
import { projectOptions } from '../src/cli/args.js';
import {
  distance,
  missingValueMessage,
  suggest,
  unknownOptionMessage,
} from '../src/cli/suggest.js';

const DOCTOR_OPTIONS = [
  ...Object.keys(projectOptions).map((name) => `--${name}`),
  '--fix',
  '--dry-run',
  '--only',
  '--skip',
  '--list-checks',
  '--verbose',
];

describe('distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(distance('--port', '--port')).toBe(0);
    expect(distance('--prot', '--port')).toBe(1);
    expect(distance('--por', '--port')).toBe(1);
    expect(distance('--portt', '--port')).toBe(1);
    expect(distance('--pory', '--port')).toBe(1);
    expect(distance('--rnage', '--range')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
  });
});

describe('suggest: the known option within 2 edits', () => {
  it.each([
    ['--prot', '--port'],
    ['--rnage', '--range'],
    ['--verbos', '--verbose'],
    ['--dryrun', '--dry-run'],
    ['--list-check', '--list-checks'],
    ['--PORT', '--port'],
    ['--venvv', '--venv'],
  ])('%s → %s', (typed, meant) => {
    expect(suggest(typed, DOCTOR_OPTIONS)).toBe(meant);
  });

  it('nothing when none is close, or two are equally close', () => {
    expect(suggest('--frobnicate', DOCTOR_OPTIONS)).toBeUndefined();
    expect(suggest('--x', ['--a', '--b'])).toBeUndefined();
    expect(suggest('ab', ['cd'])).toBeUndefined();
  });
});

describe('the lines', () => {
  it('unknown option, with the guess when there is one', () => {
    expect(unknownOptionMessage('--prot', DOCTOR_OPTIONS)).toBe(
      'unknown option --prot (did you mean --port?)',
    );
    expect(unknownOptionMessage('--frobnicate', DOCTOR_OPTIONS)).toBe(
      'unknown option --frobnicate',
    );
  });

  it('a missing value names the option and what it takes', () => {
    expect(missingValueMessage('--port')).toBe('--port: needs a value (a port, e.g. --port 8001)');
    expect(missingValueMessage('--range')).toBe(
      '--range: needs a value (a port range, e.g. --range 8001-8010)',
    );
    expect(missingValueMessage('--port', true)).toBe(
      '--port: needs a value (a port, e.g. --port 8001); a value starting with a dash is written --port=-VALUE',
    );
    expect(missingValueMessage('--nonesuch')).toBe('--nonesuch: needs a value (a value)');
    // Every string option of both CLIs has its own words.
    for (const [name, option] of Object.entries(projectOptions)) {
      if (option.type === 'string')
        expect(missingValueMessage(`--${name}`)).not.toContain('(a value)');
    }
  });
});
