import type { Branding } from '../model/branding';
import type { Project } from '../model/project';

/**
 * The project with this branding: a part left undefined is removed, and no branding at all
 * leaves no empty `branding` in the file. The text and its fingerprint are untouched.
 */
export function withBranding(project: Project, { logo, accent }: Branding): Project {
  const { branding: _previous, ...rest } = project;
  const branding: Branding = {
    ...(logo === undefined ? {} : { logo }),
    ...(accent === undefined ? {} : { accent }),
  };
  return logo === undefined && accent === undefined ? rest : { ...rest, branding };
}
