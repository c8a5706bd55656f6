import { healthUrl } from './probe.js';
import type { Language } from './types.js';

const FINAL_IMAGES = {
  slim: 'eclipse-temurin:${JAVA_VERSION}-jre',
  alpine: 'eclipse-temurin:${JAVA_VERSION}-jre-alpine',
  distroless: 'gcr.io/distroless/java${JAVA_VERSION}-debian12:nonroot',
} as const;

const MAVEN = {
  secretId: 'maven_settings',
  cache: '/root/.m2/repository',
  secretTarget: '/root/.m2/settings.xml',
  package: 'mvn -B -ntp package -DskipTests',
  test: 'mvn -B -ntp test',
};
const GRADLE = {
  secretId: 'gradle_properties',
  cache: '/cache/gradle/caches',
  secretTarget: '/cache/gradle/gradle.properties',
  package: 'gradle --no-daemon assemble',
  test: 'gradle --no-daemon test',
};

export const java: Language = {
  id: 'java',
  label: 'Java',
  pms: ['maven', 'gradle'],
  apps: ['server'],
  finals: () => ['slim', 'alpine', 'distroless'],
  targets: () => ['development', 'test', 'debug'],
  defaults: {
    pm: 'maven',
    runtimeVersion: () => '21',
    port: () => 8080,
    healthcheck: () => '/health',
    entry: (c) => (c.pm === 'gradle' ? 'build/libs/*.jar' : 'target/*.jar'),
  },
  view: (a) => ({
    ...(a.pm === 'gradle' ? GRADLE : MAVEN),
    runUser: a.final === 'distroless' ? '65532:65532' : '10001:10001',
    finalImage: FINAL_IMAGES[a.final as keyof typeof FINAL_IMAGES],
    java: a.final === 'distroless' ? '/usr/bin/java' : 'java',
    probeUrl: healthUrl(a.port, a.healthcheck),
  }),
};
