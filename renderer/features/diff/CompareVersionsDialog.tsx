import { useId, useMemo, useState } from 'react';
import { compareVersions } from '../../../src/diff/compare-versions';
import type { TextSelector } from '../../../src/diff/content-at';
import { hasChanges } from '../../../src/diff/word-runs';
import type { Project } from '../../../src/model/project';
import { formatDay } from '../../i18n/format-day';
import { useI18n } from '../../i18n/use-i18n';
import { Modal } from '../../ui/Modal';
import { ClauseChange } from './ClauseChange';
import { comparableTexts, selectorOf, selectorValue } from './comparable-texts';
import { DetailChanges } from './DetailChanges';
import { MarkedLine } from './MarkedText';
import { SectionChange } from './SectionChange';
import { summaryText } from './summary-text';

interface CompareVersionsDialogProps {
  project: Project;
  /** Closes the view and takes the editor to a clause of the text it shows. */
  onGoToClause(clauseId: string): void;
  onClose(): void;
}

/**
 * Two texts of the charter side by side in one column: the charter's details (template, company
 * answers, formalities), sections and clauses that differ, their changed words marked. The latest version and the draft first; any two on demand.
 */
export function CompareVersionsDialog({
  project,
  onGoToClause,
  onClose,
}: CompareVersionsDialogProps) {
  const { t, locale } = useI18n();
  const baseId = useId();
  const comparable = useMemo(() => comparableTexts(project), [project]);
  const [from, setFrom] = useState<TextSelector>(comparable.defaults?.from ?? 'draft');
  const [to, setTo] = useState<TextSelector>(comparable.defaults?.to ?? 'draft');
  const { comparison } = useMemo(() => compareVersions(project, { from, to }), [project, from, to]);
  const sections = comparison.sections.filter((diff) => diff.kind !== 'unchanged');
  const clauses = comparison.clauses.filter((diff) => diff.kind !== 'unchanged');

  const picker = (label: string, value: TextSelector, onChange: (next: TextSelector) => void) => (
    <label className="diff__picker">
      <span className="diff__picker-label">{label}</span>
      <select
        className="input select select--compact"
        value={selectorValue(value)}
        onChange={(event) => onChange(selectorOf(event.target.value))}
      >
        {comparable.texts.map((text) => (
          <option key={text.selector} value={selectorValue(text.selector)}>
            {text.selector === 'draft'
              ? t('diff.text.draft')
              : t('diff.text.version', {
                  number: text.selector,
                  date: formatDay(text.version.createdAt.slice(0, 10), locale),
                })}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Modal title={t('diff.title')} size="large" onClose={onClose}>
      <div className="diff">
        <div className="diff__controls" role="group" aria-label={t('diff.texts')}>
          {picker(t('diff.from'), from, setFrom)}
          <span className="diff__arrow" aria-hidden="true">
            →
          </span>
          {picker(t('diff.to'), to, setTo)}
        </div>
        <div className="diff__overview">
          <p className="diff__summary" role="status">
            {comparison.identical
              ? t('diff.summary.identical')
              : summaryText(comparison.summary, t)}
          </p>
          {!comparison.identical && (
            <p className="diff__legend">
              <ins className="diff-mark">{t('diff.legend.added')}</ins>
              <del className="diff-mark">{t('diff.legend.removed')}</del>
            </p>
          )}
        </div>
        {hasChanges(comparison.title) && (
          <section className="diff__group" aria-labelledby={`${baseId}-title`}>
            <h3 id={`${baseId}-title`} className="diff__group-title">
              {t('diff.charterTitle')}
            </h3>
            <p className="diff-text diff-text__line">
              <MarkedLine runs={comparison.title} />
            </p>
          </section>
        )}
        {comparison.details.length > 0 && (
          <section className="diff__group" aria-labelledby={`${baseId}-details`}>
            <h3 id={`${baseId}-details`} className="diff__group-title">
              {t('diff.details')}
            </h3>
            <DetailChanges changes={comparison.details} />
          </section>
        )}
        {sections.length > 0 && (
          <section className="diff__group" aria-labelledby={`${baseId}-sections`}>
            <h3 id={`${baseId}-sections`} className="diff__group-title">
              {t('diff.sections')}
            </h3>
            <ul className="diff__sections">
              {sections.map((diff) => (
                <SectionChange key={diff.id} diff={diff} />
              ))}
            </ul>
          </section>
        )}
        {clauses.length > 0 && (
          <section className="diff__group" aria-labelledby={`${baseId}-clauses`}>
            <h3 id={`${baseId}-clauses`} className="diff__group-title">
              {t('diff.clauses')}
            </h3>
            <ul className="diff__clauses">
              {clauses.map((diff) => (
                <ClauseChange
                  key={diff.id}
                  diff={diff}
                  onGoTo={
                    to === comparable.inEditor && diff.to ? () => onGoToClause(diff.id) : null
                  }
                />
              ))}
            </ul>
          </section>
        )}
      </div>
    </Modal>
  );
}
