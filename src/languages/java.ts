import { healthUrl } from './probe.js';
import type { Language } from './types.js';

const FINAL_IMAGES = {
  slim: 'eclipse-temurin:${JAVA_VERSION}-jre',
  alpine: 'eclipse-temurin:${JAVA_VERSION}-jre-alpine',
  distroless: 'gcr.io/distroless/java${JAVA_VERSION}-debian12:nonroot',
} as const;

const MAVEN = {
  secretId: 'maven_settings',
  // The repository, and the Maven versions mvnw downloads.
  caches: ['/root/.m2/repository', '/root/.m2/wrapper'],
  secretTarget: '/root/.m2/settings.xml',
  package: 'project-mvn -B -ntp package -DskipTests',
  test: 'project-mvn -B -ntp test',
};
const GRADLE = {
  secretId: 'gradle_properties',
  // Dependencies, and the Gradle versions gradlew downloads.
  caches: ['/cache/gradle/caches', '/cache/gradle/wrapper'],
  secretTarget: '/cache/gradle/gradle.properties',
  package: 'project-gradle --no-daemon assemble',
  test: 'project-gradle --no-daemon test',
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
    // A pattern also matches the side jars builds leave beside the app's: the build picks the one left.
    jarPattern: a.entry.includes('*'),
  }),
};
