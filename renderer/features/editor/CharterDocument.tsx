import type { Editor } from '@tiptap/core';
import type { Project } from '../../../src/model/project';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { SectionBlock } from './SectionBlock';

interface CharterDocumentProps {
  project: Project;
  rejectedClauseIds: ReadonlySet<string>;
  onChange(sectionId: string, clauseId: string, body: RichTextDoc): void;
  onReject(clauseId: string): void;
  onActivate(editor: Editor): void;
  onDestroy(editor: Editor): void;
}

/** The charter laid out like the page it will become, in its own language (`lang`). */
export function CharterDocument({
  project,
  rejectedClauseIds,
  onChange,
  onReject,
  onActivate,
  onDestroy,
}: CharterDocumentProps) {
  const { t, locale, language } = useI18n();
  const { meta } = project;
  return (
    <div className="page" lang={meta.language}>
      <header className="page__header">
        <p className="page__eyebrow" lang={language}>
          <span className={`status-pill status-pill--${meta.status}`}>
            {t(`status.${meta.status}`)}
          </span>
        </p>
        <h1 className="page__title">{meta.title}</h1>
        <p className="page__meta" lang={language}>
          {t('editor.meta', {
            language: t(`language.${meta.language}.name`),
            updated: formatDateTime(meta.updatedAt, locale),
          })}
        </p>
      </header>
      {project.sections.map((section, index) => (
        <SectionBlock
          key={section.id}
          section={section}
          number={index + 1}
          rejectedClauseIds={rejectedClauseIds}
          onChange={onChange}
          onReject={onReject}
          onActivate={onActivate}
          onDestroy={onDestroy}
        />
      ))}
    </div>
  );
}
