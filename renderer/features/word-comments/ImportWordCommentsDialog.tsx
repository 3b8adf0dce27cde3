import { useEffect, useId, useState } from 'react';
import type { Project } from '../../../src/model/project';
import {
  importWordComments,
  type WordImportReport,
} from '../../../src/review/import-word-comments';
import type { WordComment } from '../../../src/review/word-comment';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import { Spinner } from '../../ui/Spinner';
import { AUTHOR_ROLES, type AuthorRole } from '../comments/author-draft';
import { basename } from '../files/file-path';
import { WordImportSummary } from './WordImportSummary';

interface ImportWordCommentsDialogProps {
  path: string;
  updateProject(update: (project: Project) => Project): void;
  onClose(): void;
}

type Phase =
  | { name: 'reading' }
  | { name: 'ready'; comments: WordComment[] }
  | { name: 'done'; report: WordImportReport; project: Project }
  | { name: 'failed'; error: unknown };

/** Reads the comments of a reviewed DOCX, then adds them to the charter under the role chosen. */
export function ImportWordCommentsDialog({
  path,
  updateProject,
  onClose,
}: ImportWordCommentsDialogProps) {
  const t = useT();
  const roleId = useId();
  const [phase, setPhase] = useState<Phase>({ name: 'reading' });
  const [role, setRole] = useState<AuthorRole>('employee');
  const name = basename(path);

  useEffect(() => {
    let live = true;
    api.call('wordComments.read', { path }).then(
      ({ comments }) => live && setPhase({ name: 'ready', comments }),
      (error: unknown) => live && setPhase({ name: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [path]);

  const importComments = (comments: readonly WordComment[]) => {
    // The store applies the update at once: what it returns is the result to show.
    let done: { report: WordImportReport; project: Project } | undefined;
    try {
      updateProject((project) => {
        done = importWordComments(project, comments, {
          role,
          now: new Date().toISOString(),
          source: name,
        });
        return done.project;
      });
    } catch (error) {
      // Nothing was applied: the charter is as it was, and the reader is told why.
      setPhase({ name: 'failed', error });
      return;
    }
    if (done) setPhase({ name: 'done', ...done });
  };

  const ready = phase.name === 'ready' && phase.comments.length > 0 ? phase.comments : null;
  return (
    <Modal
      title={t('wordComments.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {phase.name === 'done' ? t('action.close') : t('action.cancel')}
          </button>
          {phase.name !== 'done' && (
            <button
              type="button"
              className="button button--primary"
              disabled={ready === null}
              onClick={() => ready && importComments(ready)}
            >
              {t('wordComments.submit')}
            </button>
          )}
        </>
      }
    >
      <div className="stack">
        <p className="file-path" title={path}>
          {path}
        </p>
        {phase.name === 'reading' && (
          <p className="loading-line" role="status">
            <Spinner />
            {t('wordComments.reading')}
          </p>
        )}
        {phase.name === 'failed' && (
          <ErrorBanner title={t('wordComments.failed', { name })} error={phase.error} />
        )}
        {phase.name === 'ready' && (
          <>
            <p role="status">
              {phase.comments.length === 0
                ? t('wordComments.found.none')
                : phase.comments.length === 1
                  ? t('wordComments.found.one')
                  : t('wordComments.found.other', { count: phase.comments.length })}
            </p>
            {ready && (
              <div className="field">
                <label className="field__label" htmlFor={roleId}>
                  {t('wordComments.role')}
                </label>
                <select
                  id={roleId}
                  className="input select"
                  value={role}
                  aria-describedby={`${roleId}-help`}
                  onChange={(event) => setRole(event.target.value as AuthorRole)}
                >
                  {AUTHOR_ROLES.map((option) => (
                    <option key={option} value={option}>
                      {t(`role.${option}`)}
                    </option>
                  ))}
                </select>
                <p id={`${roleId}-help`} className="field__help">
                  {t('wordComments.role.help')}
                </p>
              </div>
            )}
          </>
        )}
        {phase.name === 'done' && (
          <WordImportSummary report={phase.report} project={phase.project} />
        )}
      </div>
    </Modal>
  );
}
