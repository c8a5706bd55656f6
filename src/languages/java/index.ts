// Java: Maven or Gradle (or their wrappers) build a jar once on the build machine; a JRE runs it.
import { defineLanguage } from '../types.js';
import { javaDetector } from './detect.js';
import { gradleBuild, mavenReactor } from './workspace.js';
import { JAVA } from './versions.js';
import { javaView, TOOLS } from './view.js';

export const java = defineLanguage({
  id: 'java',
  label: 'Java',
  pms: Object.keys(TOOLS),
  ecosystems: { maven: 'maven', gradle: 'gradle' },
  apps: { server: 'server' },
  finals: () => ['slim', 'alpine', 'distroless'],
  targets: () => ['development', 'test', 'debug'],
  defaults: {
    runtimeVersion: () => JAVA.default,
    port: () => 8080,
    healthcheck: () => '/health',
    entry: (c) => (c.pm === 'gradle' ? 'build/libs/*.jar' : 'target/*.jar'),
  },
  versions: () => JAVA,
  examples: { runtimeVersion: JAVA.default, entry: 'target/app.jar' },
  // The development stage carries the production probe (a JDK runs it).
  devProbe: (_a, url) => ['java', '-cp', '/opt/healthcheck', 'HealthCheck', url],
  // Spring Boot serves the folder as static resources (spring.web.resources.static-locations).
  staticEnv: (dir) => [`SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:${dir}/`],
  detector: javaDetector,
  workspaces: [mavenReactor, gradleBuild],
  view: javaView,
});
