import { z } from 'zod';
import { ExportFormat } from '../model/export-format';
import type { CharterErrorCode } from '../errors/charter-error';
import { Answers } from '../model/answers';
import { Language } from '../model/language';
import { Logo } from '../model/branding';
import { Clause } from '../model/clause';
import { Project } from '../model/project';
import { Role } from '../model/role';
import { Approval } from '../model/sign-off';
import { IntegrityProblem } from '../signoff/integrity-problem';
import { KeyProtection } from '../signoff/key-vault';
import { LintFinding } from '../lint/lint-finding';
import { FeedbackSummaryFormat } from '../review/feedback-summary-format';
import { HistoryFormat } from '../history/history-format';
import { RegenerationConflict } from '../template/regeneration-conflict';
import { RecentFile, Settings, SettingsPatch } from '../settings/settings';
import { ProjectPatch } from '../recovery/project-patch';
import {
  BackupToken,
  DraftId,
  RecoveryEntry,
  RecoveryId,
  RecoverySummary,
} from '../recovery/recovery-entry';
import { FileIdentity } from '../model/file-identity';
import { LockOwner } from '../model/lock-owner';
import { WordComment } from '../review/word-comment';
import { OptionalClause, TemplateSummary, WizardPage } from '../template/wizard-types';

/**
 * The one API between the UI and the core. Each operation names its request and response;
 * every transport (Electron IPC, the web host) validates requests against these schemas.
 */

export { ExportFormat };

/** The file extension of each format, without the dot. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  yaml: 'yaml',
  html: 'html',
  docx: 'docx',
  pdf: 'pdf',
  markdown: 'md',
};

/** The choices an export may take besides its format and version (DocumentExportOptions). */
export const ExportOption = z.enum(['includeOwners', 'includeComments', 'changesSince']);
export type ExportOption = z.infer<typeof ExportOption>;

/**
 * The options each format honours, for the export dialog to offer and every caller to check:
 * the YAML always carries everything, Word alone has comments, Markdown has no appendix.
 */
export const EXPORT_FORMAT_OPTIONS: Readonly<Record<ExportFormat, readonly ExportOption[]>> = {
  yaml: [],
  docx: ['includeOwners', 'includeComments', 'changesSince'],
  pdf: ['includeOwners', 'changesSince'],
  html: ['includeOwners', 'changesSince'],
  markdown: ['includeOwners'],
};

const FilePath = z.string().min(1, 'a file path is required');

/** Which document a backup is of, and the name it is given. */
const BackupTarget = z.object({
  path: FilePath.nullable(),
  draftId: DraftId,
  baseIdentity: FileIdentity.nullable(),
  token: BackupToken.optional(),
});

const VersionSelector = z.union([z.number().int().min(1), z.enum(['latest', 'draft'])]);

/** What an export holds beside its format: the same for the preview and the file. */
const ExportChoices = z.object({
  // Which text: a signed-off version, the latest one, the draft; by default the live text.
  version: VersionSelector.optional(),
  // DOCX only: the open comments as Word comments on their passages.
  includeComments: z.boolean().default(false),
  // The team answering for each section, for readers who need to know whom to ask.
  includeOwners: z.boolean().default(false),
  // HTML, PDF, DOCX: an appendix of what changed since this earlier version.
  changesSince: z.number().int().min(1).optional(),
});

export const HostInfo = z.object({
  kind: z.enum(['desktop', 'web']),
  nativeDialogs: z.boolean(),
  appVersion: z.string(),
});

export { FileIdentity, LockOwner, RecentFile, RecoveryEntry, RecoverySummary, Settings };

/** The user's signing key as the UI may see it: its public half, and how it is kept. */
export const SigningStatus = z.object({
  publicKey: z.string().nullable(),
  protection: KeyProtection,
});
export type SigningStatus = z.infer<typeof SigningStatus>;

const Empty = z.object({});

export const contract = {
  'host.info': { request: Empty, response: HostInfo },
  'settings.get': { request: Empty, response: Settings },
  'settings.update': { request: SettingsPatch, response: Settings },
  'templates.list': { request: Empty, response: z.array(TemplateSummary) },
  'templates.questions': {
    request: z.object({ templateId: z.string().min(1), language: Language }),
    response: z.array(WizardPage),
  },
  'templates.optionalClauses': {
    // The clauses the author may switch off, in charter order.
    request: z.object({ templateId: z.string().min(1), language: Language }),
    response: z.array(OptionalClause),
  },
  'project.create': {
    request: z.object({
      templateId: z.string().min(1),
      language: Language,
      answers: Answers,
      // Optional clauses to leave out; every one is in by default.
      disabledClauses: z.array(z.string()).default([]),
    }),
    response: Project,
  },
  'templates.preview': {
    // The clauses that the given questions shape, generated from the answers so far.
    request: z.object({
      templateId: z.string().min(1),
      language: Language,
      answers: Answers,
      questionIds: z.array(z.string()),
    }),
    response: z.array(
      z.object({ sectionId: z.string(), sectionTitle: z.string(), clause: Clause }),
    ),
  },
  'project.regenerate': {
    // Given, disabledClauses replaces the project's; a hand-edited clause switched off is a
    // conflict, never dropped silently.
    request: z.object({
      project: Project,
      answers: Answers,
      disabledClauses: z.array(z.string()).optional(),
    }),
    response: z.object({ project: Project, conflicts: z.array(RegenerationConflict) }),
  },
  'project.lint': { request: z.object({ project: Project }), response: z.array(LintFinding) },
  'signOff.checkIntegrity': {
    // What no longer holds in the signed-off versions and the pending request: empty when all do.
    request: z.object({ project: Project }),
    response: z.array(IntegrityProblem),
  },
  'project.open': {
    // With the file's identity, for the next save to notice another program's changes, and the
    // backup of unsaved work on it that a crash left, if any. The host keeps the project as
    // read, named `backupBase`: the first backup of its edits sends only what changed.
    request: z.object({ path: FilePath }),
    response: z.object({
      path: z.string(),
      project: Project,
      identity: FileIdentity,
      recovery: RecoverySummary.nullable(),
      backupBase: BackupToken,
    }),
  },
  'project.save': {
    // A save to a path that is not the file's own must say overwrite: no silent overwrite.
    // With expectedIdentity, a file changed on disk since is refused (code "conflict").
    request: z.object({
      path: FilePath,
      project: Project,
      overwrite: z.boolean().default(false),
      expectedIdentity: FileIdentity.optional(),
    }),
    response: z.object({ path: z.string(), project: Project, identity: FileIdentity }),
  },
  'project.lock': {
    // Marks the file as open in this app while an editor shows it; says who else has it open.
    request: z.object({ path: FilePath }),
    response: z.object({ openElsewhere: LockOwner.nullable() }),
  },
  'project.release': { request: z.object({ path: FilePath }), response: Empty },
  'recovery.list': { request: Empty, response: z.array(RecoverySummary) },
  'recovery.save': {
    // A backup of unsaved work, in the app's own folder; path null for a file never saved. The
    // whole project, or (while typing) the changes since the backup named `base`: refused with
    // "not-found" when that is not the latest one here, and then sent whole.
    request: z.union([
      BackupTarget.extend({ project: Project }),
      BackupTarget.extend({ base: BackupToken, changes: ProjectPatch, token: BackupToken }),
    ]),
    response: RecoverySummary,
  },
  'recovery.read': { request: z.object({ id: RecoveryId }), response: RecoveryEntry },
  'recovery.discard': { request: z.object({ id: RecoveryId }), response: Empty },
  'recent.list': { request: Empty, response: z.array(RecentFile) },
  'export.preview': {
    request: z.object({ project: Project, ...ExportChoices.shape }),
    response: z.object({ html: z.string() }),
  },
  'export.write': {
    request: z.object({
      project: Project,
      format: ExportFormat,
      path: FilePath,
      overwrite: z.boolean().default(false),
      ...ExportChoices.shape,
    }),
    response: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  'review.writeCopy': {
    // A copy to send to reviewers; like a save elsewhere, it replaces a file only when told to.
    request: z.object({ project: Project, path: FilePath, overwrite: z.boolean().default(false) }),
    response: z.object({ path: z.string() }),
  },
  'review.readCopies': {
    // Returned review copies of `projectId`, checked; the caller merges them (mergeFeedback).
    request: z.object({ projectId: z.string().min(1), paths: z.array(FilePath).min(1) }),
    response: z.object({ copies: z.array(Project) }),
  },
  'wordComments.read': {
    // The comments of a reviewed DOCX; the renderer imports them into the project it edits.
    request: z.object({ path: FilePath }),
    response: z.object({ comments: z.array(WordComment) }),
  },
  'branding.readLogo': {
    // A PNG or JPEG checked as the project keeps it; the renderer sets it as project.branding.logo.
    request: z.object({ path: FilePath }),
    response: Logo,
  },
  'dialog.openFile': {
    // The extensions offered, without the dot: a logo may be a PNG or a JPEG.
    request: z.object({ extensions: z.array(z.string().min(1)).min(1) }),
    response: z.object({ path: z.string().nullable() }),
  },
  'feedback.write': {
    // The feedback summary (Markdown or YAML), labelled in the charter's language.
    request: z.object({
      project: Project,
      format: FeedbackSummaryFormat,
      path: FilePath,
      overwrite: z.boolean().default(false),
    }),
    response: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  'history.write': {
    // The audit trail (Markdown, CSV or YAML), worded in the charter's language.
    request: z.object({
      project: Project,
      format: HistoryFormat,
      path: FilePath,
      overwrite: z.boolean().default(false),
    }),
    response: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  'pack.write': {
    // The evidence pack (a ZIP) of a signed-off version; refused for any other text.
    request: z.object({
      project: Project,
      version: z.number().int().min(1),
      path: FilePath,
      overwrite: z.boolean().default(false),
    }),
    response: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  'files.existing': {
    // Which of an export's files are there already, to ask once before replacing any.
    request: z.object({ paths: z.array(FilePath).min(1).max(16) }),
    response: z.object({ existing: z.array(z.string()) }),
  },
  'files.showInFolder': {
    // The desktop's file manager, opened on the folder with the file selected.
    request: z.object({ path: FilePath }),
    response: Empty,
  },
  'dialog.saveFile': {
    request: z.object({ suggestedName: z.string(), extension: z.string() }),
    response: z.object({ path: z.string().nullable() }),
  },
  'signOff.request': {
    // Freezes the text for approval (its fingerprint needs the core's hashing); the renderer
    // keeps the answer only if its text did not change meanwhile.
    request: z.object({
      project: Project,
      roles: z.array(Role).min(1).optional(),
      requestedBy: z.string().optional(),
    }),
    response: z.object({ project: Project }),
  },
  'signOff.prepareDecision': {
    // A decision on the pending request, signed with the user's key when asked; the renderer
    // records it (recordDecision) on its latest project.
    request: z.object({
      project: Project,
      role: Role,
      name: z.string(),
      decision: Approval.shape.decision,
      reason: z.string().optional(),
      sign: z.boolean(),
    }),
    response: z.object({ approval: Approval }),
  },
  'signing.status': { request: Empty, response: SigningStatus },
  // Creates the user's key if there is none; an existing key is kept, never replaced.
  'signing.createKey': { request: Empty, response: SigningStatus },
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type RequestOf<K extends OperationName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends OperationName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends OperationName> = z.output<Contract[K]['response']>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Errors cross every transport as data, so a UI can show them the same way everywhere. */
export const ApiError = z.object({
  // Open on purpose: clients add their own (e.g. unreachable) and must tolerate newer ones.
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.string()).default({}),
});
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function apiFailure(
  code: CharterErrorCode,
  message: string,
  details: Record<string, string> = {},
): ApiResult<never> {
  return { ok: false, error: { code, message, details } };
}
