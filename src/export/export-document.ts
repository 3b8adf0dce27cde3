import { z } from 'zod';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { Section as SectionSchema, StableId } from '../model/clause';
import {
  exportFormat,
  LATEST_EXPORT_CONTRACT,
  type ExportContract,
} from '../model/export-contract';
import { IsoDate } from '../formalities/iso-date';
import { Language } from '../model/language';
import type { Project } from '../model/project';
import { Role } from '../model/role';
import {
  Approval,
  Fingerprint,
  type FingerprintedText,
  LifecycleStatus,
  type SignOffRequest,
  type Version,
} from '../model/sign-off';
import { canonicalJson } from '../signoff/canonical-json';
import { fingerprintOf } from '../signoff/fingerprint';
import { latestVersion, isFrozen } from '../signoff/version-number';
import { computeFormalities } from '../formalities/compute-formalities';
import {
  Formalities,
  FormalitiesReasonCode,
  FormalitiesWarning,
  FormalityStep,
  type FormalityStepId,
} from '../formalities/formalities';
import { richTextToMarkdown } from '../rich-text/to-markdown';
import { charterRules, CharterRules } from './charter-rules';
import { companyAnswers } from './company-answers';
import { currentApprovals, currentVersionNumber } from './current-version';
import { EXPORT_LABELS } from './export-labels';

const CompanyAnswer = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

const ExportClause = z.strictObject({
  id: StableId,
  title: z.string().optional(),
  owner: Role,
  /** The clause body in the Markdown subset of docs/rich-text-markdown.md. */
  text: z.string(),
  /** Plain text, as stored: an emptied rationale stays empty, for the charter checks to flag. */
  rationale: z.string().optional(),
});

const ExportSection = z.strictObject({
  id: StableId,
  title: SectionSchema.shape.title,
  owner: Role,
  clauses: z.array(ExportClause),
});

const exportStep = <Id extends FormalityStepId>(id: Id) =>
  FormalityStep.extend({ id: z.literal(id) });

/** Written only when the adoption formalities apply: `computeFormalities` without `required`. */
const ExportFormalities = z.strictObject({
  reason: z.strictObject({
    code: FormalitiesReasonCode.exclude(['not-required']),
    message: z.string().min(1),
  }),
  // Every step in legal order; a company without a CSE has no CSE opinion to record.
  steps: z.union([
    z.tuple([
      exportStep('cse-opinion'),
      exportStep('labour-inspectorate'),
      exportStep('conseil-prud-hommes'),
      exportStep('publicity'),
    ]),
    z.tuple([
      exportStep('labour-inspectorate'),
      exportStep('conseil-prud-hommes'),
      exportStep('publicity'),
    ]),
  ]),
  earliestEffectiveDate: Formalities.shape.earliestEffectiveDate,
  // Always written; optional so that exports made before it existed still import.
  effectiveDate: Formalities.shape.effectiveDate.optional(),
  missing: Formalities.shape.missing,
  // A date answer that is not a date is not exported, and neither is its warning.
  warnings: z.array(FormalitiesWarning.extend({ code: z.literal('before-cse-opinion') })),
});
export type ExportFormalities = z.infer<typeof ExportFormalities>;

const ExportVersion = z.strictObject({
  number: z.number().int().min(1),
  status: LifecycleStatus,
  // Always written; optional so that exports made before fingerprints existed still import.
  fingerprint: Fingerprint.optional(),
});

const ExportApproval = z.strictObject({
  role: Role,
  name: Approval.shape.name,
  decision: Approval.shape.decision,
  date: Approval.shape.date,
  reason: z.string().optional(),
  publicKey: Approval.shape.publicKey,
  signature: Approval.shape.signature,
});

/** What contract 1 holds; keys are written in the order declared here. */
const documentShape = {
  id: z.string().min(1),
  title: z.string().min(1),
  language: Language,
  template: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  company: z
    .object({ name: z.string().min(1), headcount: z.number().int().min(0).optional() })
    .catchall(CompanyAnswer),
  version: ExportVersion,
  approvals: z.array(ExportApproval),
  formalities: ExportFormalities.optional(),
};

/** Comments, diffs and other tools find clauses and sections by id: each must be unique. */
function checkUniqueIds(
  document: { sections: { id: string; clauses: { id: string }[] }[] },
  context: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  document.sections.forEach((section, s) => {
    const paths: [string, (string | number)[]][] = [
      [`section ${section.id}`, ['sections', s, 'id']],
      ...section.clauses.map((clause, c): [string, (string | number)[]] => [
        `clause ${clause.id}`,
        ['sections', s, 'clauses', c, 'id'],
      ]),
    ];
    for (const [key, path] of paths) {
      if (seen.has(key)) context.addIssue({ code: 'custom', path, message: `duplicate ${key}` });
      seen.add(key);
    }
  });
}

/** Contract 1 (schemas/charter-export.v1.schema.json): what versions signed off under it export. */
const ExportDocumentV1 = z
  .strictObject({
    format: z.literal(exportFormat(1)),
    ...documentShape,
    sections: z.array(ExportSection),
  })
  .superRefine(checkUniqueIds);

/**
 * Contract 2 (schemas/charter-export.v2.schema.json): contract 1 and the charter's `rules`, with
 * the day the charter is next due for review, which moves without the text changing: it sits with
 * the version, outside the fingerprinted text.
 */
const ExportDocumentV2 = z
  .strictObject({
    format: z.literal(exportFormat(2)),
    ...documentShape,
    version: ExportVersion.extend({ nextReviewDate: IsoDate.optional() }),
    rules: CharterRules,
    sections: z.array(ExportSection),
  })
  .superRefine(checkUniqueIds);

/**
 * The YAML export contract (docs/yaml-export.md): what other tools may rely on, in each of its
 * versions, told apart by `format`. Keys are written in the order declared.
 */
export const ExportDocument = z.discriminatedUnion('format', [ExportDocumentV1, ExportDocumentV2]);
export type ExportDocument = z.infer<typeof ExportDocument>;

/**
 * The export of a project: the same project always gives the same document, key for key (zod
 * writes keys in the schema's order, then company answers in their sorted order).
 */
export function toExportDocument(project: Project): ExportDocument {
  const contract = exportContractOf(project);
  const { nextReviewDate } = project.signOff;
  const version = {
    number: currentVersionNumber(project),
    status: project.meta.status,
    ...(contract === 1 || nextReviewDate === undefined ? {} : { nextReviewDate }),
  };
  const approvals = currentApprovals(project).map(
    ({ role, name: approver, decision, date, reason, publicKey, signature }) => ({
      role,
      name: approver,
      decision,
      date,
      ...(reason === undefined ? {} : { reason }),
      ...(publicKey === undefined ? {} : { publicKey }),
      ...(signature === undefined ? {} : { signature }),
    }),
  );
  const frozen = frozenSnapshot(project)?.text;
  if (frozen) checkContentGives(project, frozen, contract);
  const document = frozen
    ? withApprovals(frozen, version, approvals)
    : { ...derivedText(project, contract), version, approvals };
  // An export that its own import would refuse is a bug or a bad answer: say which field.
  const valid = parseOrThrow(
    ExportDocument,
    document,
    'export-failed',
    (problems) => `The export would not be valid: ${problems}.`,
  );
  const { number, status, ...rest } = valid.version;
  const fingerprint = checkedFingerprint(project, valid);
  return { ...valid, version: { number, status, fingerprint, ...rest } };
}

/**
 * What approvers decided on, or are deciding on: once requested or signed off, a text exports
 * exactly as it was frozen then, whatever this Charter Studio would write today.
 */
function frozenSnapshot(project: Project): Version | SignOffRequest | undefined {
  if (isFrozen(project)) return latestVersion(project);
  return project.meta.status === 'sign-off-requested' ? project.signOff.request : undefined;
}

/**
 * The contract the live text exports under: the one a frozen text was fingerprinted under (1 for
 * files from before contract 2, which kept none), the latest for a draft.
 */
export function exportContractOf(project: Project): ExportContract {
  const frozen = frozenSnapshot(project);
  return frozen ? (frozen.contract ?? 1) : LATEST_EXPORT_CONTRACT;
}

/**
 * A frozen text and the content stored beside it must say the same, field for field, or the file
 * was altered: the documents drawn from the content would not be the text its fingerprint names.
 * Fields the export format gained since the text was frozen are not compared.
 */
function checkContentGives(
  project: Project,
  frozen: FingerprintedText,
  contract: ExportContract,
): void {
  const derived = derivedText(project, contract);
  const differs = Object.keys(frozen).filter(
    (key) => canonicalJson(derived[key]) !== canonicalJson(frozen[key]),
  );
  if (differs.length > 0) throw alteredFileError(project, `changed: ${differs.join(', ')}`);
}

function alteredFileError(project: Project, detail: string): CharterError {
  const text = isFrozen(project)
    ? `version ${currentVersionNumber(project)}`
    : 'the text waiting for sign-off';
  return new CharterError(
    'export-failed',
    `The charter file was changed outside Charter Studio: ${text} no longer reads as its approvers decided on it (${detail}), so an export would not verify. Nothing was exported; restore the file from its .bak copy or a backup.`,
  );
}

/** The frozen text with `version` and `approvals` in their place: after the company. */
function withApprovals(
  text: FingerprintedText,
  version: object,
  approvals: object[],
): Record<string, unknown> {
  const { format, id, title, language, template, company, ...rest } = text;
  return { format, id, title, language, template, company, version, approvals, ...rest };
}

/** The text as this Charter Studio writes it from the project, under `contract`. */
function derivedText(project: Project, contract: ExportContract): Record<string, unknown> {
  const { name, headcount, ...otherAnswers } = companyAnswers(project.answers);
  if (typeof name !== 'string' || name.trim() === '') {
    throw new CharterError(
      'missing-answer',
      'The company name (answer "company.name") is missing: answer it in the wizard before exporting.',
      { question: 'company.name' },
    );
  }
  // `required` is the same as a reason other than `not-required`, which the block below tests.
  const {
    required: _required,
    warnings,
    reason,
    ...formalities
  } = computeFormalities(project.answers);
  return {
    format: exportFormat(contract),
    // A reviewer's copy is the same charter: it exports (and fingerprints) as the original.
    id: project.review?.sourceId ?? project.id,
    title: project.meta.title,
    language: project.meta.language,
    template: { id: project.template.id, version: project.template.version },
    company: { name, ...(headcount === undefined ? {} : { headcount }), ...otherAnswers },
    ...(reason.code !== 'not-required'
      ? {
          formalities: {
            // The reason reads in the charter's language; its code stays the same in every one.
            reason: {
              code: reason.code,
              message: EXPORT_LABELS[project.meta.language].formalities.reasons[reason.code],
            },
            ...formalities,
            warnings: warnings.filter((warning) => warning.code === 'before-cse-opinion'),
          },
        }
      : {}),
    ...(contract === 1 ? {} : { rules: charterRules(project) }),
    sections: project.sections.map((section) => ({
      id: section.id,
      title: section.title,
      owner: section.owner,
      clauses: section.clauses.map((clause) => ({
        id: clause.id,
        ...(clause.title === undefined ? {} : { title: clause.title }),
        owner: clause.owner,
        text: richTextToMarkdown(clause.body),
        ...(clause.rationale === undefined ? {} : { rationale: clause.rationale }),
      })),
    })),
  };
}

/** The fingerprint of the project's text as exported (docs/fingerprint.md): what exports stamp. */
export function exportFingerprint(project: Project): Fingerprint {
  const { fingerprint } = toExportDocument(project).version;
  // toExportDocument always sets it; the schema keeps it optional for older files only.
  if (fingerprint === undefined) throw new Error('An export document has no fingerprint');
  return fingerprint;
}

/**
 * The text's fingerprint. A signed-off version must still give the one its approvers signed: if
 * it does not, its file was altered, the export would not verify, and saying so beats writing it.
 */
function checkedFingerprint(project: Project, document: ExportDocument): Fingerprint {
  const fingerprint = fingerprintOf(document);
  const version = isFrozen(project) ? latestVersion(project) : undefined;
  if (version && version.fingerprint !== fingerprint) {
    throw alteredFileError(project, `signed as ${version.fingerprint}`);
  }
  return fingerprint;
}
