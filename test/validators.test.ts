// Proves each validator in test/support/validators accepts a known-good input
// and rejects a deliberately broken one. Slow tools run once per describe
// block (in beforeAll) over a batch of inputs.
import { beforeAll, describe, expect, it } from 'vitest';
import { actionlintFiles } from './support/validators/actionlint.js';
import { checkDockerignore } from './support/validators/dockerignore.js';
import { finalUser, lintDockerfile, runScripts, shellcheckDockerfiles, stageGraph } from './support/validators/dockerfile.js';
import { gitlabCiLocalList } from './support/validators/gitlab.js';
import { jenkinsStructure, lintJenkinsfiles } from './support/validators/groovy.js';
import { validateCompose, validateDependabot, validateRenovate } from './support/validators/json-schema.js';
import { lintYaml } from './support/validators/yaml.js';

const GOOD_DOCKERFILE = `# syntax=docker/dockerfile:1.7
ARG NODE_VERSION=20.11.1

FROM node:\${NODE_VERSION}-alpine AS deps
WORKDIR /app
RUN --mount=type=bind,source=package.json,target=package.json \\
    --mount=type=bind,source=package-lock.json,target=package-lock.json \\
    --mount=type=cache,target=/root/.npm \\
    npm ci --omit=dev

FROM deps AS build
COPY . .
RUN <<EOF
set -eu
npm run build
EOF

FROM node:\${NODE_VERSION}-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=busybox:1.36 /bin/busybox /usr/local/bin/busybox
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]

FROM runtime AS debug
RUN ["node", "--version"]
`;

/** A bash SHELL inherited through FROM <stage>, and a lower-case ARG used in RUN. */
const BASH_DOCKERFILE = `FROM debian:bookworm-slim AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

FROM base
ARG version=1.2.3
RUN if [[ -n "\${HOME}" ]]; then echo "v$version" | tee /tmp/version; fi
`;

const SHELLCHECK_BAD_DOCKERFILE = `FROM alpine:3.19
ARG DIR=/src
RUN x=1; [ $x == y ] && echo same
RUN <<EOF
cd $DIR
echo "in $DIR"
EOF
`;

describe('dockerfile', () => {
  it('lintDockerfile accepts a modern multi-stage Dockerfile', async () => {
    expect(await lintDockerfile(GOOD_DOCKERFILE)).toEqual([]);
  });

  it('lintDockerfile rejects an unknown instruction and an unknown flag', async () => {
    const problems = await lintDockerfile('FROM alpine:3.19\nFOO bar\nCOPY --frm=x a b\n');
    expect(problems).toEqual([
      expect.stringMatching(/^line 2: Unknown instruction: FOO/),
      expect.stringMatching(/^line 3: Unknown flag: frm/),
    ]);
  });

  it('runScripts joins continuations like Docker, strips --mount flags and skips exec form', () => {
    const text = `FROM alpine:3.19
RUN --mount=type=cache,target=/var/cache/apk \\
    apk add \\
    # tools we need

    curl \\
    git
RUN ["echo", "exec form"]
RUN echo 'a \\
b'
`;
    const scripts = runScripts(text);
    expect(scripts.map((s) => [s.run, s.shell, s.script.replace(/\s+/g, ' '), s.lines])).toEqual([
      [0, 'sh', 'apk add curl git', [3]],
      [2, 'sh', "echo 'a b'", [9]],
    ]);
  });

  it('runScripts reads heredoc bodies and honours SHELL and shebangs', () => {
    const heredocs = `FROM python:3.12-slim
RUN <<EOF
set -eu
pip install uv
EOF
RUN <<EOF
#!/usr/bin/env python3
print("hi")
EOF
RUN cat <<EOF > /etc/motd
hello
EOF
`;
    expect(runScripts(heredocs).map((s) => [s.run, s.shell, s.script, s.lines])).toEqual([
      [0, 'sh', 'set -eu\npip install uv', [3, 4]],
      [1, 'python3', 'print("hi")', [8]],
      [2, 'sh', 'cat <<EOF > /etc/motd\nhello\nEOF', [10, 11, 12]],
    ]);
    expect(runScripts(BASH_DOCKERFILE)[0]).toMatchObject({ shell: 'bash', vars: ['version'] });
  });

  describe('shellcheckDockerfiles (one shellcheck run for all files)', () => {
    let problems: string[];
    beforeAll(async () => {
      problems = await shellcheckDockerfiles([GOOD_DOCKERFILE, BASH_DOCKERFILE, SHELLCHECK_BAD_DOCKERFILE]);
    });

    it('accepts clean sh scripts, bash under SHELL bash, and ARG variables', () => {
      expect(problems.filter((p) => !p.startsWith('Dockerfile #2 '))).toEqual([]);
    });

    it('maps warnings in RUN lines and heredoc bodies back to file, RUN and line', () => {
      expect(problems).toEqual([
        expect.stringMatching(/^Dockerfile #2 RUN #0 \(line 3\): SC3014 warning: .*== in place of =/),
        expect.stringMatching(/^Dockerfile #2 RUN #1 \(line 5\): SC2164 warning: .* — cd \$DIR$/),
      ]);
    });
  });

  it('stageGraph lists stages and accepts earlier-stage and explicit-image references', () => {
    expect(stageGraph(GOOD_DOCKERFILE)).toEqual({
      stages: [
        { name: 'deps', from: 'node:${NODE_VERSION}-alpine', index: 0 },
        { name: 'build', from: 'deps', index: 1 },
        { name: 'runtime', from: 'node:${NODE_VERSION}-alpine', index: 2 },
        { name: 'debug', from: 'runtime', index: 3 },
      ],
      problems: [],
    });
  });

  it('stageGraph rejects missing, later and duplicate stages', () => {
    const text = `FROM golang:1.22 AS build
COPY --from=assets /web ./web
COPY --from=missing /x /x
RUN --mount=type=bind,from=1,source=/x,target=/x true
FROM later AS assets
FROM alpine:3.19 AS later
FROM alpine:3.19 AS build
`;
    expect(stageGraph(text).problems).toEqual([
      'line 2: COPY --from=assets refers to stage 1, which is not earlier than this stage (0)',
      'line 3: COPY --from=missing names no stage (use an explicit image reference such as missing:<tag> if an image is meant)',
      'line 4: RUN --mount=...,from=1 refers to stage 1, which is not earlier than this stage (0)',
      'line 5: FROM later refers to stage 2, which is not earlier than this stage (1)',
      'line 7: duplicate stage name "build" (first used by stage 0)',
    ]);
  });

  it('finalUser follows FROM chains through earlier stages', () => {
    expect(finalUser(GOOD_DOCKERFILE, 'runtime')).toBe('node');
    expect(finalUser(GOOD_DOCKERFILE)).toBe('node'); // debug inherits from runtime
    expect(finalUser(GOOD_DOCKERFILE, 'build')).toBeNull();
    expect(() => finalUser(GOOD_DOCKERFILE, 'nope')).toThrow(/no stage named nope/);
  });
});

describe('dockerignore', () => {
  const GOOD_IGNORE = `.git
node_modules
**/node_modules
.env*
!.env.example
dist
coverage
*.md
Dockerfile*
.dockerignore
`;

  it('accepts an ignore file that sends what the Dockerfile needs and hides the rest', async () => {
    expect(await checkDockerignore(GOOD_IGNORE, GOOD_DOCKERFILE, ['tsconfig.json'])).toEqual([]);
  });

  it('rejects ignoring a file a bind mount needs', async () => {
    expect(await checkDockerignore(`${GOOD_IGNORE}package-lock.json\n`, GOOD_DOCKERFILE)).toEqual([
      'RUN --mount at line 6 needs "package-lock.json" but .dockerignore excludes it',
      'COPY at line 12 needs "package-lock.json" (via ".") but .dockerignore excludes it',
    ]);
  });

  it('expands COPY globs against the sample files', async () => {
    const dockerfile = 'FROM node:20-alpine\nCOPY package*.json ./\nCOPY src/ ./src/\n';
    expect(await checkDockerignore(`${GOOD_IGNORE}package-lock.json\nsrc/**/*.ts\n`, dockerfile)).toEqual([
      'COPY at line 2 needs "package-lock.json" (via "package*.json") but .dockerignore excludes it',
      'COPY at line 3 needs "src/index.ts" (via "src/") but .dockerignore excludes it',
    ]);
  });

  it('rejects an ignore file that sends secrets, VCS data or node_modules', async () => {
    expect(await checkDockerignore('dist\n', GOOD_DOCKERFILE)).toEqual([
      '.dockerignore does not exclude ".git/HEAD"',
      '.dockerignore does not exclude "node_modules/x/index.js"',
      '.dockerignore does not exclude ".env"',
      '.dockerignore does not exclude ".env.local"',
    ]);
  });
});

describe('yaml', () => {
  it('accepts a multi-document stream', async () => {
    expect(await lintYaml('a: 1\nb: [x, y]\n---\nc: {d: e}\n')).toEqual([]);
  });

  it('rejects a duplicate key in any document', async () => {
    const problems = await lintYaml('a: 1\n---\nb: 1\nb: 2\n');
    expect(problems).toEqual([expect.stringMatching(/^document 2: error DUPLICATE_KEY: Map keys must be unique at line 4/)]);
  });
});

describe('json schemas', () => {
  const dependabot = `version: 2
updates:
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
    groups:
      actions:
        patterns: ["*"]
  - package-ecosystem: docker
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
    cooldown:
      default-days: 7
      semver-major-days: 30
`;

  const renovate = {
    $schema: 'https://docs.renovatebot.com/renovate-schema.json',
    extends: ['config:recommended', 'customManagers:dockerfileVersions'],
    dockerfile: { enabled: false },
  };

  it('validateDependabot accepts github-actions, docker and npm updates with groups and cooldown', async () => {
    expect(await validateDependabot(dependabot)).toEqual([]);
  });

  it('validateDependabot rejects an unknown ecosystem, a missing schedule and an unknown top-level key', async () => {
    expect(await validateDependabot(dependabot.replace('package-ecosystem: npm', 'package-ecosystem: nope'))).toEqual([
      '/updates/2/package-ecosystem must be equal to one of the allowed values',
      '/ must match "else" schema',
    ]);
    expect(await validateDependabot(dependabot.replace(/ {4}schedule:\n {6}interval: weekly\n(?= {4}groups)/, ''))).toEqual([
      "/updates/0 must have required property 'schedule'",
      '/updates/0 must match "then" schema',
    ]);
    expect(await validateDependabot(`${dependabot}registry: {}\n`)).toEqual(['/ must NOT have additional properties (registry)']);
  });

  it('validateDependabot reports strict YAML problems instead of validating', async () => {
    expect(await validateDependabot(`${dependabot}version: 2\n`)).toEqual([
      expect.stringMatching(/^error DUPLICATE_KEY: Map keys must be unique at line 21/),
    ]);
  });

  it('validateRenovate accepts presets and a disabled manager', () => {
    expect(validateRenovate(JSON.stringify(renovate))).toEqual([]);
  });

  it('validateRenovate rejects a wrongly typed option, an invalid regex and broken JSON', () => {
    expect(validateRenovate(JSON.stringify({ ...renovate, extends: 5 }))).toEqual([
      '/extends must be array',
      '/extends must be string',
      '/extends must match exactly one schema in oneOf',
    ]);
    expect(validateRenovate(JSON.stringify({ ...renovate, dockerfile: { enabled: 'no' } }))).toEqual([
      '/dockerfile/enabled must be boolean',
    ]);
    expect(validateRenovate(JSON.stringify({ ...renovate, extractVersion: '^v(?<version>.*' }))).toEqual([
      '/extractVersion must match format "regex"',
    ]);
    expect(validateRenovate('{"extends": [}')).toEqual([expect.stringMatching(/^invalid JSON: /)]);
  });

  it('validateRenovate accepts unknown options: the Renovate schema does not close its objects', () => {
    expect(validateRenovate(JSON.stringify({ ...renovate, notAnOption: true }))).toEqual([]);
  });

  // A two-service development setup of the shape the several-components issue asks for.
  const compose = `services:
  api:
    build:
      context: .
      target: api-development
    ports: ["8080:8080"]
    healthcheck:
      test: ["CMD", "/healthcheck"]
      interval: 5s
    develop:
      watch:
        - action: sync
          path: ./backend
          target: /src
        - action: rebuild
          path: ./backend/go.mod
  web:
    build:
      context: .
      target: web-development
    depends_on:
      api:
        condition: service_healthy
`;

  it('validateCompose accepts services with build targets, health-gated depends_on and Compose Watch', () => {
    expect(validateCompose(compose)).toEqual([]);
  });

  it('validateCompose rejects an unknown watch action, an unknown condition and an unknown service key', () => {
    expect(validateCompose(compose.replace('action: sync', 'action: copy'))).toEqual([
      '/services/api/develop/watch/0/action must be equal to one of the allowed values',
    ]);
    expect(validateCompose(compose.replace('service_healthy', 'healthy'))).toEqual([
      '/services/web/depends_on must be array',
      '/services/web/depends_on/api/condition must be equal to one of the allowed values',
      '/services/web/depends_on must match exactly one schema in oneOf',
    ]);
    expect(validateCompose(compose.replace('    ports:', '    port:'))).toEqual([
      '/services/api must NOT have additional properties (port)',
    ]);
  });
});

describe('actionlint', () => {
  const good = `name: ci
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t app:\${{ github.sha }} .
`;

  it('accepts a valid workflow', async () => {
    expect(await actionlintFiles([{ path: 'ci.yml', text: good }])).toEqual([]);
  });

  it('rejects an unknown key, a broken expression and an unknown runner', async () => {
    const bad = good.replace('ubuntu-latest', 'ubuntu-lastest\n    foo: bar').replace('github.sha }}', 'foo( }}');
    const problems = await actionlintFiles([
      { path: 'ci.yml', text: good },
      { path: 'bad.yml', text: bad },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^bad\.yml:7:14: label "ubuntu-lastest" is unknown\. .*\[runner-label\]$/),
      expect.stringMatching(/^bad\.yml:8:5: unexpected key "foo" for "job" section\. .*\[syntax-check\]$/),
      expect.stringMatching(/^bad\.yml:11:.*\[expression\]$/),
    ]);
  });

  it('does not shellcheck run: scripts (the wasm build has no shellcheck)', async () => {
    const script = good.replace('run: docker build -t app:${{ github.sha }} .', 'run: |\n          [ $x == y ] && cd $DIR');
    expect(await actionlintFiles([{ path: 'ci.yml', text: script }])).toEqual([]);
  });
});

describe('gitlab-ci-local --list (one batch, run in parallel)', () => {
  const good = `stages: [build, test]
build:
  stage: build
  image: node:20-alpine
  script: [npm ci, npm run build]
test:
  stage: test
  image: node:20-alpine
  needs: [build]
  script: [npm test]
`;
  const inputs = [
    good,
    good.replace('script: [npm test]', 'script: [npm test]\n  scripts: [oops]'),
    good.replace('needs: [build]', 'needs: [compile]'),
    good.replace('stage: test', 'stage: publish'),
    `include:\n  - template: Security/SAST.gitlab-ci.yml\n${good}`,
  ];
  let problems: string[];
  beforeAll(async () => {
    problems = await gitlabCiLocalList(inputs.map((text) => ({ text })));
  }, 60_000);
  const about = (n: number): string[] => problems.filter((p) => p.startsWith(`gitlab-ci #${n}:`));

  it('accepts a valid pipeline', () => {
    expect(about(0)).toEqual([]);
  });

  it('rejects an unknown job keyword (JSON schema)', () => {
    expect(about(1)).toEqual([expect.stringMatching(/'scripts' property is not expected to be here/)]);
  });

  it('rejects needs: on a missing job', () => {
    expect(about(2)).toEqual([expect.stringMatching(/needs: \[compile\] for test could not be found/)]);
  });

  it('rejects a stage that is not declared', () => {
    expect(about(3)).toEqual([expect.stringMatching(/stage:publish not found for test/)]);
  });

  it('refuses include: instead of reaching for the network', () => {
    expect(about(4)).toEqual(['gitlab-ci #4: uses include:, which this offline harness cannot resolve']);
  });
});

describe('jenkins', () => {
  const good = `pipeline {
    agent any
    options {
        timeout(time: 30, unit: 'MINUTES')
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t app:\${GIT_COMMIT} .'
            }
        }
    }
    post {
        always {
            cleanWs()
        }
    }
}
`;
  const syntaxError = good.replace("stage('Build') {", "stage('Build' {");
  // The only "post {" is in a comment or string, which must not count.
  const noPost = good.replace(/ {4}post \{[\s\S]*\n {4}\}\n/, '    // post { }\n').replace("sh '", "sh 'echo post { } && ");

  describe('lintJenkinsfiles (one npm-groovy-lint run for all files)', () => {
    let problems: string[];
    beforeAll(async () => {
      problems = await lintJenkinsfiles([good, syntaxError, noPost]);
    }, 120_000);

    it('accepts a valid declarative pipeline', () => {
      expect(problems.filter((p) => p.startsWith('Jenkinsfile #0 '))).toEqual([]);
    });

    it('rejects a Groovy syntax error', () => {
      expect(problems).toEqual([expect.stringMatching(/^Jenkinsfile #1 line \d+: \[NglParseError\] Unexpected input/)]);
    });
  });

  it('jenkinsStructure (our own check) accepts a complete pipeline', () => {
    expect(jenkinsStructure(good)).toEqual([]);
  });

  it('jenkinsStructure (our own check) rejects a pipeline without post', () => {
    expect(jenkinsStructure(noPost)).toEqual(['jenkinsStructure (our own check): `pipeline` has no `post {` block']);
  });

  it('jenkinsStructure (our own check) rejects stages without steps and a missing pipeline', () => {
    const noSteps = good.replace(/steps \{[\s\S]*?\n {12}\}/, "echo 'no steps'");
    expect(jenkinsStructure(noSteps)).toEqual(['jenkinsStructure (our own check): `stages {` has no `stage(...)` with `steps {`']);
    expect(jenkinsStructure("node {\n  sh 'make'\n}\n")).toEqual(['jenkinsStructure (our own check): no top-level `pipeline {` block']);
  });
});
