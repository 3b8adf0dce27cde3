import { z } from 'zod';

/** The formats a charter exports to; the API, the CLI and the audit trail name them so. */
export const ExportFormat = z.enum(['yaml', 'docx', 'pdf', 'html', 'markdown']);
export type ExportFormat = z.infer<typeof ExportFormat>;
