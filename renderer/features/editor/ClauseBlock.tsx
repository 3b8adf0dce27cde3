import type { Editor } from '@tiptap/core';
import { memo, useCallback } from 'react';
import type { Clause } from '../../../src/model/clause';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { shownRationale } from '../../../src/model/shown-rationale';
import { useI18n } from '../../i18n/use-i18n';
import { OwnerBadge } from '../../ui/OwnerBadge';
import { ClauseEditor } from './ClauseEditor';
import { ClauseRationale } from './ClauseRationale';
import { clauseAnchorId } from './anchor-ids';
import { shortcutLabel } from './shortcut-label';

interface ClauseBlockProps {
  sectionId: string;
  clause: Clause;
  number: string;
  /** The editor holds a change the model refused: say so where it happened. */
  rejected: boolean;
  onChange(sectionId: string, clauseId: string, body: RichTextDoc): void;
  onReject(clauseId: string): void;
  onActivate(editor: Editor): void;
  onDestroy(editor: Editor): void;
}

/** Re-renders only when its own clause changes: the other editors stay untouched while typing. */
export const ClauseBlock = memo(function ClauseBlock({
  sectionId,
  clause,
  number,
  rejected,
  onChange,
  onReject,
  onActivate,
  onDestroy,
}: ClauseBlockProps) {
  const { t, language } = useI18n();
  const title = clause.title ?? t('editor.clause.untitled', { number });
  const change = useCallback(
    (body: RichTextDoc) => onChange(sectionId, clause.id, body),
    [onChange, sectionId, clause.id],
  );
  const reject = useCallback(() => onReject(clause.id), [onReject, clause.id]);
  const headingId = clauseAnchorId(clause.id);
  const errorId = `${headingId}-rejected`;
  const rationale = shownRationale(clause);

  return (
    <article className="clause" aria-labelledby={headingId} data-clause-id={clause.id}>
      <header className="clause__header">
        <h3 id={headingId} className="clause__title" tabIndex={-1}>
          <span className="clause__number">{number}</span>
          {title}
        </h3>
        <OwnerBadge owner={clause.owner} />
      </header>
      <ClauseEditor
        clauseId={clause.id}
        body={clause.body}
        label={t('editor.clause.label', { title })}
        rejected={rejected}
        describedBy={errorId}
        onChange={change}
        onReject={reject}
        onActivate={onActivate}
        onDestroy={onDestroy}
      />
      {rejected && (
        <p id={errorId} className="field__error clause__error" role="alert" lang={language}>
          {t('editor.clause.rejected', { undo: shortcutLabel('Z') })}
        </p>
      )}
      {rationale !== undefined && <ClauseRationale rationale={rationale} />}
    </article>
  );
});
