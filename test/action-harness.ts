import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundle, cleanEnv, ROOT, type Run, tempDir } from './helpers.js';
import { inProcess } from './in-process.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string; 'post-if': string };
}

export const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** Reads a runner file command the way the runner does: NAME=VALUE lines and NAME<<DELIM heredocs. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] as string);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      values[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`bad file command line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

export interface StepResult extends Run {
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** What one runner's job looks like to the action: its name, run and job ids, its temp folder. */
export interface Job {
  runner: string;
  runId: string;
  runAttempt?: string;
  job: string;
  temp: string;
}

export async function newJob(runner = 'runner-1', job = 'test', runId = '1001'): Promise<Job> {
  return { runner, runId, job, temp: await tempDir('runner-temp-') };
}

/** The variables the runner gives every step of a job. */
export function jobEnv(workspace: string, job: Job): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_NAME: job.runner,
    RUNNER_TEMP: job.temp,
    GITHUB_RUN_ID: job.runId,
    GITHUB_RUN_ATTEMPT: job.runAttempt ?? '1',
    GITHUB_JOB: job.job,
  };
}

function runnerEnv(
  workspace: string,
  job: Job,
  files: Record<string, string>,
  extra: Record<string, string>,
) {
  return cleanEnv({ ...jobEnv(workspace, job), ...files, ...extra });
}

export interface RunningStep {
  child: ChildProcess;
  /** The step's file commands, for a test that reads them while the step runs. */
  files: Record<string, string>;
  /** Resolves as the runner sees a step end: the process exited and its output pipes closed. */
  done: Promise<StepResult>;
}

function launchStep(
  script: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
  files: Record<string, string>,
  enter: string[] = [],
): RunningStep {
  const [file, ...args] = [...enter, process.execPath, script] as unknown as [string, ...string[]];
  const child = spawn(file, args, {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  // The runner waits for the pipes too: a backend that kept them open would hang the step.
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const done = new Promise<StepResult>((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(readStep(files, { code, stdout, stderr }));
    });
  });
  return { child, files, done };
}

function readStep(files: Record<string, string>, run: Run): StepResult {
  const read = (name: string) => readFileSync(files[name] as string, 'utf8');
  return {
    ...run,
    outputs: parseFileCommand(read('GITHUB_OUTPUT')),
    env: parseFileCommand(read('GITHUB_ENV')),
    state: parseFileCommand(read('GITHUB_STATE')),
    summary: read('GITHUB_STEP_SUMMARY'),
  };
}

/** A step run in this process: the action's run(), as the entry calls it, with the step's env. */
async function stepInProcess(
  workspace: string,
  env: NodeJS.ProcessEnv,
  files: Record<string, string>,
): Promise<StepResult> {
  const { run } = await import('../src/action/index.js');
  // @actions/core keeps the first GITHUB_STEP_SUMMARY it saw (summary._filePath) for the life of
  // the process; each step of the runner is a new process with its own file.
  const { summary } = await import('@actions/core');
  (summary as unknown as { _filePath?: string })._filePath = undefined;
  summary.emptyBuffer();
  return readStep(
    files,
    await inProcess(async () => run().then(() => undefined), { cwd: workspace, env }),
  );
}

async function commandFiles(): Promise<Record<string, string>> {
  const dir = await tempDir('runner-files-');
  const files: Record<string, string> = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(dir, name);
    writeFileSync(files[name], '');
  }
  return files;
}

/** The main step's environment as the runner makes it: every input as INPUT_<NAME> (upper-cased,
 * dashes kept), with action.yml's defaults for those not given; empty file-command files. */
async function mainStep(
  workspace: string,
  job: Job,
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
) {
  const files = await commandFiles();
  const withDefaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    withDefaults[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in actionYml.inputs)) throw new Error(`action.yml has no input ${name}`);
  }
  return { files, env: runnerEnv(workspace, job, files, { ...withDefaults, ...extraEnv }) };
}

/** Runs the main step in this process (the action's run()), with the runner's env; cwd the workspace. */
export async function runMain(
  workspace: string,
  job: Job,
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  const { files, env } = await mainStep(workspace, job, inputs, extraEnv);
  return stepInProcess(workspace, env, files);
}

/** The main step, started as the runner starts it (node on the bundle): for a test that acts while
 * it runs (cancels it, reads its state). */
export async function startMain(
  workspace: string,
  job: Job,
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
  enter: string[] = [],
): Promise<RunningStep> {
  const { files, env } = await mainStep(workspace, job, inputs, extraEnv);
  return launchStep(join(ROOT, actionYml.runs.main), workspace, env, files, enter);
}

async function postStep(
  workspace: string,
  job: Job,
  state: Record<string, string>,
  extraEnv: Record<string, string>,
) {
  const files = await commandFiles();
  const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
  return { files, env: runnerEnv(workspace, job, files, { ...stateEnv, ...extraEnv }) };
}

/**
 * Runs the post step in this process with the main step's state as STATE_<name>, told it is the
 * post step as action.yml's post entry (dist/action/post.js) tells the bundle.
 */
export async function runPost(
  workspace: string,
  job: Job,
  state: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  const { files, env } = await postStep(workspace, job, state, extraEnv);
  return stepInProcess(workspace, { ...env, UDO_PORT_ACTION_STEP: 'post' }, files);
}

/** The post step as the runner runs it: node on the bundle. */
export async function runPostBundle(
  workspace: string,
  job: Job,
  state: Record<string, string>,
  extraEnv: Record<string, string> = {},
  enter: string[] = [],
): Promise<StepResult> {
  const { files, env } = await postStep(workspace, job, state, extraEnv);
  return launchStep(join(ROOT, actionYml.runs.post), workspace, env, files, enter).done;
}

/** The post step started as the runner starts it, for a test that kills it mid-way. */
export async function startPost(
  workspace: string,
  job: Job,
  state: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<RunningStep> {
  const { files, env } = await postStep(workspace, job, state, extraEnv);
  return launchStep(join(ROOT, actionYml.runs.post), workspace, env, files);
}

export { bundle };

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** The `::command props::message` lines of a step's stdout, decoded as the runner decodes them. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  return stdout
    .split('\n')
    .map((line) => /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, '')))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, command, props, message]) => ({
      command: command as string,
      properties: Object.fromEntries(
        (props ?? '')
          .split(',')
          .filter(Boolean)
          .map((pair) => {
            const eq = pair.indexOf('=');
            return [pair.slice(0, eq), unescapeProperty(pair.slice(eq + 1))];
          }),
      ),
      message: unescapeData(message as string),
    }));
}
