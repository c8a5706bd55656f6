// Java versions from build files → the JDK/JRE image tags the templates support.
import { snap, type Resolved } from '../../detect/versions.js';

export const JAVA_MAJORS = [11, 17, 21] as const;

/** `17`, `1.8`, `VERSION_1_8`, `temurin-17.0.2+8` → a supported Java major. */
export function resolveJava(raw: string, source: string): Resolved | undefined {
  const m = /^(?:[a-z]+-)?(?:VERSION_)?(?:1[._](?=\d))?(\d+)/i.exec(raw.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major < 5) return undefined;
  return snap(major, JAVA_MAJORS, String, 'Java', `${source} ${raw.trim()}`);
}
