import { CharterError } from '../errors/charter-error';
import { AccentColour } from '../model/branding';

/** An accent colour as a person types it (`#C0392B`, `c0392b`), as the project stores it. */
export function readAccent(text: string): AccentColour | undefined {
  const accent = AccentColour.safeParse(`#${text.trim().replace(/^#/, '').toLowerCase()}`);
  return accent.success ? accent.data : undefined;
}

/** As readAccent, for a command line: what is not a colour is refused with an example. */
export function parseAccent(text: string): AccentColour {
  const accent = readAccent(text);
  if (accent === undefined)
    throw new CharterError(
      'invalid-input',
      `"${text}" is not a colour. Give it as six hexadecimal digits, such as #1f4e6b.`,
    );
  return accent;
}
