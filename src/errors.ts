// Errors the CLI turns into a one-line message and an exit code instead of a stack trace.

/** Bad input: unknown values, impossible combinations, unusable paths. Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Files that would be overwritten without consent. Exit 1. */
export class ConflictError extends Error {
  readonly exitCode = 1;
}

/** The machine, not the input: a full disk, a read-only folder, a closed output stream. Exit 3. */
export class EnvironmentError extends Error {
  readonly exitCode = 3;
}

export type CliError = UsageError | ConflictError | EnvironmentError;

export const isCliError = (e: unknown): e is CliError =>
  e instanceof UsageError || e instanceof ConflictError || e instanceof EnvironmentError;
