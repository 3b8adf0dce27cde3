import type { Editor } from '@tiptap/core';
import type { Project } from '../../../src/model/project';
import type { Translate } from '../../i18n/translate';
import { clauseLocation } from '../checks/clause-location';
import type { CommentTarget } from './CommentDialog';
import { selectedPassage } from './selected-passage';

/** What a new comment would be on: the passage selected in this clause editor, if any. */
export function commentTarget(
  editor: Editor,
  project: Project,
  t: Translate,
): CommentTarget | null {
  const passage = selectedPassage(editor);
  const clauseId = editor.view.dom.closest<HTMLElement>('[data-clause-id]')?.dataset.clauseId;
  if (!passage || !clauseId) return null;
  const location = clauseLocation(project, clauseId);
  if (!location) return null;
  const clauseTitle = location.title ?? t('editor.clause.untitled', { number: location.number });
  return { clauseId, clauseTitle, ...passage };
}
