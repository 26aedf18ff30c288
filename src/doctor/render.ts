import { printable, printableLines } from '../core/text.js';
import { AREAS, type CheckResult, isFinding, type Status, type Summary } from './checks.js';
import type { DoctorReport, FixReport } from './doctor.js';

// Every line the doctor prints for a person or for GitHub goes through printable: messages quote
// process names, command lines, folders and lease files of other users, which may hold anything.

export type Format = 'red' | 'yellow' | 'green' | 'dim' | 'bold';
/** Colours text, or leaves it as it is (no TTY, NO_COLOR). */
export type Painter = (format: Format, text: string) => string;

const MARKS: Record<Status, { mark: string; format: Format }> = {
  pass: { mark: '✓', format: 'green' },
  warn: { mark: '!', format: 'yellow' },
  error: { mark: '✗', format: 'red' },
  skip: { mark: '-', format: 'dim' },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(summary: Summary): string {
  return [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    `${summary.passed} passed`,
    `${summary.skipped} skipped`,
  ].join(', ');
}

function fixLines(fixes: readonly FixReport[], paint: Painter, dryRun: boolean): string[] {
  if (fixes.length === 0) return [dryRun ? '--dry-run: nothing to fix' : '--fix: nothing to fix'];
  return fixes.flatMap((fix) => {
    const change = printable(fix.change);
    if (fix.error) {
      // Why, then what to do instead: never --fix again, which would fail the same way.
      return [
        `${paint('red', 'not fixed')} ${fix.id}: ${change}: ${printable(fix.error)}`,
        ...(fix.manual ?? []).map(
          (line, i) => `${i === 0 ? '  by hand: ' : '           '}${printable(line)}`,
        ),
      ];
    }
    return fix.applied
      ? `${paint('green', 'fixed')} ${fix.id}: ${change}`
      : `${paint('yellow', 'would')} ${change} (${fix.id})`;
  });
}

/**
 * The report for a person: grouped by area, one line per check, the details and remedy under
 * each finding, a summary last. A run without findings is one line.
 */
export function renderHuman(
  report: DoctorReport,
  options: { verbose: boolean; paint: Painter; root: string; dryRun?: boolean; facts?: string },
): string {
  const { results, summary, fixes } = report;
  const { paint, verbose } = options;
  const root = printable(options.root);
  const lines: string[] = [];
  if (fixes) lines.push(...fixLines(fixes, paint, options.dryRun ?? false), '');

  if (!verbose && summary.errors === 0 && summary.warnings === 0 && summary.passed > 0) {
    const clear = `all clear: ${summary.passed} passed, ${summary.skipped} skipped`;
    lines.push(
      `${paint('green', '✓')} ${clear} in ${root}${options.facts ? ` (${printable(options.facts)})` : ''}`,
    );
    return `${lines.join('\n')}\n`;
  }

  const width = Math.max(...results.map((r) => r.id.length));
  lines.push(`udo-doctor: ${root}`);
  for (const area of AREAS) {
    const inArea = results.filter((r) => r.area === area);
    if (inArea.length === 0) continue;
    lines.push('', paint('bold', area));
    for (const r of inArea) {
      const { mark, format } = MARKS[r.status];
      lines.push(`  ${paint(format, mark)} ${r.id.padEnd(width)}  ${printable(r.message)}`);
      const indent = ' '.repeat(width + 6);
      const showDetails = isFinding(r) || verbose;
      if (showDetails)
        for (const detail of r.details) lines.push(`${indent}${paint('dim', printable(detail))}`);
      if (isFinding(r)) {
        r.remedy.forEach((command, i) => {
          lines.push(`${indent}${i === 0 ? 'fix: ' : '     '}${printable(command)}`);
        });
      }
    }
  }
  lines.push('', summaryLine(summary));
  return `${lines.join('\n')}\n`;
}

/** The JSON report: schemaVersion 1. Paths are absolute; remedy is one command a line. */
export function renderJson(report: DoctorReport): unknown {
  return {
    schemaVersion: 1,
    summary: report.summary,
    checks: report.results.map((r) => ({
      id: r.id,
      area: r.area,
      title: r.title,
      status: r.status,
      message: r.message,
      details: r.details,
      remedy: r.remedy.length > 0 ? r.remedy.join('\n') : null,
      fixable: r.fixable,
      file: r.locations[0]?.file ?? null,
      line: r.locations[0]?.line ?? null,
      locations: r.locations,
      data: r.data ?? {},
    })),
    ...(report.fixes && { fixes: report.fixes }),
  };
}

// Workflow command escaping, as @actions/core does it.
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations (`::error file=...,line=...,title=...::message`), one per place a
 * finding points at. `relative` turns an absolute path into one GitHub resolves.
 */
export function renderAnnotations(
  results: readonly CheckResult[],
  relative: (file: string) => string,
): string[] {
  const lines: string[] = [];
  for (const r of results.filter(isFinding)) {
    const level = r.status === 'error' ? 'error' : 'warning';
    const places = r.locations.length > 0 ? r.locations : [undefined];
    for (const place of places) {
      const props = [
        ...(place ? [`file=${escapeProperty(printable(relative(place.file)))}`] : []),
        ...(place?.line !== undefined ? [`line=${place.line}`] : []),
        `title=${escapeProperty(`udo-doctor ${r.id}`)}`,
      ];
      const text = printableLines(
        [
          place?.message ?? r.message,
          ...r.remedy.map((command, i) => `${i === 0 ? 'fix: ' : '     '}${command}`),
        ].join('\n'),
      );
      lines.push(`::${level} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  return lines;
}
