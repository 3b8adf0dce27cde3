import type { JSONContent } from '@tiptap/core';
import { RichTextDocSchema, type RichTextDoc } from '../../../src/model/rich-text';

/**
 * The editor's JSON as a clause body. The schema drops attributes the model does not keep
 * (e.g. an ordered list's `type`); null means the editor produced something the model refuses.
 */
export function toRichTextDoc(json: JSONContent): RichTextDoc | null {
  const parsed = RichTextDocSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
