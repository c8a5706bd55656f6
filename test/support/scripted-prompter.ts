// A prompt module that answers like a user would, running each question's own when/choices/
// default/filter/validate the way inquirer does, so the real question definitions are exercised.
import type { Prompter, Question } from '../../src/answers/prompts.js';

export interface Scripted extends Prompter {
  asked: string[];
}

export function scriptedPrompter(script: Record<string, unknown>): Scripted {
  const asked: string[] = [];
  return {
    asked,
    async prompt(questions: Question[], given: Record<string, unknown>) {
      const answers = { ...given };
      for (const q of questions) {
        if (q.name in given || (q.when && !q.when(answers))) continue;
        asked.push(q.name);
        let value = q.name in script ? script[q.name] : q.default?.(answers);
        const choices = q.choices?.(answers).map((c) => c.value);
        const offered = (v: unknown) => !choices || choices.includes(v);
        if (!(Array.isArray(value) ? value.every(offered) : offered(value))) {
          throw new Error(`${q.name}: ${JSON.stringify(value)} is not among the choices ${JSON.stringify(choices)}`);
        }
        value = q.filter ? q.filter(value) : value;
        const verdict = q.validate?.(value) ?? true;
        if (verdict !== true) throw new Error(`${q.name}: ${verdict}`);
        answers[q.name] = value;
      }
      return answers;
    },
  };
}
