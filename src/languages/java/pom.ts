// Not an XML parser: a few project-level values of a pom.xml, read after removing comments and the
// nested sections (parent, dependencies, build, profiles…) whose tags would otherwise be mistaken
// for the project's own. Values holding an unresolvable ${property} come back undefined.

const NESTED = [
  'profiles',
  'build',
  'dependencyManagement',
  'dependencies',
  'parent',
  'reporting',
  'distributionManagement',
  'repositories',
  'pluginRepositories',
  'developers',
  'contributors',
  'licenses',
  'scm',
  'organization',
  'issueManagement',
  'ciManagement',
  'mailingLists',
  'properties',
  'modules',
];

const block = (xml: string, tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
const value = (xml: string | undefined, tag: string) => (xml ? block(xml, tag)?.trim() : undefined);

export interface Pom {
  artifactId?: string;
  version?: string;
  packaging?: string;
  finalName?: string;
  /** <release> in the build's plugin configuration (maven-compiler-plugin). */
  compilerRelease?: string;
  modules: boolean;
  springBoot: boolean;
  properties: Map<string, string>;
}

export function readPom(text: string): Pom {
  const xml = text.replace(/<!--[\s\S]*?-->/g, '');
  let own = xml;
  for (const tag of NESTED) own = own.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'), '');
  const withoutProfiles = xml.replace(/<profiles\b[^>]*>[\s\S]*?<\/profiles>/g, '');
  const properties = new Map<string, string>();
  for (const m of (block(withoutProfiles, 'properties') ?? '').matchAll(/<([\w.-]+)>\s*([^<]*?)\s*<\/\1>/g)) properties.set(m[1]!, m[2]!);

  const parent = block(xml, 'parent');
  const version = value(own, 'version') ?? value(parent, 'version');
  const artifactId = value(own, 'artifactId');
  if (version) properties.set('project.version', version);
  if (artifactId) properties.set('project.artifactId', artifactId);
  const resolve = (v: string | undefined) => (v === undefined ? undefined : interpolate(v, properties));
  return {
    artifactId: resolve(artifactId),
    version: resolve(version),
    packaging: resolve(value(own, 'packaging')),
    finalName: resolve(value(block(withoutProfiles, 'build'), 'finalName')),
    compilerRelease: resolve(value(block(withoutProfiles, 'build'), 'release')),
    modules: /<modules\b/.test(withoutProfiles),
    springBoot: /<artifactId>\s*spring-boot-maven-plugin\s*<\/artifactId>/.test(withoutProfiles),
    properties: new Map([...properties].map(([k, v]) => [k, interpolate(v, properties) ?? v])),
  };
}

/** ${name} → its value, a few levels deep; undefined when one stays unresolved. */
function interpolate(v: string, props: ReadonlyMap<string, string>): string | undefined {
  let out = v;
  for (let i = 0; i < 5 && out.includes('${'); i++)
    out = out.replace(/\$\{([\w.-]+)\}/g, (whole, name: string) => props.get(name) ?? whole);
  return out.includes('${') ? undefined : out;
}
