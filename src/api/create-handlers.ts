import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readLogo } from '../branding/read-logo';
import { loadWordComments } from '../docx/load-word-comments';
import { CharterError } from '../errors/charter-error';
import { exportHtml } from '../export/html-export';
import { exportProject } from '../export/export-project';
import type { Project } from '../model/project';
import type { RecoverySummary } from '../recovery/recovery-entry';
import { buildEvidencePack } from '../pack/build-evidence-pack';
import { loadReviewCopies } from '../review/load-review-copies';
import { makeReviewCopy } from '../review/make-review-copy';
import { openProject, saveProject, serializeProject } from '../store/project-file';
import { pathExists } from '../store/path-exists';
import { refuseEarly } from '../store/refuse-early';
import { writeFileAtomic } from '../store/write-file-atomic';
import { lintProject } from '../lint/lint-project';
import { writeFeedbackSummary } from '../review/write-feedback-summary';
import { writeHistory } from '../history/write-history';
import { createProject } from '../template/create-project';
import { previewClauses } from '../template/preview-clauses';
import { regenerateProject } from '../template/regenerate-project';
import { listTemplates } from '../template/list-templates';
import { loadTemplate } from '../template/load-template';
import { optionalClauses } from '../template/optional-clauses';
import { wizardPages } from '../template/wizard-pages';
import type { OperationName, ParsedRequestOf, ResponseOf } from './contract';
import type { HandlerEnvironment } from './handler-environment';
import { selectVersion } from '../signoff/select-version';
import { signOffHandlers } from './signoff-handlers';
import { dataSafetyHandlers } from './data-safety-handlers';

export type Handlers = {
  [K in OperationName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};

/** The core's implementation of every API operation, shared by the Electron and web hosts. */
export function createHandlers(env: HandlerEnvironment): Handlers {
  const now = () => (env.now ?? (() => new Date()))().toISOString();
  const newId = env.newId ?? randomUUID;

  /** Best effort: a read-only settings folder must not turn a good save into a failure. */
  async function remember(path: string, project: Project): Promise<void> {
    await env.userData
      .rememberRecentFile({ path, title: project.meta.title, openedAt: now() })
      .catch(() => undefined);
  }

  /**
   * The backup of a file's unsaved work, unless it holds nothing the file does not (saved just
   * before the crash): that one is discarded rather than offered.
   */
  async function recoveryWorthOffering(
    path: string,
    project: Project,
  ): Promise<RecoverySummary | null> {
    const found = await env.recovery.findFor(path);
    if (!found) return null;
    const backup = await env.recovery.read(found.id).catch(() => null);
    if (backup && serializeProject(backup.project) === serializeProject(project)) {
      await env.recovery.discard(found.id);
      return null;
    }
    return found;
  }

  return {
    'host.info': async () => ({ ...env.host, nativeDialogs: env.dialogs !== undefined }),
    'settings.get': () => env.userData.readSettings(),
    'settings.update': (changes) => env.userData.updateSettings(changes),
    'templates.list': () => listTemplates(env.templatesDir),
    'templates.questions': async ({ templateId, language }) =>
      wizardPages(await loadTemplate(env.templatesDir, templateId), language),
    'templates.optionalClauses': async ({ templateId, language }) =>
      optionalClauses(await loadTemplate(env.templatesDir, templateId), language),
    'project.create': async ({ templateId, language, answers, disabledClauses }) =>
      createProject({
        template: await loadTemplate(env.templatesDir, templateId),
        language,
        answers,
        disabledClauses,
        id: newId(),
        now: now(),
      }),
    'templates.preview': async ({ templateId, language, answers, questionIds }) =>
      previewClauses(
        await loadTemplate(env.templatesDir, templateId),
        language,
        answers,
        questionIds,
      ),
    'project.regenerate': async ({ project, answers, disabledClauses }) =>
      regenerateProject(
        await loadTemplate(env.templatesDir, project.template.id),
        project,
        answers,
        now(),
        { disabledClauses },
      ),
    'project.lint': async ({ project }) => lintProject(project),
    'project.open': async ({ path }) => {
      const absolute = resolve(path);
      const { project, identity } = await openProject(absolute);
      await remember(absolute, project);
      const backupBase = randomUUID();
      // Held as the file's base: the first backup of its edits sends only what changed.
      env.recovery.keep({ path: absolute, draftId: '', project, token: backupBase });
      return {
        path: absolute,
        project,
        identity,
        recovery: await recoveryWorthOffering(absolute, project),
        backupBase,
      };
    },
    'project.save': async ({ path, project, overwrite, expectedIdentity }) => {
      const absolute = resolve(path);
      const saved: Project = { ...project, meta: { ...project.meta, updatedAt: now() } };
      const identity = await saveProject(absolute, saved, {
        overwrite,
        expected: expectedIdentity,
      });
      await remember(absolute, saved);
      return { path: absolute, project: saved, identity };
    },
    'recent.list': () => env.userData.readRecentFiles(),
    'export.preview': async ({ project, version, includeOwners, changesSince }) => ({
      html: exportHtml(selectVersion(project, version), {
        pageFrame: false,
        includeOwners,
        ...(changesSince === undefined ? {} : { changesSince }),
      }),
    }),
    'export.write': ({ project, format, path, overwrite, version, ...options }) =>
      writeNewFile(path, overwrite, () =>
        exportProject(
          selectVersion(project, version),
          format,
          { pdfPrinter: env.pdfPrinter },
          {
            ...(options.includeComments ? { includeComments: true } : {}),
            ...(options.includeOwners ? { includeOwners: true } : {}),
            ...(options.changesSince === undefined ? {} : { changesSince: options.changesSince }),
          },
        ),
      ),
    'feedback.write': ({ project, format, path, overwrite }) =>
      writeNewFile(path, overwrite, async () =>
        new TextEncoder().encode(writeFeedbackSummary(project, format)),
      ),
    'history.write': ({ project, format, path, overwrite }) =>
      writeNewFile(path, overwrite, async () =>
        new TextEncoder().encode(writeHistory(project, format)),
      ),
    'pack.write': ({ project, version, path, overwrite }) =>
      writeNewFile(
        path,
        overwrite,
        async () =>
          (await buildEvidencePack(project, version, { pdfPrinter: env.pdfPrinter }, now())).bytes,
      ),
    'review.writeCopy': async ({ project, path, overwrite }) => {
      const absolute = resolve(path);
      await saveProject(absolute, makeReviewCopy(project, { id: newId(), now: now() }), {
        overwrite,
      });
      return { path: absolute };
    },
    'review.readCopies': async ({ projectId, paths }) => ({
      copies: await loadReviewCopies(
        projectId,
        paths.map((path) => resolve(path)),
      ),
    }),
    'branding.readLogo': ({ path }) => readLogo(resolve(path)),
    'wordComments.read': async ({ path }) => ({ comments: await loadWordComments(resolve(path)) }),
    'dialog.openFile': async ({ extensions }) => ({
      path: await requireDialogs(env).openFile(extensions),
    }),
    'files.existing': async ({ paths }) => ({
      // A folder is not a file to replace: its export fails on its own, saying so.
      existing: (
        await Promise.all(
          paths.map(async (path) =>
            (await stat(resolve(path)).catch(() => undefined))?.isFile() ? [path] : [],
          ),
        )
      ).flat(),
    }),
    'files.showInFolder': async ({ path }) => {
      const absolute = resolve(path);
      // Only a file that exists: the file manager is never sent to a path the renderer made up.
      if (!(await pathExists(absolute)))
        throw new CharterError('not-found', `There is no file at ${absolute}.`);
      requireDialogs(env).showInFolder(absolute);
      return {};
    },
    'dialog.saveFile': async ({ suggestedName, extension }) => ({
      path: await requireDialogs(env).saveFile(suggestedName, extension),
    }),
    ...signOffHandlers(env.keyVault, now),
    ...dataSafetyHandlers(env.recovery, env.locks),
  };
}

/** Writes what `produce` makes, refusing early, before the work, to replace a file unasked. */
async function writeNewFile(
  path: string,
  overwrite: boolean,
  produce: () => Promise<Uint8Array>,
): Promise<{ path: string; bytes: number }> {
  const absolute = resolve(path);
  await refuseEarly(absolute, overwrite);
  const bytes = await produce();
  await writeFileAtomic(absolute, bytes, { keepBackup: false, overwrite });
  return { path: absolute, bytes: bytes.length };
}

function requireDialogs(env: HandlerEnvironment) {
  if (!env.dialogs) throw new CharterError('unsupported', 'This host has no native file dialogs.');
  return env.dialogs;
}
