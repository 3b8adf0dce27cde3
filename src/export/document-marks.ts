import type { Project } from '../model/project';
import type { Fingerprint } from '../model/sign-off';
import { shortFingerprint } from '../signoff/short-fingerprint';
import { isFrozen } from '../signoff/version-number';
import type { ExportLabels } from './export-labels';

/** What the pages of an export carry, so that a reader of any one page knows which text it is. */
export interface DocumentMarks {
  /** The text's full fingerprint. A preview, redrawn at each keystroke, has none. */
  fingerprint: Fingerprint | undefined;
  /** "Empreinte sha256:3f2a9c0d1e7b", in the running footer. */
  footerFingerprint: string | undefined;
  /** "PROJET" on every page of a text not signed off yet; absent once it is a version. */
  draftMark: string | undefined;
}

export function documentMarks(
  project: Project,
  labels: ExportLabels,
  fingerprint: Fingerprint | undefined,
): DocumentMarks {
  return {
    fingerprint,
    footerFingerprint:
      fingerprint === undefined
        ? undefined
        : `${labels.fingerprint} ${shortFingerprint(fingerprint)}`,
    draftMark: isFrozen(project) ? undefined : labels.draftMark,
  };
}
