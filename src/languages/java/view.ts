// Values templates/java/ reads: per build tool its image, caches, files and commands, the JRE
// final, and the probe.
import type { Facts } from '../../detect/types.js';
import type { WorkspaceFacts } from '../../workspace/detection.js';
import { healthUrl } from '../probe.js';
import { gradlePath } from './workspace.js';
import { APP_USER, type LanguageAnswers, NONROOT_USER } from '../types.js';

// Temurin publishes no Debian image: its -jre tags are Ubuntu based (official-images
// library/eclipse-temurin), and so are the maven and gradle builders; distroless java<N>-debian13
// carries Temurin on Debian 13 (distroless java/BUILD). Checked 2026-12-01.
const FINAL_IMAGES: Record<string, string> = {
  slim: 'eclipse-temurin:${JAVA_VERSION}-jre',
  alpine: 'eclipse-temurin:${JAVA_VERSION}-jre-alpine',
  distroless: 'gcr.io/distroless/java${JAVA_VERSION}-debian13:nonroot',
};

/**
 * Per build tool: the builder image, the command it runs as (project-<bin>: the project's own
 * wrapper when it has one), its caches and credentials file, what the dependency stage copies
 * (with why, in `depsNote`), and its commands.
 */
export const TOOLS = {
  maven: {
    image: 'maven:3.9-eclipse-temurin-${JAVA_VERSION}',
    env: null,
    bin: 'mvn',
    wrapper: 'mvnw',
    secretId: 'maven_settings',
    // The repository, and the Maven versions mvnw downloads.
    caches: ['/root/.m2/repository', '/root/.m2/wrapper'],
    secretTarget: '/root/.m2/settings.xml',
    depsNote: [
      'Dependencies resolve once per pom.xml change, into a cache mount kept across builds.',
      'A private repository\'s credentials arrive as the "maven_settings" secret (a settings.xml).',
    ],
    copies: [
      { from: 'pom.xml mvn[w]', to: './' },
      { from: '.mv[n]', to: '.mvn/' },
    ],
    resolve: 'project-mvn -B -ntp dependency:go-offline',
    package: 'project-mvn -B -ntp package -DskipTests',
    test: 'project-mvn -B -ntp test',
  },
  gradle: {
    // Gradle 9 (official-images library/gradle: 9-jdk17, 9-jdk21, 9-jdk25).
    image: 'gradle:9-jdk${JAVA_VERSION}',
    env: 'GRADLE_USER_HOME=/cache/gradle',
    bin: 'gradle',
    wrapper: 'gradlew',
    secretId: 'gradle_properties',
    // Dependencies, and the Gradle versions gradlew downloads.
    caches: ['/cache/gradle/caches', '/cache/gradle/wrapper'],
    secretTarget: '/cache/gradle/gradle.properties',
    depsNote: [
      'Dependencies resolve once per build script change, into a cache mount kept across builds.',
      "gradle/ holds the wrapper and the version catalog. A private repository's credentials arrive as",
      'the "gradle_properties" secret.',
    ],
    copies: [
      { from: '*.gradle* gradle.propertie[s] gradle[w]', to: './' },
      { from: 'gradl[e]', to: 'gradle/' },
    ],
    resolve: 'project-gradle --no-daemon dependencies > /dev/null',
    package: 'project-gradle --no-daemon assemble',
    test: 'project-gradle --no-daemon test',
  },
} as const;

/** Per build tool in a workspace: the command for one project and those it needs, and the files its build reads. */
const SCOPED = {
  // -pl <module> -am: the module and the modules it needs.
  maven: {
    scope: (command: string, dir: string) => `${command} -pl ${dir} -am`,
    collect: "-name pom.xml -o -path './mvnw' -o -path './.mvn/*'",
  },
  // :<project>:<task>: Gradle runs the tasks of the projects it depends on by itself.
  gradle: {
    scope: (command: string, dir: string) => command.replace(/--no-daemon (\w+)/, `--no-daemon ${gradlePath(dir)}:$1`),
    // buildSrc's convention plugins configure every project, dependencies included.
    collect:
      "-name '*.gradle' -o -name '*.gradle.kts' -o -name gradle.properties -o -path './gradlew' -o -path './gradle/*' -o -path './buildSrc/*'",
  },
};

/** A project of a workspace builds from the root, scoped to it; its jar is under its folder. */
function scoped(tool: (typeof TOOLS)[keyof typeof TOOLS], pm: keyof typeof TOOLS, ws: WorkspaceFacts | undefined, entry: string) {
  const commands = { resolve: tool.resolve, package: tool.package, test: tool.test };
  if (!ws) return { jar: entry, commands, workspace: null };
  const { scope, collect } = SCOPED[pm];
  return {
    jar: `${ws.dir}/${entry.replace(/^(\.\/)+/, '')}`,
    commands: {
      resolve: scope(commands.resolve, ws.dir),
      package: scope(commands.package, ws.dir),
      test: scope(commands.test, ws.dir),
    },
    // The wrapper and its settings are the root's; every project's build file is read.
    workspace: { collect, dirs: ws.closure.map((m) => m.dir) },
  };
}

export function javaView(a: LanguageAnswers, facts: Facts) {
  const tool = TOOLS[a.pm as keyof typeof TOOLS];
  const distroless = a.final === 'distroless';
  const java = distroless ? '/usr/bin/java' : 'java';
  return {
    secretId: tool.secretId,
    tool,
    ...scoped(tool, a.pm as keyof typeof TOOLS, facts.workspace as WorkspaceFacts | undefined, a.entry),
    runUser: distroless ? NONROOT_USER : APP_USER,
    debugUser: APP_USER,
    finalImage: FINAL_IMAGES[a.final]!,
    java,
    probe: [java, '-cp', '/opt/healthcheck', 'HealthCheck', healthUrl(a.port, a.healthcheck)],
    entrypoint: [java, '-XX:MaxRAMPercentage=75', '-jar', 'app.jar'],
    // A pattern also matches the side jars builds leave beside the app's: the build picks the one left.
    jarPattern: a.entry.includes('*'),
  };
}
