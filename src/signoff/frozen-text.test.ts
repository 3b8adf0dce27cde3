import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toExportDocument } from '../export/export-document';
import { exportYaml } from '../export/yaml-export';
import { importYaml } from '../export/yaml-import';
import type { Project } from '../model/project';
import type { FingerprintedText } from '../model/sign-off';
import { CREATED, TEMPLATES } from '../review/test-support/sample-project';
import { createProject } from '../template/create-project';
import { loadTemplate } from '../template/load-template';
import { readProfile } from '../template/test-support/read-profile';
import { fingerprintOf } from './fingerprint';
import { signOffAll } from './test-support/sign-off-steps';
import { verifyExport } from './verify-export';

const NOW = '2026-12-05T10:00:00.000Z';

let signed: Project;
beforeAll(async () => {
  // 300 employees and sanctions: the export has a formalities block.
  const project = createProject({
    id: 'charter-300',
    template: await loadTemplate(TEMPLATES, 'social-media'),
    answers: await readProfile(`${TEMPLATES}/social-media/profiles/industry-300.fr.yaml`),
    language: 'fr',
    now: CREATED,
  });
  signed = signOffAll(project, NOW).project;
});

/** The project with its only version's frozen text (and the fingerprint named) replaced. */
function withVersionText(project: Project, text: FingerprintedText, fingerprint?: string): Project {
  return {
    ...project,
    versions: project.versions.map((version) => ({
      ...version,
      text,
      fingerprint: fingerprint ?? version.fingerprint,
    })),
  };
}

describe('the text a version was signed off on', () => {
  it('is kept with the version and the request, and is what its fingerprint covers', () => {
    const [version] = signed.versions;
    expect(version?.text).toBeDefined();
    expect(fingerprintOf(version?.text ?? {})).toBe(version?.fingerprint);
  });

  it('exports as it was frozen, a field the format gained since left out', () => {
    const { formalities: _gainedSince, ...older } = signed.versions[0]?.text ?? {};
    expect(_gainedSince).toBeDefined();
    const project = withVersionText(signed, older, fingerprintOf(older));
    const yaml = exportYaml(project);
    expect(parse(yaml)).not.toHaveProperty('formalities');
    expect(verifyExport(yaml).failures.filter(({ kind }) => kind === 'fingerprint')).toEqual([]);
    expect(toExportDocument(project).version.fingerprint).toBe(fingerprintOf(older));
  });

  it('refuses to export a version whose frozen text or stored content was altered', () => {
    const text = signed.versions[0]?.text ?? {};
    const retitled = withVersionText(signed, { ...text, title: 'Autre titre' });
    expect(() => toExportDocument(retitled)).toThrow(
      /version 1 no longer reads as its approvers decided on it \(changed: title\)/,
    );
    const otherFingerprint = `sha256:${'0'.repeat(64)}`;
    expect(() => toExportDocument(withVersionText(signed, text, otherFingerprint))).toThrow(
      /version 1 no longer reads as its approvers decided on it \(signed as sha256:0{64}\)/,
    );
  });

  it('comes back from a signed-off YAML export as written, and exports the same bytes', () => {
    const yaml = exportYaml(signed);
    const imported = importYaml(yaml, { now: NOW });
    expect(imported.versions[0]?.text).toEqual(signed.versions[0]?.text);
    expect(exportYaml(imported)).toBe(yaml);
  });
});
