import { describe, expect, it } from 'vitest';
import { LifecycleStatus } from '../model/sign-off';
import { shortFingerprint } from '../signoff/short-fingerprint';
import { documentMarks } from './document-marks';
import { EXPORT_LABELS } from './export-labels';
import { createSampleProject } from './sample-project.fixture';

const FINGERPRINT = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('documentMarks', () => {
  it('marks every text not signed off yet as a draft, in the charter language', () => {
    const project = createSampleProject();
    const marked = LifecycleStatus.options.filter((status) => {
      project.meta.status = status;
      return documentMarks(project, EXPORT_LABELS.fr, FINGERPRINT).draftMark === 'PROJET';
    });
    expect(marked).toEqual(['draft', 'in-review', 'sign-off-requested']);
    project.meta.status = 'draft';
    expect(documentMarks(project, EXPORT_LABELS.en, FINGERPRINT).draftMark).toBe('DRAFT');
  });

  it('stamps the footer with the first twelve digits, and nothing in a preview', () => {
    expect(shortFingerprint(FINGERPRINT)).toBe('sha256:0123456789ab');
    const project = createSampleProject();
    expect(documentMarks(project, EXPORT_LABELS.en, FINGERPRINT).footerFingerprint).toBe(
      'Fingerprint sha256:0123456789ab',
    );
    expect(documentMarks(project, EXPORT_LABELS.fr, undefined)).toEqual({
      fingerprint: undefined,
      footerFingerprint: undefined,
      draftMark: 'PROJET',
    });
  });
});
