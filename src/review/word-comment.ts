import { z } from 'zod';

/**
 * A comment as a reviewer left it in a Word document, with what it covers: plain data, read
 * from the file on the host (src/docx/) and imported into the project by the core.
 */
export const WordComment = z.object({
  /** The comment's `w:id` in the document. */
  id: z.string(),
  author: z.string().optional(),
  /** `w:date` as written; Word and LibreOffice write ISO 8601. */
  date: z.string().optional(),
  /** Its paragraphs, one per line. */
  text: z.string(),
  /** The document text the comment's range covers; empty for a comment on a point. */
  quote: z.string(),
  /** Document text just before and after the range, to tell repeated quotes apart. */
  before: z.string(),
  after: z.string(),
  /** The heading the range is under (a clause or section title), if any. */
  heading: z.string().optional(),
  /** The `w:id` of the comment this one replies to. */
  parentId: z.string().optional(),
  /** Marked done (resolved) in Word. */
  done: z.boolean(),
});
export type WordComment = z.infer<typeof WordComment>;
