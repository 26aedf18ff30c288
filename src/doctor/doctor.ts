import { composeBackendPort } from './checks/compose-backend-port.js';
import { composeFile } from './checks/compose-file.js';
import { composePortClash } from './checks/compose-port-clash.js';
import { composeWebApiUrl } from './checks/compose-web-api-url.js';
import { envBackend } from './checks/env-backend.js';
import { envPort } from './checks/env-port.js';
import { envSyntax } from './checks/env-syntax.js';
import { gitEnvFiles } from './checks/git-env-files.js';
import { leasesCheck } from './checks/leases.js';
import { portBackend } from './checks/port-backend.js';
import { portIpv6Shadow } from './checks/port-ipv6-shadow.js';
import { portRange } from './checks/port-range.js';
import { portWindowsExcluded } from './checks/port-windows-excluded.js';
import { venvBase } from './checks/venv-base.js';
import { venvPlatform } from './checks/venv-platform.js';
import { venvPresent } from './checks/venv-present.js';
import { venvUvicorn } from './checks/venv-uvicorn.js';
import { webApiUrl } from './checks/web-api-url.js';
import { webApiUrlSource } from './checks/web-api-url-source.js';
import { webDevProxy } from './checks/web-dev-proxy.js';
import { webStale } from './checks/web-stale.js';
import {
  type Check,
  type CheckResult,
  isFinding,
  result,
  type Summary,
  summarize,
} from './checks.js';
import { Context, type DoctorConfig } from './context.js';
import { writeAccessCommands } from './env-remedies.js';
/**
 * Every check, in the order they are shown and fixed: backend/.env is made before the URL that
 * may depend on its port is written, and .gitignore last.
 */
export const CHECKS: readonly Check[] = [
  venvPresent,
  venvPlatform,
  venvBase,
  venvUvicorn,
  envBackend,
  envPort,
  envSyntax,
  portBackend,
  portRange,
  portWindowsExcluded,
  portIpv6Shadow,
  webApiUrl,
  webApiUrlSource,
  webStale,
  webDevProxy,
  composeFile,
  composeBackendPort,
  composeWebApiUrl,
  composePortClash,
  gitEnvFiles,
  leasesCheck,
];

export interface FixReport {
  id: string;
  /** What it changes (planned), or what it changed (applied). */
  change: string;
  applied: boolean;
  error?: string;
  /** When it failed: what to do by hand instead. */
  manual?: string[];
}

export interface DoctorReport {
  results: CheckResult[];
  summary: Summary;
  fixes?: FixReport[];
}

async function runChecks(checks: readonly Check[], ctx: Context): Promise<CheckResult[]> {
  // All at once: they share one lookup of each kind through the context.
  return Promise.all(
    checks.map(async (check) => {
      try {
        return result(check, await check.run(ctx));
      } catch (error) {
        return result(check, {
          status: 'error',
          message: `the check itself failed: ${(error as Error).message}`,
        });
      }
    }),
  );
}

/**
 * A finding whose fix failed: its remedy no longer says --fix (which would fail the same way)
 * but what to do by hand, and its details say why --fix could not.
 */
function byHand(
  found: CheckResult,
  failure: { why: string; change: string; manual: string[] },
  fixCommand: string,
): CheckResult {
  if (!isFinding(found)) return found;
  const remedy = found.remedy.some((line) => line === fixCommand)
    ? found.remedy.flatMap((line) => (line === fixCommand ? failure.manual : [line]))
    : [...found.remedy, ...failure.manual.filter((line) => !found.remedy.includes(line))];
  return {
    ...found,
    details: [...found.details, `--fix could not ${failure.change}: ${failure.why}`],
    remedy,
    fixable: false,
  };
}

const touchedBy = (check: Check, touches: readonly string[]) =>
  touches.some((t) => t === check.id || t === check.area);

export async function runDoctor(
  config: DoctorConfig,
  checks: readonly Check[],
  options: { fix?: boolean; dryRun?: boolean } = {},
): Promise<DoctorReport> {
  let ctx = new Context(config);
  const results = await runChecks(checks, ctx);
  if (!options.fix) return { results, summary: summarize(results) };

  const fixes: FixReport[] = [];
  const touches: string[] = [];
  const failed = new Map<string, { why: string; change: string; manual: string[] }>();
  for (const check of checks) {
    const found = results.find((r) => r.id === check.id);
    if (!check.fix || !found?.fixable || !isFinding(found)) continue;
    // Seen afresh: an earlier fix (backend/.env) can change what this one writes (the port).
    ctx = ctx.fresh();
    const fix = await check.fix(ctx);
    if (!fix) continue;
    if (options.dryRun) {
      fixes.push({ id: fix.id, change: fix.change, applied: false });
      continue;
    }
    try {
      fixes.push({ id: fix.id, change: await fix.apply(), applied: true });
      touches.push(...fix.touches);
    } catch (error) {
      const why = (error as Error).message;
      const manual = [
        ...fix.manual,
        ...writeAccessCommands(fix.file, why, config.platform, (path) => ctx.show(path)),
      ];
      fixes.push({ id: fix.id, change: fix.change, applied: false, error: why, manual });
      failed.set(check.id, { why, change: fix.change, manual });
    }
  }
  if (touches.length > 0) {
    const again = checks.filter((check) => touchedBy(check, touches));
    const rerun = await runChecks(again, ctx.fresh());
    for (const r of rerun) results[results.findIndex((old) => old.id === r.id)] = r;
  }
  for (const [id, failure] of failed) {
    const index = results.findIndex((r) => r.id === id);
    const found = results[index];
    if (found) results[index] = byHand(found, failure, `${config.doctorCommand} --fix`);
  }
  return { results, summary: summarize(results), fixes };
}
