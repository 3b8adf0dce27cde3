import type { Editor } from '@tiptap/core';
import { memo, useCallback } from 'react';
import type { Clause } from '../../../src/model/clause';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { useT } from '../../i18n/use-t';
import { OwnerBadge } from '../../ui/OwnerBadge';
import { ClauseEditor } from './ClauseEditor';
import { clauseAnchorId } from './anchor-ids';

interface ClauseBlockProps {
  sectionId: string;
  clause: Clause;
  number: string;
  onChange(sectionId: string, clauseId: string, body: RichTextDoc): void;
  onActivate(editor: Editor): void;
  onDestroy(editor: Editor): void;
}

/** Re-renders only when its own clause changes: the other editors stay untouched while typing. */
export const ClauseBlock = memo(function ClauseBlock({
  sectionId,
  clause,
  number,
  onChange,
  onActivate,
  onDestroy,
}: ClauseBlockProps) {
  const t = useT();
  const title = clause.title ?? t('editor.clause.untitled', { number });
  const change = useCallback(
    (body: RichTextDoc) => onChange(sectionId, clause.id, body),
    [onChange, sectionId, clause.id],
  );
  const headingId = clauseAnchorId(clause.id);

  return (
    <article className="clause" aria-labelledby={headingId}>
      <header className="clause__header">
        <h3 id={headingId} className="clause__title" tabIndex={-1}>
          <span className="clause__number">{number}</span>
          {title}
        </h3>
        <OwnerBadge owner={clause.owner} />
      </header>
      <ClauseEditor
        body={clause.body}
        label={t('editor.clause.label', { title })}
        onChange={change}
        onActivate={onActivate}
        onDestroy={onDestroy}
      />
    </article>
  );
});
