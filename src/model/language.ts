import { z } from 'zod';

/** Languages a charter can be written in. French first. */
export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;

export const DEFAULT_LANGUAGE: Language = 'fr';
