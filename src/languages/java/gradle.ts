// Gradle build scripts (Groovy or Kotlin DSL), read with patterns for the few values detection needs.
import { capture, firstPresent, property } from '../../detect/files.js';
import type { ProjectFiles } from '../../detect/types.js';

export const GRADLE_BUILDS = ['build.gradle.kts', 'build.gradle'];
export const GRADLE_SETTINGS = ['settings.gradle.kts', 'settings.gradle'];

const SPRING_BOOT =
  /\bid\s*\(?\s*['"]org\.springframework\.boot['"]|apply\s*\(?\s*plugin\s*[:=]\s*['"]org\.springframework\.boot['"]|\blibs\.plugins\.spring[.-]?boot\b/i;
/** Any of these changes the jar's file name, so it is not computed. */
const CUSTOM_ARCHIVE = /\barchive(?:FileName|BaseName|Version|Classifier|Appendix)\b|\bbaseName\s*=/;

/** Most specific first: a toolchain says what runs the build, compatibility what the code targets. */
const GRADLE_JAVA: [RegExp, string][] = [
  [/JavaLanguageVersion\.of\(\s*['"]?(\d+)['"]?\s*\)/, 'toolchain languageVersion'],
  [/\bjvmToolchain\(\s*(\d+)\s*\)/, 'jvmToolchain'],
  [/\bsourceCompatibility\s*=\s*JavaVersion\.(VERSION_[\d_]+)/, 'sourceCompatibility'],
  [/\bsourceCompatibility\s*=\s*JavaVersion\.toVersion\(\s*['"]?([\d.]+)/, 'sourceCompatibility'],
  [/\bsourceCompatibility\s*=\s*['"]?(\d[\d.]*)/, 'sourceCompatibility'],
  [/\btargetCompatibility\s*=\s*JavaVersion\.(VERSION_[\d_]+)/, 'targetCompatibility'],
  [/\btargetCompatibility\s*=\s*['"]?(\d[\d.]*)/, 'targetCompatibility'],
];

export interface GradleBuild {
  file: string;
  text: string;
  springBoot: boolean;
  /** settings.gradle includes subprojects. */
  multiProject: boolean;
  /** build/libs/<rootProject.name>[-<version>].jar when the name is known and not customised. */
  jar?: string;
  java?: { raw: string; label: string };
}

export function readGradle(files: ProjectFiles): GradleBuild | undefined {
  const file = firstPresent(files, GRADLE_BUILDS);
  if (!file) return undefined;
  const text = files.get(file) ?? '';
  const settings = files.get(firstPresent(files, GRADLE_SETTINGS) ?? '') ?? '';
  const name = capture(settings, [/rootProject\.name\s*=\s*['"]([^'"$]+)['"]/]);
  const version = capture(text, [/^\s*version\s*=\s*['"]([^'"$]+)['"]/m]) ?? property(files.get('gradle.properties'), 'version');
  // Gradle leaves an unspecified version out of the jar's name.
  const base = name && (version && version !== 'unspecified' ? `${name}-${version}` : name);
  const java = GRADLE_JAVA.map(([re, label]) => ({ raw: capture(text, [re]), label })).find((j) => j.raw !== undefined);
  return {
    file,
    text,
    springBoot: SPRING_BOOT.test(text),
    multiProject: /^\s*include\b/m.test(settings),
    jar: base && !CUSTOM_ARCHIVE.test(text) ? `build/libs/${base}.jar` : undefined,
    java: java && { raw: java.raw!, label: java.label },
  };
}
