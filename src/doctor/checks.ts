import { UsageError } from '../core/errors.js';
import { printable } from '../core/text.js';
import type { Context } from './context.js';

export type Status = 'pass' | 'warn' | 'error' | 'skip';

export const AREAS = ['venv', 'env', 'port', 'web', 'compose', 'git', 'leases'] as const;
export type Area = (typeof AREAS)[number];

/** A place a finding points at; annotations are made from these. */
export interface Location {
  /** Absolute path. */
  file: string;
  line?: number;
  /** This place's own message, when a check has several findings. */
  message?: string;
}

/** What a check decides. */
export interface Outcome {
  status: Status;
  message: string;
  details?: string[];
  /** Commands for the user's OS, one a line, in the order to run them. */
  remedy?: string[];
  /** `--fix` can mend this finding. */
  fixable?: boolean;
  locations?: Location[];
  /** Machine-readable facts for --json (ports, PIDs); never a secret. */
  data?: Record<string, unknown>;
}

export interface CheckResult extends Outcome {
  id: string;
  area: Area;
  title: string;
  details: string[];
  remedy: string[];
  fixable: boolean;
  locations: Location[];
}

/** A change --fix makes: planned first (so --dry-run can tell it), applied on demand. */
export interface Fix {
  id: string;
  /** What it changes, in words: `set NEXT_PUBLIC_API_URL=... in web-dashboard/.env.local`. */
  change: string;
  /** Check ids whose outcome the change can alter; they are run again after it. */
  touches: string[];
  apply: () => Promise<string>;
  /** The file apply writes: when it may not, the advice says how to get the right to. */
  file: string;
  /**
   * What the user does by hand when apply fails: the exact line to put in the file, or the
   * command; never --fix again, which would fail the same way.
   */
  manual: string[];
}

export interface Check {
  id: string;
  area: Area;
  title: string;
  /** `host`: about the host alone (leases, ports), so it also runs outside any project. */
  scope?: 'host';
  run: (ctx: Context) => Promise<Outcome>;
  /** Plans the fix for a fixable finding, seen afresh; undefined when there is nothing to do. */
  fix?: (ctx: Context) => Promise<Fix | undefined>;
}

/**
 * A check as a pure diagnosis: `gather` only reads the context; `diagnose`, with no I/O, turns
 * what it read into the outcome, its wording and remedy. Both stay on the check for tests.
 */
export interface CheckSpec<F> extends Omit<Check, 'run'> {
  gather: (ctx: Context) => Promise<F>;
  diagnose: (facts: F) => Outcome;
}

export function defineCheck<F>(spec: CheckSpec<F>): CheckSpec<F> & Check {
  return { ...spec, run: async (ctx) => spec.diagnose(await spec.gather(ctx)) };
}

export function result(check: Check, outcome: Outcome): CheckResult {
  return {
    ...outcome,
    id: check.id,
    area: check.area,
    title: check.title,
    details: outcome.details ?? [],
    remedy: outcome.remedy ?? [],
    fixable: (outcome.fixable ?? false) && check.fix !== undefined,
    locations: outcome.locations ?? [],
  };
}

/** A finding: a warning or an error. */
export const isFinding = (r: Pick<CheckResult, 'status'>) =>
  r.status === 'warn' || r.status === 'error';

/**
 * The checks `--only` and `--skip` leave, in registry order. IDS are comma-separated check ids or
 * areas; an unknown one is bad usage naming the option and the value.
 */
export function selectChecks(
  checks: readonly Check[],
  only: string | undefined,
  skip: string | undefined,
): Check[] {
  const parse = (raw: string, option: string): Set<string> => {
    const ids = raw
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length === 0) throw new UsageError(`${option}: "${printable(raw)}" names no check`);
    for (const id of ids) {
      if (!checks.some((check) => check.id === id || check.area === id)) {
        throw new UsageError(
          `${option}: "${printable(id)}" is not a check id or area (see udo-doctor --list-checks)`,
        );
      }
    }
    return new Set(ids);
  };
  const matches = (check: Check, ids: Set<string>) => ids.has(check.id) || ids.has(check.area);
  const wanted = only === undefined ? undefined : parse(only, '--only');
  const unwanted = skip === undefined ? undefined : parse(skip, '--skip');
  return checks.filter(
    (check) => (!wanted || matches(check, wanted)) && !(unwanted && matches(check, unwanted)),
  );
}

export interface Summary {
  errors: number;
  warnings: number;
  passed: number;
  skipped: number;
}

export function summarize(results: readonly CheckResult[]): Summary {
  const count = (status: Status) => results.filter((r) => r.status === status).length;
  return {
    errors: count('error'),
    warnings: count('warn'),
    passed: count('pass'),
    skipped: count('skip'),
  };
}

/** 0: no errors (and with --strict no warnings); 1 otherwise. */
export function exitCode(summary: Summary, strict: boolean): number {
  return summary.errors > 0 || (strict && summary.warnings > 0) ? 1 : 0;
}
