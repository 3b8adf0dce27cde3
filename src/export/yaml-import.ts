import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { contractOfFormat, type ExportContract } from '../model/export-contract';
import { PROJECT_SCHEMA_VERSION, Project, type ProjectInput } from '../model/project';
import type { Role } from '../model/role';
import type { Approval, Fingerprint, FingerprintedText } from '../model/sign-off';
import { fingerprintOf } from '../signoff/fingerprint';
import { fingerprintedText } from '../signoff/fingerprinted-text';
import { draftFingerprint } from '../signoff/request-sign-off';
import { contentOf } from '../signoff/version-content';
import { verifyExport } from '../signoff/verify-export';
import { parseMarkdown } from '../rich-text/from-markdown';
import { COMPANY_ANSWER_PREFIX } from './company-answers';
import { exportContractOf, ExportDocument } from './export-document';
import { formalitiesAnswers } from './formalities-answers';
import { readExportData } from './read-export-data';
import { rulesAnswers } from './rules-answers';

export interface YamlImportOptions {
  /** When the import happens (ISO 8601): the project's creation time and its history. */
  now: string;
}

/**
 * Builds a project from a YAML export (contract charter@1 or @2). The export carries one text only, so
 * the project records what it can: a signed-off or published export becomes that version (its
 * fingerprint checked), a pending request keeps its decisions, and the number carries on from
 * there. Exporting the project again gives the same YAML, byte for byte.
 */
export function importYaml(text: string, options: YamlImportOptions): Project {
  const exported = parseOrThrow(
    ExportDocument,
    readExportData(text),
    'invalid-file',
    (problems) => `This is not a valid charter export: ${problems}.`,
  );
  const { number, status } = exported.version;
  if (status === 'signed-off' || status === 'published') refuseUnverified(text, status);
  const draft = parseOrThrow(
    Project,
    {
      schemaVersion: PROJECT_SCHEMA_VERSION,
      // The same charter: its id is part of the text its fingerprint identifies.
      id: exported.id,
      meta: {
        title: exported.title,
        language: exported.language,
        status: 'draft',
        createdAt: options.now,
        updatedAt: options.now,
      },
      template: exported.template,
      answers: {
        ...Object.fromEntries(
          Object.entries(exported.company).map(([key, value]) => [
            `${COMPANY_ANSWER_PREFIX}${key}`,
            value,
          ]),
        ),
        ...formalitiesAnswers(exported.formalities),
        ...('rules' in exported ? rulesAnswers(exported.rules) : {}),
      },
      sections: exported.sections.map((section) => ({
        id: section.id,
        title: section.title,
        owner: section.owner,
        clauses: section.clauses.map(({ text: markdown, ...clause }) => ({
          ...clause,
          body: parseMarkdown(markdown),
        })),
      })),
      signOff: {
        versionsBefore: number - 1,
        ...('nextReviewDate' in exported.version
          ? { nextReviewDate: exported.version.nextReviewDate }
          : {}),
      },
      history: [
        {
          at: options.now,
          kind: 'imported',
          fact: { type: 'yaml-imported', format: exported.format, version: number },
        },
      ],
    } satisfies ProjectInput,
    'invalid-file',
    (problems) => `The export cannot become a project: ${problems}.`,
  );
  const frozen = frozenText(exported, draft);
  const { fingerprint, contract } = frozen;
  const content = contentOf(draft);
  const approvals = exported.approvals.map((approval) => ({
    versionNumber: number,
    ...approval,
    fingerprint,
  }));
  const project: ProjectInput = {
    ...draft,
    meta: { ...draft.meta, status },
    approvals,
    ...(status === 'signed-off' || status === 'published'
      ? {
          versions: [
            {
              number,
              status,
              // Signed off when its last decision came in, not when it was imported.
              createdAt: approvals.at(-1)?.date ?? options.now,
              fingerprint,
              // The export does not say whose approval was needed: those who approved gave it.
              roles: approvedRoles(approvals, draft.signOff.requiredRoles),
              content,
              ...frozen.kept,
              contract,
            },
          ],
        }
      : {}),
    ...(status === 'sign-off-requested'
      ? {
          signOff: {
            ...draft.signOff,
            request: {
              requestedAt: options.now,
              roles: draft.signOff.requiredRoles,
              fingerprint,
              content,
              ...frozen.kept,
              contract,
            },
          },
        }
      : {}),
  };
  return parseOrThrow(
    Project,
    project,
    'invalid-file',
    (problems) => `The export cannot become a project: ${problems}.`,
  );
}

/**
 * The export's text as approvers saw it, kept as written so that it exports and verifies the
 * same even where this Charter Studio would now write it differently, with the contract it was
 * fingerprinted under. An export from before fingerprints existed gets the one its text gives
 * today, under today's contract.
 */
function frozenText(
  exported: ExportDocument,
  draft: Project,
): { fingerprint: Fingerprint; contract: ExportContract; kept: { text?: FingerprintedText } } {
  const written = exported.version.fingerprint;
  if (written === undefined) {
    return { fingerprint: draftFingerprint(draft), contract: exportContractOf(draft), kept: {} };
  }
  if (fingerprintOf(exported) !== written) {
    throw new CharterError(
      'invalid-file',
      `This export's text does not match its fingerprint (${written}): it was changed after it was exported. Check it with charter verify.`,
    );
  }
  return {
    fingerprint: written,
    contract: contractOfFormat(exported.format),
    kept: { text: fingerprintedText(exported) },
  };
}

function approvedRoles(approvals: readonly Approval[], otherwise: Role[]): Role[] {
  const roles = [
    ...new Set(approvals.filter(({ decision }) => decision === 'approved').map(({ role }) => role)),
  ];
  return roles.length > 0 ? roles : otherwise;
}

/**
 * A signed-off or published export becomes a version only if it verifies (docs/fingerprint.md):
 * its text, its signatures, and every role's last decision an approval. Unsigned decisions are
 * kept as they are, unsigned.
 */
function refuseUnverified(text: string, status: string): void {
  const failure = verifyExport(text).failures.find(({ kind }) => kind !== 'unsigned');
  if (failure) {
    throw new CharterError(
      'invalid-file',
      `This ${status} export does not verify, so it cannot become a signed-off version: ${failure.message} Check it with charter verify.`,
    );
  }
}
