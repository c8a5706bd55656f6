// Java: Maven or Gradle (and their wrappers), Java version, the jar to run, Spring Boot, port.
import { capture, firstPresent, isRecord, property, toolVersion } from '../../detect/files.js';
import { GRADLE_BUILDS, GRADLE_SETTINGS, readGradle } from './gradle.js';
import { readPom } from './pom.js';
import {
  fromPlaced,
  hit,
  type DetectDeps,
  type Detected,
  type Found,
  type LanguageDetector,
  type ProjectFiles,
} from '../../detect/types.js';
import { resolveJava } from './versions.js';

const MANIFESTS = ['pom.xml', ...GRADLE_BUILDS];
const RESOURCES = 'src/main/resources/application';
const JAVA_CONFIGS = [`${RESOURCES}.properties`, `${RESOURCES}.yml`, `${RESOURCES}.yaml`];
const PORT_KEYS = ['server.port', 'quarkus.http.port', 'micronaut.server.port'];
const BOOT = 'Spring Boot: layered jar';

/** `8081` or `${PORT:8081}` → 8081. */
function portValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const m = typeof v === 'string' ? /^(?:\$\{[\w.]+:(\d+)\}|(\d+))$/.exec(v.trim()) : null;
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** A dotted key in parsed YAML, nested (`server: port:`) or flat (`server.port:`). */
function yamlKey(doc: unknown, key: string): unknown {
  if (!isRecord(doc)) return undefined;
  if (key in doc) return doc[key];
  const [head, ...rest] = key.split('.');
  return rest.length ? yamlKey(doc[head!], rest.join('.')) : undefined;
}

function detectPort(files: ProjectFiles, deps: DetectDeps): Detected | undefined {
  for (const file of JAVA_CONFIGS) {
    const text = files.get(file);
    if (text === undefined) continue;
    const values = file.endsWith('.properties') ? PORT_KEYS.map((k) => property(text, k)) : yamlPorts(text, deps);
    const port = values.map(portValue).find((p) => p !== undefined);
    if (port !== undefined) return hit(port, file);
  }
  return undefined;
}

/** Ports from the documents that apply without a profile (none when no YAML parser was given). */
function yamlPorts(text: string, { parseYaml }: DetectDeps): unknown[] {
  if (!parseYaml) return [];
  try {
    return parseYaml(text)
      .filter((d) => yamlKey(d, 'spring.config.activate.on-profile') === undefined && yamlKey(d, 'spring.profiles') === undefined)
      .flatMap((d) => PORT_KEYS.map((k) => yamlKey(d, k)));
  } catch {
    return [];
  }
}

function wrapperNote(files: ProjectFiles, pm: 'maven' | 'gradle'): string | undefined {
  const [script, props, re, tool] =
    pm === 'maven'
      ? (['mvnw', '.mvn/wrapper/maven-wrapper.properties', /apache-maven-(\d+(?:\.\d+)+)-bin/, 'Maven'] as const)
      : (['gradlew', 'gradle/wrapper/gradle-wrapper.properties', /gradle-(\d+(?:\.\d+)+)-(?:bin|all)\.zip/, 'Gradle'] as const);
  if (!files.has(script)) return undefined;
  const version = capture(files.get(props), [re]);
  return `${script} present${version ? ` (${tool} ${version})` : ''}: the template builds with the image's ${pm === 'maven' ? 'mvn' : 'gradle'}`;
}

function commonVersion(files: ProjectFiles): Detected | undefined {
  const sys = property(files.get('system.properties'), 'java.runtime.version');
  if (sys) return fromPlaced(resolveJava(sys, 'java.runtime.version'), 'system.properties');
  const tv = toolVersion(files, ['java']);
  return tv ? fromPlaced(resolveJava(tv, 'java'), '.tool-versions') : undefined;
}

function maven(files: ProjectFiles): Found {
  const pom = readPom(files.get('pom.xml') ?? '');
  const keys = ['maven.compiler.release', 'maven.compiler.source', 'java.version', 'maven.compiler.target'];
  const key = keys.find((k) => pom.properties.get(k));
  const version = key
    ? fromPlaced(resolveJava(pom.properties.get(key)!, key), 'pom.xml')
    : pom.compilerRelease
      ? fromPlaced(resolveJava(pom.compilerRelease, 'maven-compiler-plugin release'), 'pom.xml')
      : undefined;
  const packaging = pom.packaging ?? 'jar';
  const name = pom.finalName ?? (pom.artifactId && pom.version && `${pom.artifactId}-${pom.version}`);
  const why = pom.modules
    ? "multi-module build (<modules>): set --entry to the application module's jar"
    : packaging !== 'jar'
      ? `packaging ${packaging}: the template runs a jar`
      : undefined;
  const entry = !why && name ? hit(`target/${name}.jar`, 'pom.xml', pom.springBoot && BOOT) : undefined;
  const also = files.has('build.gradle') || files.has('build.gradle.kts') ? 'a Gradle build is present too; Maven chosen' : undefined;
  return {
    pm: hit('maven', 'pom.xml', wrapperNote(files, 'maven'), why, also, !entry && pom.springBoot && BOOT),
    runtimeVersion: version ?? commonVersion(files),
    entry,
  };
}

function gradle(files: ProjectFiles): Found {
  const build = readGradle(files)!;
  const version = build.java ? fromPlaced(resolveJava(build.java.raw, build.java.label), build.file) : undefined;
  const why = build.multiProject && "multi-project build (include in settings): set --entry to the application project's jar";
  const entry =
    !why && build.jar ? hit(build.jar, build.file, build.springBoot && `${BOOT}; the exact name leaves out the -plain.jar`) : undefined;
  return {
    pm: hit(
      'gradle',
      build.file,
      wrapperNote(files, 'gradle'),
      why,
      !entry && build.springBoot && `${BOOT}; build/libs also holds a -plain.jar, so set --entry to the boot jar`,
    ),
    runtimeVersion: version ?? commonVersion(files),
    entry,
  };
}

export const javaDetector: LanguageDetector = {
  manifests: MANIFESTS,
  knownFiles: [
    ...GRADLE_SETTINGS,
    'gradle.properties',
    'system.properties',
    '.tool-versions',
    '.mvn/wrapper/maven-wrapper.properties',
    'gradle/wrapper/gradle-wrapper.properties',
    ...JAVA_CONFIGS,
  ],
  headOnly: ['mvnw', 'gradlew'],
  yamlFiles: JAVA_CONFIGS.filter((f) => /\.ya?ml$/.test(f)),
  detect(files, deps) {
    const found: Found = {
      lang: hit('java', firstPresent(files, MANIFESTS) ?? 'pom.xml'),
      ...(files.has('pom.xml') ? maven(files) : firstPresent(files, GRADLE_BUILDS) ? gradle(files) : {}),
    };
    found.port = detectPort(files, deps);
    return found;
  },
};
