// Errors the CLI turns into a one-line message and an exit code instead of a stack trace.

/** Bad input: unknown values, impossible combinations, unusable paths. Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Files that would be overwritten without consent. Exit 1. */
export class ConflictError extends Error {
  readonly exitCode = 1;
}

export type CliError = UsageError | ConflictError;

export const isCliError = (e: unknown): e is CliError => e instanceof UsageError || e instanceof ConflictError;
