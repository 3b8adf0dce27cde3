import type { ReactNode } from 'react';
import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  Mark,
  RichTextDoc,
} from '../../src/model/rich-text';

interface RichTextViewProps {
  doc: RichTextDoc;
  className?: string;
}

/**
 * A clause body, read-only, built as React elements node by node: the text is never parsed as
 * HTML. Every node type of the model has a case, so a new one fails to compile here.
 */
export function RichTextView({ doc, className }: RichTextViewProps) {
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'}>
      {doc.content.map((node, index) => block(node, index))}
    </div>
  );
}

function block(node: BlockNode, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{node.content?.map(inline)}</p>;
    case 'bulletList':
      return <ul key={key}>{node.content.map(listItem)}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={node.attrs?.start}>
          {node.content.map(listItem)}
        </ol>
      );
    default:
      return unknownNode(node);
  }
}

function listItem(node: ListItemNode, key: number): ReactNode {
  return <li key={key}>{node.content.map(block)}</li>;
}

function inline(node: InlineNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return <span key={key}>{withMarks(node.text, node.marks ?? [])}</span>;
    case 'hardBreak':
      return <br key={key} />;
    default:
      return unknownNode(node);
  }
}

function withMarks(text: string, marks: readonly Mark[]): ReactNode {
  return marks.reduce<ReactNode>((content, mark) => {
    switch (mark.type) {
      case 'bold':
        return <strong>{content}</strong>;
      case 'italic':
        return <em>{content}</em>;
      default:
        return unknownNode(mark);
    }
  }, text);
}

function unknownNode(node: never): never {
  throw new Error(`Unknown rich-text node: ${JSON.stringify(node)}`);
}
