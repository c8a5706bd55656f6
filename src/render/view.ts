// Answers to the values the templates read. Every key a template may test is present (strict mode).
// Shared values sit at the top; a language's own values sit under its id (`<lang>.tool.install`),
// so a template reads only its own language's view.
import type { Answers } from '../answers/schema.js';
import { ciView } from '../ci/view.js';
import type { Facts } from '../detect/types.js';
import { APP_UID, getLanguage, TARGETS, type Target } from '../languages/index.js';

export interface GeneratorInfo {
  version: string;
}

export function viewOf(answers: Answers, generator: GeneratorInfo, facts: Facts = {}) {
  const langView = getLanguage(answers.lang)!.view(answers, facts);
  return {
    ...answers,
    generator,
    has: Object.fromEntries(TARGETS.map((t) => [t, answers.targets.includes(t)])) as Record<Target, boolean>,
    alpine: answers.final === 'alpine',
    distroless: answers.final === 'distroless',
    hasHealthcheck: answers.healthcheck !== 'none',
    multiPlatform: answers.platforms.length > 1,
    platformList: answers.platforms.join(','),
    appUid: APP_UID,
    secretId: langView.secretId,
    runUser: langView.runUser,
    [answers.lang]: langView,
    // The answer (a list of systems) is renamed, so that `ci` can hold the pipeline values.
    ciSystems: answers.ci,
    ci: ciView(answers),
  };
}

export type View = ReturnType<typeof viewOf>;
