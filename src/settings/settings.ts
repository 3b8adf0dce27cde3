import { z } from 'zod';
import { Author } from '../model/comment';
import { DEFAULT_LANGUAGE, Language } from '../model/language';

/** The user's preferences, kept between runs. */
export const Settings = z.object({
  uiLanguage: Language.default(DEFAULT_LANGUAGE),
  /** Who the user is when commenting or approving: name and role. */
  reviewer: Author.optional(),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some settings: no defaults, so an omitted setting keeps its value. */
export const SettingsPatch = z.object({
  uiLanguage: Language.optional(),
  reviewer: Author.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const RecentFile = z.object({ path: z.string(), title: z.string(), openedAt: z.string() });
export type RecentFile = z.infer<typeof RecentFile>;
