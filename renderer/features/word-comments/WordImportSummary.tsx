import type { Project } from '../../../src/model/project';
import type { WordImportReport } from '../../../src/review/import-word-comments';
import { useT } from '../../i18n/use-t';
import { CheckIcon } from '../../ui/icons';
import { clauseLocation } from '../checks/clause-location';

interface WordImportSummaryProps {
  report: WordImportReport;
  /** The project after the import, to name the clauses. */
  project: Project;
}

/** What an import brought, and which comments went on the nearest clause for want of their passage. */
export function WordImportSummary({ report, project }: WordImportSummaryProps) {
  const t = useT();
  const clauseName = (clauseId: string) => {
    const location = clauseLocation(project, clauseId);
    return location?.title ?? t('editor.clause.untitled', { number: location?.number ?? '' });
  };
  const brought = report.newComments + report.newReplies > 0;
  return (
    <div className="stack" role="status">
      <div className="success-line">
        <CheckIcon />
        <div className="success-line__text">
          <p className="success-line__title">
            {brought ? t('wordComments.done') : t('wordComments.nothingNew')}
          </p>
          <p>
            {[
              report.newComments === 1
                ? t('wordComments.newComments.one')
                : t('wordComments.newComments.other', { count: report.newComments }),
              report.newReplies === 1
                ? t('wordComments.newReplies.one')
                : t('wordComments.newReplies.other', { count: report.newReplies }),
              report.alreadyThere === 1
                ? t('wordComments.alreadyThere.one')
                : t('wordComments.alreadyThere.other', { count: report.alreadyThere }),
            ].join(' · ')}
          </p>
        </div>
      </div>
      {report.notFound.length > 0 && (
        <div className="stack">
          <p>{t('wordComments.notFound')}</p>
          <ul>
            {report.notFound.map(({ clauseId, author, quote }, index) => (
              <li key={index}>
                {t('wordComments.notFound.item', { author, quote, clause: clauseName(clauseId) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {brought && <p className="field__help">{t('wordComments.unsaved')}</p>}
    </div>
  );
}
