// Answers to the values the templates read. Every key a template may test is present (strict mode).
import type { Answers } from '../answers/schema.js';
import { ciView } from '../ci/view.js';
import { LANGUAGES, TARGETS } from '../languages/index.js';

export interface GeneratorInfo {
  version: string;
}

const ALL_PMS = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.pms))];

export function viewOf(answers: Answers, generator: GeneratorInfo) {
  const has = Object.fromEntries(TARGETS.map((t) => [t, answers.targets.includes(t)])) as Record<(typeof TARGETS)[number], boolean>;
  const langView = LANGUAGES[answers.lang].view(answers);
  return {
    ...answers,
    generator,
    has,
    uses: Object.fromEntries(ALL_PMS.map((pm) => [pm, answers.pm === pm])),
    static: answers.app === 'static',
    next: answers.app === 'next',
    alpine: answers.final === 'alpine',
    distroless: answers.final === 'distroless',
    hasHealthcheck: answers.healthcheck !== 'none',
    needsDevDeps: has.test || has.lint || has.development || has.debug,
    defaultNginxPort: answers.port === 8080,
    multiPlatform: answers.platforms.length > 1,
    platformList: answers.platforms.join(','),
    secretId: langView.secretId,
    runUser: langView.runUser,
    [answers.lang]: langView,
    // The answer (a list of systems) is renamed, so that `ci` can hold the pipeline values.
    ciSystems: answers.ci,
    ci: ciView(answers),
  };
}

export type View = ReturnType<typeof viewOf>;
