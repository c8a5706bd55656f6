import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file, as `git diff` would show it. */
export const unifiedDiff = (path: string, before: string, after: string) =>
  createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 });
