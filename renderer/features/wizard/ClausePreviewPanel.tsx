import type { Answers } from '../../../src/model/answers';
import type { Language } from '../../../src/model/language';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { OwnerBadge } from '../../ui/OwnerBadge';
import { RichTextView } from '../../ui/RichTextView';
import { Spinner } from '../../ui/Spinner';
import { useClausePreview, type PreviewItems } from './use-clause-preview';

interface ClausePreviewPanelProps {
  templateId: string;
  language: Language;
  answers: Answers;
  questionIds: readonly string[];
}

interface SectionGroup {
  sectionId: string;
  sectionTitle: string;
  clauses: PreviewItems[number]['clause'][];
}

function bySection(items: PreviewItems): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const { sectionId, sectionTitle, clause } of items) {
    const last = groups.at(-1);
    if (last?.sectionId === sectionId) last.clauses.push(clause);
    else groups.push({ sectionId, sectionTitle, clauses: [clause] });
  }
  return groups;
}

/** The clauses this page's answers shape, as the charter will print them (in its language). */
export function ClausePreviewPanel({
  templateId,
  language,
  answers,
  questionIds,
}: ClausePreviewPanelProps) {
  const { t } = useI18n();
  const { items, error, updating } = useClausePreview(templateId, language, answers, questionIds);
  const first = items === null && error === null;

  return (
    <div className="clause-preview">
      <header className="clause-preview__header">
        <h2 className="clause-preview__title">{t('wizard.preview.title')}</h2>
        <p className="clause-preview__intro">{t('wizard.preview.intro')}</p>
        <p className="clause-preview__status" role="status">
          {items !== null &&
            (items.length === 1
              ? t('wizard.preview.count.one')
              : t('wizard.preview.count.other', { count: items.length }))}
          {updating && !first && (
            <span className="clause-preview__updating">
              <Spinner />
              <span className="visually-hidden">{t('wizard.preview.updating')}</span>
            </span>
          )}
        </p>
      </header>

      {first && (
        <p className="loading-line muted">
          <Spinner />
          {t('wizard.preview.loading')}
        </p>
      )}
      {error !== null && <ErrorBanner title={t('wizard.preview.failed')} error={error} />}
      {items?.length === 0 && <p className="muted">{t('wizard.preview.empty')}</p>}

      {items !== null && items.length > 0 && (
        <div
          className="clause-preview__document"
          lang={language}
          data-updating={updating || undefined}
        >
          {bySection(items).map((group) => (
            <section key={group.sectionId} className="clause-preview__section">
              <h3 className="clause-preview__section-title">{group.sectionTitle}</h3>
              {group.clauses.map((clause) => (
                <article key={clause.id} className="clause-preview__clause">
                  <header className="clause-preview__clause-header">
                    {clause.title && (
                      <h4 className="clause-preview__clause-title">{clause.title}</h4>
                    )}
                    <OwnerBadge owner={clause.owner} />
                  </header>
                  <RichTextView doc={clause.body} className="rich-text--small" />
                </article>
              ))}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
