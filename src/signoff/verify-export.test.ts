import { beforeAll, describe, expect, it } from 'vitest';
import { exportYaml } from '../export/yaml-export';
import { sampleProject } from '../review/test-support/sample-project';
import { prepareDecision, recordDecision } from './record-decision';
import { requestSignOff } from './request-sign-off';
import { publicKeyOf, signApproval } from './signing-key';
import { keysByRole, signOffAll } from './test-support/sign-off-steps';
import { verifyExport, type VerifyOptions } from './verify-export';

const NOW = '2026-12-04T10:00:00.000Z';
const keys = keysByRole();
let signed = '';
beforeAll(async () => {
  signed = exportYaml(signOffAll(await sampleProject(), NOW, keys).project);
});

const messages = (yaml: string, options?: VerifyOptions) =>
  verifyExport(yaml, options).failures.map((failure) => failure.message);

/** Whether verification catches the change: a failure line, or a file no longer a charter export. */
function caught(yaml: string): boolean {
  try {
    return verifyExport(yaml).failures.length > 0;
  } catch {
    return true;
  }
}

/** The line holding `needle` and where its value starts, so that each character can be changed. */
function valueSpan(yaml: string, needle: string): { start: number; end: number } {
  const at = yaml.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in the export`);
  const start = at + needle.length;
  return { start, end: yaml.indexOf('\n', start) };
}

/** Every variant of `yaml` with one character of the span replaced by another one. */
function everyCharacterChanged(yaml: string, { start, end }: { start: number; end: number }) {
  return Array.from({ length: end - start }, (_, offset) => {
    const index = start + offset;
    const replacement = yaml[index] === 'x' ? 'y' : 'x';
    return yaml.slice(0, index) + replacement + yaml.slice(index + 1);
  });
}

describe('verifyExport', () => {
  it('holds for an untouched signed-off export: text and every signature', () => {
    const result = verifyExport(signed);
    expect(result.failures).toEqual([]);
    expect(result.verified).toHaveLength(3);
    expect(result.version).toMatchObject({
      number: 1,
      status: 'signed-off',
      fingerprint: result.fingerprint,
    });
  });

  it('catches a change of any character of a clause, a title or an approval', () => {
    const spans = [
      ['a clause', '        text: |-\n          '],
      ['the title', '\ntitle: '],
      ['a section title', '    title: '],
      ['an approver’s name', '  - role: hr\n    name: '],
      ['a decision date', '    date: '],
      ['a signature', '    signature: '],
    ] as const;
    for (const [what, needle] of spans) {
      const variants = everyCharacterChanged(signed, valueSpan(signed, needle));
      expect(variants.length, what).toBeGreaterThan(5);
      const missed = variants.filter((variant) => !caught(variant));
      expect(missed, `a change of ${what} went unnoticed`).toEqual([]);
    }
    // Hundreds of verifications: more than the default time on a loaded machine.
  }, 60_000);

  it('catches a re-fingerprinted text: the signatures were on the old one', () => {
    const tampered = signed.replace('text: |-\n          ', 'text: |-\n          «');
    expect(tampered).not.toBe(signed);
    const { fingerprint } = verifyExport(tampered);
    const refingerprinted = tampered.replace(
      /fingerprint: sha256:[0-9a-f]+/,
      `fingerprint: ${fingerprint}`,
    );
    const failures = messages(refingerprinted);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatch(
      /approvals\[0\] \(Claire Martin, hr, approved\): the signature does not match/,
    );
  });

  it('fails an unsigned approval and a signed-off version without approvals', () => {
    const unsigned = signed.replace(/\n {4}publicKey: .*\n {4}signature: .*/, '');
    expect(messages(unsigned)).toEqual([
      'approvals[0] (Claire Martin, hr, approved): not signed, so nothing proves who made this decision.',
    ]);
    const none = signed.replace(/\napprovals:\n(?: {2}- [\s\S]*?)(?=\n\w)/, '\napprovals: []');
    expect(messages(none)).toEqual(['Version 1 is signed-off but carries no approval.']);
  });

  it('with trusted keys, refuses a key it does not know or one trusted for another role', () => {
    const trusted = [...keys].map(([role, key]) => ({
      name: role,
      role,
      publicKey: publicKeyOf(key),
    }));
    expect(verifyExport(signed, { trusted }).failures).toEqual([]);
    const [hr, legal, it] = trusted;
    if (!hr || !legal || !it) throw new Error('three keys expected');
    expect(messages(signed, { trusted: [legal, it] })).toEqual([
      'approvals[0] (Claire Martin, hr, approved): signed with a key that is not in the trusted keys.',
    ]);
    expect(messages(signed, { trusted: [{ ...hr, role: 'legal' }, legal, it] })).toEqual([
      'approvals[0] (Claire Martin, hr, approved): the key of hr is trusted for legal, not hr.',
    ]);
  });

  it('refuses a draft relabelled signed-off, rejections passed off as a sign-off, and missing roles', async () => {
    const project = await sampleProject();
    const requested = requestSignOff(project, { now: NOW });
    const hrKey = keys.get('hr') ?? '';
    const decide = (decision: 'approved' | 'rejected') =>
      signApproval(
        prepareDecision(
          requested,
          { role: 'hr', name: 'Claire Martin', decision, reason: 'Non' },
          NOW,
        ),
        hrKey,
      );
    const oneApproval = exportYaml(recordDecision(requested, decide('approved'), NOW).project);
    const relabelled = oneApproval.replace('status: sign-off-requested', 'status: signed-off');
    expect(relabelled).not.toBe(oneApproval);
    // HR's approval holds, but only --roles can tell that legal and IT never decided.
    expect(messages(relabelled)).toEqual([]);
    expect(verifyExport(relabelled).approvedBy).toEqual(['hr']);
    expect(messages(relabelled, { requiredRoles: ['hr', 'legal', 'it'] })).toEqual([
      'legal did not approve version 1.',
      'it did not approve version 1.',
    ]);
    const rejected = exportYaml(recordDecision(requested, decide('rejected'), NOW).project);
    expect(messages(rejected.replace('status: sign-off-requested', 'status: published'))).toEqual([
      'Version 1 is published, yet the last decision of hr is a rejection.',
    ]);
  });

  it('checks a signature on the name as written, not as a reader would trim it', () => {
    const padded = signed.replace('name: Claire Martin', 'name: "  Claire Martin  "');
    expect(messages(padded)).toEqual([
      'approvals[0] (Claire Martin, hr, approved): the signature does not match this text and decision: the text, the name, the role, the decision, the date or the reason changed after signing.',
    ]);
  });
});
