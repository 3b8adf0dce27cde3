import type { Project } from '../model/project';
import type { VersionContent } from '../model/sign-off';
import { canonicalJson } from './canonical-json';

/** What a version freezes of a project: everything its exports are made of. */
export function contentOf(project: Project): VersionContent {
  const { meta, template, answers, sections } = project;
  return { title: meta.title, language: meta.language, template, answers, sections };
}

/** Whether two texts are the same, whatever order their keys were written in. */
export function sameContent(a: VersionContent, b: VersionContent): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}
