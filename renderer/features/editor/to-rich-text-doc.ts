import type { JSONContent } from '@tiptap/core';
import { RichTextDocSchema, type RichTextDoc } from '../../../src/model/rich-text';
import { normalizeListStarts } from './normalize-list-starts';

/**
 * The editor's JSON as a clause body. List numbers are made valid first, and the schema drops
 * attributes the model does not keep (e.g. an ordered list's `type`); null means the editor
 * produced something the model still refuses.
 */
export function toRichTextDoc(json: JSONContent): RichTextDoc | null {
  const parsed = RichTextDocSchema.safeParse(normalizeListStarts(json));
  return parsed.success ? parsed.data : null;
}
