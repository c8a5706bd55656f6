// One row per answer: its flag, how a flag value is read, and how it is described in help and errors.
import { UsageError } from '../errors.js';
import type { AnswerKey, PartialAnswers } from './schema.js';

export interface AnswerField {
  key: AnswerKey;
  flag: string;
  values: string;
  help: string;
  parse: (raw: string) => unknown;
}

const text = (raw: string) => raw;
const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const ANSWER_FIELDS: readonly AnswerField[] = [
  { key: 'lang', flag: 'lang', values: 'node|go|python|java', help: 'language of the project', parse: text },
  { key: 'pm', flag: 'pm', values: 'npm|pnpm|yarn|bun|go|pip|poetry|uv|maven|gradle', help: 'build tool or package manager', parse: text },
  { key: 'runtimeVersion', flag: 'runtime-version', values: 'e.g. 22, 1.23, 3.12, 21', help: 'runtime version (an ARG you can bump with --build-arg)', parse: text },
  { key: 'app', flag: 'app', values: 'server|static|next|asgi', help: 'app kind: Node server, static site (nginx) or next (Next.js standalone); Python server (gunicorn) or asgi (uvicorn)', parse: text },
  { key: 'targets', flag: 'targets', values: 'development,test,lint,audit,debug', help: 'optional stages besides production (comma list, "" for none)', parse: list },
  { key: 'final', flag: 'final', values: 'slim|alpine|distroless|scratch', help: 'final image (scratch: Go only)', parse: text },
  {
    key: 'port',
    flag: 'port',
    values: '1-65535',
    help: 'port the app listens on',
    parse: (raw) => {
      if (!/^\d{1,6}$/.test(raw)) throw new UsageError(`--port must be a whole number from 1 to 65535 (got "${raw}")`);
      return Number(raw);
    },
  },
  { key: 'healthcheck', flag: 'healthcheck', values: '/path|none', help: 'HTTP path probed by HEALTHCHECK', parse: text },
  { key: 'entry', flag: 'entry', values: 'e.g. dist/server.js, ./cmd/server, app:app, target/app.jar', help: 'start file, package, module:object or jar', parse: text },
  { key: 'platforms', flag: 'platforms', values: 'e.g. linux/amd64,linux/arm64', help: 'target platforms for buildx', parse: list },
  { key: 'ci', flag: 'ci', values: 'github,gitlab,jenkins|none', help: 'CI pipelines to write (comma list)', parse: (raw) => (raw.trim() === 'none' ? [] : list(raw)) },
  { key: 'registry', flag: 'registry', values: 'e.g. ghcr.io/acme/api', help: "image the pipelines push (default: each system's own registry)", parse: text },
  { key: 'scan', flag: 'scan', values: 'block|report', help: 'Trivy scan fails the pipeline on HIGH/CRITICAL (block) or only reports', parse: text },
];

export const fieldFor = (key: string): AnswerField | undefined => ANSWER_FIELDS.find((f) => f.key === key);

/** Flag values (as parsed by node:util parseArgs) to a partial answer object. */
export function answersFromFlags(values: Record<string, unknown>): PartialAnswers {
  const partial: Record<string, unknown> = {};
  for (const field of ANSWER_FIELDS) {
    const raw = values[field.flag];
    if (typeof raw === 'string') partial[field.key] = field.parse(raw);
  }
  return partial as PartialAnswers;
}
