// Java: its LTS lines, and versions from build files placed on them.
import { placeVersion, type Placed, type VersionTable } from '../versions.js';

// GA dates: openjdk.org. Every line here is LTS; Temurin states no end date, only "at least"
// (adoptium.net/support), so none is set. Images: eclipse-temurin 17/21/25 -jre and -jre-alpine
// (Ubuntu based: Temurin publishes no Debian image), maven 3.9-eclipse-temurin-N, gradle 9-jdkN,
// distroless java17/21/25-debian13. Gradle 9 needs Java 17 or newer. Checked 2026-12-01.
export const JAVA: VersionTable = {
  runtime: 'Java',
  default: '25',
  lines: [
    { line: '17', released: '2021-09-14' },
    { line: '21', released: '2023-09-19' },
    { line: '25', released: '2025-09-16' },
  ],
};

/** `17`, `1.8`, `VERSION_1_8`, `temurin-17.0.2+8` → a Java line with images. */
export function resolveJava(raw: string, source: string): Placed | undefined {
  const m = /^(?:[a-z]+-)?(?:VERSION_)?(?:1[._](?=\d))?(\d+)/i.exec(raw.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major < 5) return undefined;
  return placeVersion(JAVA, String(major), `${source} ${raw.trim()}`);
}
