import { describe, expect, it } from 'vitest';
import { LATEST_EXPORT_CONTRACT } from '../model/export-contract';
import type { Project } from '../model/project';
import { richTextToPlainText } from '../rich-text/to-plain-text';
import { draftFingerprint } from '../signoff/request-sign-off';
import { contentOf } from '../signoff/version-content';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import { exportYaml } from './yaml-export';
import { importYaml } from './yaml-import';

const NOW = '2026-04-01T08:00:00.000Z';
const importAs = (yaml: string): Project => importYaml(yaml, { now: NOW });

/**
 * The sample with `status`, after versions of the same text numbered `versions`; the last one, if
 * the text is it, approved by HR the day it was signed off.
 */
function withStatus(status: Project['meta']['status'], versions: number[]): Project {
  const project = createSampleProject();
  const { request: _request, ...signOff } = project.signOff;
  const fingerprint = draftFingerprint(project);
  const last = versions.at(-1);
  return {
    ...project,
    meta: { ...project.meta, status },
    signOff,
    approvals:
      last === undefined || (status !== 'signed-off' && status !== 'published')
        ? project.approvals
        : [
            {
              versionNumber: last,
              role: 'hr',
              name: 'Claire Martin',
              decision: 'approved',
              date: NOW,
              fingerprint,
            },
          ],
    versions: versions.map((number) => ({
      number,
      status: status === 'published' ? status : 'signed-off',
      createdAt: NOW,
      fingerprint,
      roles: ['hr' as const],
      content: contentOf(project),
      contract: LATEST_EXPORT_CONTRACT,
    })),
  };
}

describe('importYaml', () => {
  it('round-trips an export byte for byte, id and fingerprint included', () => {
    const projects = [
      createSampleProject(),
      createSampleProject(1),
      withStatus('draft', []),
      withStatus('in-review', [1, 2]),
      withStatus('signed-off', [1, 2]),
      withStatus('published', [1, 2, 3]),
    ];
    for (const project of projects) {
      const yaml = exportYaml(project);
      const imported = importAs(yaml);
      expect(imported.id).toBe(project.id);
      expect(exportYaml(imported), project.meta.status).toBe(yaml);
    }
  });

  it('loses no clause text or rationale and keeps the company answers', () => {
    const project = createSampleProject();
    const imported = importAs(exportYaml(project));
    const plain = (value: Project) =>
      value.sections.flatMap((section) =>
        section.clauses.map((clause) => [richTextToPlainText(clause.body), clause.rationale]),
      );
    expect(plain(imported)).toEqual(plain(project));
    expect(imported.answers['company.name']).toBe(SAMPLE_COMPANY);
    expect(imported.answers['company.worksCouncil']).toBe('yes');
    expect(imported.answers['company.networks']).toEqual(['LinkedIn', 'Instagram', 'on']);
    expect(imported.answers).not.toHaveProperty('tone');
  });

  it('records the import and the versions the export tells of', () => {
    const imported = importAs(exportYaml(createSampleProject()));
    expect(imported.meta).toMatchObject({
      status: 'sign-off-requested',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(imported.history).toEqual([
      {
        at: NOW,
        kind: 'imported',
        fact: { type: 'yaml-imported', format: 'charter-studio/charter@2', version: 2 },
      },
    ]);
    // Version 1's text is not in the export: its number carries on, and the request is pending.
    expect(imported.versions).toEqual([]);
    expect(imported.signOff.versionsBefore).toBe(1);
    expect(imported.signOff.request?.fingerprint).toBe(draftFingerprint(imported));
    expect(
      imported.approvals.map((approval) => [
        approval.versionNumber,
        approval.role,
        approval.decision,
      ]),
    ).toEqual([
      [2, 'hr', 'approved'],
      [2, 'legal', 'rejected'],
    ]);
    const published = importAs(exportYaml(withStatus('published', [1, 2, 3])));
    expect(
      published.versions.map((version) => [
        version.number,
        version.status,
        version.content.sections.length,
      ]),
    ).toEqual([[3, 'published', 3]]);
  });

  it('refuses a signed-off export whose text no longer matches its fingerprint', () => {
    const yaml = exportYaml(withStatus('signed-off', [1]));
    const tampered = yaml.replace('Cette charte est revue', 'Cette charte est relue');
    expect(tampered).not.toBe(yaml);
    expect(() => importAs(tampered)).toThrow(/does not match its fingerprint.*charter verify/);
  });

  it('refuses a text relabelled signed-off or published that its decisions do not support', () => {
    const relabelled = exportYaml(createSampleProject()).replace(
      'status: sign-off-requested',
      'status: published',
    );
    expect(() => importAs(relabelled)).toThrow(
      /published export does not verify.*last decision of legal is a rejection/,
    );
  });

  it('names the field and the problem in a file that breaks the contract', () => {
    const yaml = exportYaml(createSampleProject());
    const cases: [string, RegExp][] = [
      [yaml.replace(/^ {2}name: .*$/m, ''), /company\.name/],
      [yaml.replace('owner: hr', 'owner: marketing'), /sections\[0\]\.owner/],
      [
        yaml.replace('id: scope.networks', 'id: scope.who'),
        /sections\[0\]\.clauses\[1\]\.id: duplicate clause scope\.who/,
      ],
      [yaml.replace('language: fr', 'language: fr\nnote: hello'), /note/],
      [
        yaml.replace('duringWorkingTime: null', 'duringWorkingTime: pauses'),
        /rules\.personalUse\.duringWorkingTime/,
      ],
      [yaml.replace('  number: 2', '  number: two'), /version\.number/],
      ['- just\n- a list\n', /\(root\)/],
      ['', /\(root\)/],
    ];
    for (const [text, message] of cases) {
      expect(() => importAs(text), String(message)).toThrow(
        expect.objectContaining({ code: 'invalid-file', message: expect.stringMatching(message) }),
      );
    }
  });

  it('refuses text that is not YAML, saying where', () => {
    expect(() => importAs('format: [unclosed\nid: x\n')).toThrow(
      expect.objectContaining({
        code: 'invalid-file',
        message: expect.stringMatching(/not valid YAML.*line/s),
      }),
    );
    expect(() => importAs('a: &a [1]\nb: *missing\n')).toThrow(
      expect.objectContaining({ code: 'invalid-file' }),
    );
  });

  it('refuses a newer contract with a message that says to update', () => {
    const yaml = exportYaml(createSampleProject()).replace('charter@2', 'charter@3');
    expect(() => importAs(yaml)).toThrow(
      expect.objectContaining({
        code: 'unsupported',
        message: expect.stringContaining('charter-studio/charter@3'),
      }),
    );
  });
});
