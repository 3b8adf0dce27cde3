import { z } from 'zod';

/** Markdown for people, CSV for a spreadsheet, YAML for other tools. */
export const HistoryFormat = z.enum(['md', 'csv', 'yaml']);
export type HistoryFormat = z.infer<typeof HistoryFormat>;
