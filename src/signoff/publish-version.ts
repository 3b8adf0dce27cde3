import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { Timestamp } from '../model/timestamp';
import { latestVersion } from './version-number';

/**
 * Marks the latest signed-off version published (made available to employees). Only the latest
 * can be: publishing an older text would put a superseded charter in force.
 */
export function publishVersion(project: Project, now: Timestamp, actor?: string): Project {
  const latest = latestVersion(project);
  if (!latest) {
    throw new CharterError(
      'invalid-input',
      'No version has been signed off yet: nothing to publish.',
    );
  }
  if (latest.status === 'published') {
    throw new CharterError('invalid-input', `Version ${latest.number} is already published.`);
  }
  const published = { ...latest, status: 'published' as const, publishedAt: now };
  return {
    ...project,
    meta: {
      ...project.meta,
      // The live text is that version until someone edits it.
      status: project.meta.status === 'signed-off' ? 'published' : project.meta.status,
    },
    versions: project.versions.map((version) => (version === latest ? published : version)),
    history: [
      ...project.history,
      {
        at: now,
        kind: 'published',
        ...(actor === undefined ? {} : { actor }),
        fact: { type: 'published', version: latest.number, fingerprint: latest.fingerprint },
      },
    ],
  };
}
