import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExportDocument, toExportDocument } from '../export/export-document';
import { createSampleProject } from '../export/sample-project.fixture';
import { exportYaml } from '../export/yaml-export';
import { importYaml } from '../export/yaml-import';
import type { Project } from '../model/project';
import type { Role } from '../model/role';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { withClauseBody } from '../review/test-support/sample-project';
import { checkIntegrity } from './check-integrity';
import { followEdits } from './follow-edits';
import { prepareDecision, recordDecision } from './record-decision';
import { selectVersion } from './select-version';
import { generateSigningKey, signApproval } from './signing-key';
import { keysByRole, signOffAll } from './test-support/sign-off-steps';
import { verifyExport } from './verify-export';

const NOW = '2026-12-05T10:00:00.000Z';

/**
 * The sample as a file saved before contract 2 keeps it (request and version 1 fingerprinted
 * under contract 1, no `contract` recorded), then signed off by legal and IT with their keys.
 */
function signedOffUnderContract1(): Project {
  let project = createSampleProject(1);
  for (const role of ['legal', 'it'] as const satisfies Role[]) {
    const approval = prepareDecision(project, { role, name: role, decision: 'approved' }, NOW);
    project = recordDecision(project, signApproval(approval, generateSigningKey()), NOW).project;
  }
  return project;
}

const format = (yaml: string) => ExportDocument.parse(parse(yaml)).format;

describe('the export contract a version was fingerprinted under', () => {
  it('stays contract 1 for a text whose sign-off was requested before contract 2', () => {
    const pending = createSampleProject(1);
    const requested = pending.signOff.request?.fingerprint;
    const project = signedOffUnderContract1();
    const version = project.versions.at(-1);
    expect(version).toMatchObject({ number: 2, fingerprint: requested });
    expect(version).not.toHaveProperty('contract');
    const yaml = exportYaml(project);
    expect(format(yaml)).toBe('charter-studio/charter@1');
    expect(parse(yaml)).not.toHaveProperty('rules');
    const verification = verifyExport(yaml, { requiredRoles: ['hr', 'legal', 'it'] });
    expect(verification.fingerprint).toBe(requested);
    // HR's approval and legal's earlier rejection were recorded unsigned; all else holds.
    expect(verification.failures.map(({ kind }) => kind)).toEqual(['unsigned', 'unsigned']);
    expect(checkIntegrity(project)).toEqual([]);
  });

  it('is recorded as 2 by a new sign-off, while the version before still exports as 1, unchanged', () => {
    const first = signedOffUnderContract1();
    const before = exportYaml(selectVersion(first, 2));
    const edited = withClauseBody(first, 'scope.who', doc(p(text('Tous les salariés.'))));
    const { project, version } = signOffAll(followEdits(edited, NOW).project, NOW, keysByRole());
    expect(version).toMatchObject({ number: 3, contract: 2 });
    const yaml = exportYaml(project);
    expect(format(yaml)).toBe('charter-studio/charter@2');
    expect(parse(yaml)).toHaveProperty('rules');
    expect(verifyExport(yaml).failures).toEqual([]);
    expect(verifyExport(yaml).fingerprint).toBe(version.fingerprint);
    expect(exportYaml(selectVersion(project, 2))).toBe(before);
    expect(checkIntegrity(project)).toEqual([]);
  });

  it('comes back with a contract 1 export, which imports and exports as contract 1 again', () => {
    const yaml = exportYaml(signedOffUnderContract1());
    const imported = importYaml(yaml, { now: NOW });
    expect(imported.versions[0]).toMatchObject({ contract: 1 });
    expect(imported.history[0]?.fact).toEqual({
      type: 'yaml-imported',
      format: 'charter-studio/charter@1',
      version: 2,
    });
    expect(exportYaml(imported)).toBe(yaml);
    // A draft carries on under the latest contract.
    expect(toExportDocument(createSampleProject(1)).format).toBe('charter-studio/charter@1');
    const draft = { ...imported, meta: { ...imported.meta, status: 'draft' as const } };
    expect(toExportDocument(draft).format).toBe('charter-studio/charter@2');
  });

  it('cannot be changed in the file: the version would no longer give the text signed', () => {
    const project = signedOffUnderContract1();
    const relabelled: Project = {
      ...project,
      versions: project.versions.map((version) =>
        version.number === 2 ? { ...version, contract: 2 } : version,
      ),
    };
    expect(() => exportYaml(relabelled)).toThrow(/changed outside Charter Studio/);
    expect(checkIntegrity(relabelled).map(({ subject, kind }) => [subject, kind])).toEqual([
      [2, 'altered'],
    ]);
  });
});
