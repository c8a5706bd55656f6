// A start file the image cannot have is refused before anything is written.
import { join } from 'node:path';
import fs from 'fs-extra';
import { AnswerError } from '../answers/resolve.js';
import type { Answers } from '../answers/schema.js';
import type { Detection } from '../detect/index.js';
import { getLanguage } from '../languages/index.js';

/**
 * An image must start from a file the project has or its build makes: one neither does is refused
 * rather than found missing when the container starts. A built file counts only when someone named
 * it (a flag, a prompt) or the project did (detection): a default taken with --yes is a guess.
 * Only for a project of the language (facts).
 */
export async function refuseMissingStart(dir: string, answers: Answers, detection: Detection, named: boolean): Promise<void> {
  if (!detection.facts) return;
  const start = getLanguage(answers.lang)?.startFile?.(answers, detection.facts);
  if (!start || (await fs.pathExists(join(dir, start.path)))) return;
  if (!start.built)
    throw new AnswerError(
      `--entry ${answers.entry}: ${start.path} is not in the project and no build step makes it; pass --entry with the file the app starts from`,
      'entry',
    );
  if (!named && !detection.found.entry)
    throw new AnswerError(
      `--entry ${answers.entry}: a default that nothing in the project names (no start command, main file or framework found) and that the project does not have; pass --entry with the file the app starts from`,
      'entry',
    );
}
