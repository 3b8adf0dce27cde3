import { DEFAULT_LANGUAGE, Language } from '../model/language';
import { UsageError, type CliOptions } from './cli-command';

export const languageOption: CliOptions = { lang: { type: 'string' } };

export function parseLanguageOption(values: Record<string, unknown>): Language {
  const parsed = Language.safeParse(values.lang ?? DEFAULT_LANGUAGE);
  if (!parsed.success)
    throw new UsageError(`--lang must be one of ${Language.options.join(', ')}.`);
  return parsed.data;
}
