import type { Refusal } from './types.js';

/** Bad input. The message is one line naming the option or file and the value; exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  override name = 'UsageError';
}

/** A file cannot be written because its folder does not exist (folders are never created). */
export class MissingFolderError extends UsageError {
  override name = 'MissingFolderError';

  constructor(
    message: string,
    /** The folder that is missing. */
    readonly folder: string,
  ) {
    super(message);
  }
}

/** No port could be had: a pinned port is taken or the whole range is refused; exit code 1. */
export class NoPortError extends Error {
  readonly exitCode = 1;
  override name = 'NoPortError';

  constructor(
    message: string,
    /** Every port refused, in the order tried, with the reason. */
    readonly refusals: Refusal[],
  ) {
    super(message);
  }
}

/** The project's backend already runs (started by another `udo-port start`); exit code 1. */
export class AlreadyRunningError extends Error {
  readonly exitCode = 1;
  override name = 'AlreadyRunningError';
}
