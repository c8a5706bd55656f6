// Maven reactors: a root pom.xml whose <modules> list the modules; a module's <dependencies> say
// which other modules it needs. Gradle multi-project builds: settings.gradle(.kts) includes the
// projects; a project's project(":lib") dependencies say which others it needs.
import type { Member, WorkspaceKind } from '../../workspace/types.js';
import { folder } from '../../workspace/folder.js';
import { readPom } from './pom.js';

const withoutComments = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, '');
const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

export const mavenReactor: WorkspaceKind = {
  declaredBy: '<modules> in pom.xml',
  rootFiles: ['pom.xml'],
  root(files) {
    const pom = files.get('pom.xml');
    // The modules a plain build has: those of profiles are left out.
    const own = pom === undefined ? '' : withoutComments(pom).replace(/<profiles\b[^>]*>[\s\S]*?<\/profiles>/g, '');
    const modules = all(all(own, 'modules').join(''), 'module').map(folder);
    return modules.length ? { patterns: modules, file: 'pom.xml', tool: 'maven' } : undefined;
  },
  memberFiles: ['pom.xml'],
  member(dir, text): Member | undefined {
    const name = readPom(text).artifactId;
    if (!name) return undefined;
    // <dependencies> of the project, not of <dependencyManagement> (versions only) or of plugins.
    const xml = withoutComments(text)
      .replace(/<dependencyManagement\b[^>]*>[\s\S]*?<\/dependencyManagement>/g, '')
      .replace(/<build\b[^>]*>[\s\S]*?<\/build>/g, '');
    const deps = all(all(xml, 'dependencies').join(''), 'artifactId').map((a) => a.trim());
    return { dir, name, deps, outDir: null };
  },
};

/** Gradle's project path of a folder: services/api is :services:api. */
export const gradlePath = (dir: string) => `:${dir.split('/').join(':')}`;

const quoted = (text: string) => [...text.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
const withoutLineComments = (text: string) => text.replace(/\/\/.*$/gm, '');

export const gradleBuild: WorkspaceKind = {
  declaredBy: 'include in settings.gradle(.kts)',
  rootFiles: ['settings.gradle.kts', 'settings.gradle'],
  root(files) {
    const [file, text] = [...files][0] ?? [];
    if (!file || text === undefined) return undefined;
    // include("app", "lib"), include ':services:api': each project path is a folder.
    const includes = [...withoutLineComments(text).matchAll(/^\s*include\b\s*\(?([^)\n]*)/gm)].flatMap((m) => quoted(m[1]!));
    const projects = includes.map((p) => folder(p.replace(/^:/, '').split(':').join('/')));
    return projects.length ? { patterns: projects, file, tool: 'gradle' } : undefined;
  },
  memberFiles: ['build.gradle.kts', 'build.gradle'],
  member(dir, text): Member | undefined {
    const deps = [...withoutLineComments(text).matchAll(/\bproject\s*\(\s*(?:path\s*[:=]\s*)?["'](:[^"']+)["']/g)].map((m) => m[1]!);
    return { dir, name: gradlePath(dir), deps, outDir: null };
  },
};
