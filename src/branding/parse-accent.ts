import { CharterError } from '../errors/charter-error';
import { AccentColour } from '../model/branding';

/** An accent colour as a person types it (`#C0392B`, `c0392b`), as the project stores it. */
export function parseAccent(text: string): AccentColour {
  const accent = AccentColour.safeParse(`#${text.trim().replace(/^#/, '').toLowerCase()}`);
  if (!accent.success)
    throw new CharterError(
      'invalid-input',
      `"${text}" is not a colour. Give it as six hexadecimal digits, such as #1f4e6b.`,
    );
  return accent.data;
}
