import type { Editor } from '@tiptap/core';
import { memo } from 'react';
import type { Section } from '../../../src/model/clause';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { sectionAnchorId } from './anchor-ids';
import { ClauseBlock } from './ClauseBlock';
import { clauseNumber } from './clause-number';

interface SectionBlockProps {
  section: Section;
  number: number;
  rejectedClauseIds: ReadonlySet<string>;
  onChange(sectionId: string, clauseId: string, body: RichTextDoc): void;
  onReject(clauseId: string): void;
  onActivate(editor: Editor): void;
  onDestroy(editor: Editor): void;
}

export const SectionBlock = memo(function SectionBlock({
  section,
  number,
  rejectedClauseIds,
  onChange,
  onReject,
  onActivate,
  onDestroy,
}: SectionBlockProps) {
  const headingId = sectionAnchorId(section.id);
  return (
    <section className="charter-section" aria-labelledby={headingId} data-section-id={section.id}>
      <h2 id={headingId} className="charter-section__title" tabIndex={-1}>
        <span className="charter-section__number">{number}</span>
        {section.title}
      </h2>
      {section.clauses.map((clause, index) => (
        <ClauseBlock
          key={clause.id}
          sectionId={section.id}
          clause={clause}
          number={clauseNumber(number - 1, index)}
          rejected={rejectedClauseIds.has(clause.id)}
          onChange={onChange}
          onReject={onReject}
          onActivate={onActivate}
          onDestroy={onDestroy}
        />
      ))}
    </section>
  );
});
