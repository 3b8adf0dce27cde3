import type { Project } from '../model/project';
import type { Fingerprint } from '../model/sign-off';
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

/** Hex digits of the short form: 48 bits tell versions apart by eye and fit in a footer. */
const SHORT_DIGITS = 12;

/** `sha256:3f2a9c0d1e7b`: the fingerprint's first digits, for footers. */
export function shortFingerprint(fingerprint: Fingerprint): string {
  return fingerprint.slice(0, 'sha256:'.length + SHORT_DIGITS);
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
