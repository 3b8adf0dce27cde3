import { parseAccent } from '../../branding/parse-accent';
import { readLogo } from '../../branding/read-logo';
import { withBranding } from '../../branding/with-branding';
import { loadProject, saveProject } from '../../store/project-file';
import { exportAccent } from '../../export/accent-colour';
import { resolve } from 'node:path';
import { UsageError, type CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

export const brandCommand: CliCommand = {
  name: 'brand',
  summary: 'Set the logo and accent colour the DOCX, PDF and HTML exports carry.',
  usage: [
    'FILE.charter [--logo PICTURE | --remove-logo] [--accent COLOUR | --remove-accent]',
    '',
    '  --logo PICTURE    a PNG or JPEG (at most 512 KB), shown on the cover and the page head',
    '  --accent COLOUR   the colour of headings and rules, such as #1f4e6b; a colour too pale',
    '                    to read on white is darkened in the exports until it does',
    '  --remove-logo, --remove-accent   back to no logo, to the default colour',
    '',
    'Without options, prints the branding. Branding is not part of the signed text: changing it',
    'keeps a signed-off version signed off. Writes into FILE (the previous one is kept as FILE.bak).',
  ].join('\n'),
  files: 'one',
  options: {
    logo: { type: 'string' },
    accent: { type: 'string' },
    'remove-logo': { type: 'boolean' },
    'remove-accent': { type: 'boolean' },
  },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const logoFile = typeof values.logo === 'string' ? values.logo : undefined;
    const accent = typeof values.accent === 'string' ? values.accent : undefined;
    const removeLogo = values['remove-logo'] === true;
    const removeAccent = values['remove-accent'] === true;
    if ((logoFile !== undefined && removeLogo) || (accent !== undefined && removeAccent))
      throw new UsageError('Give a logo or --remove-logo, an accent or --remove-accent, not both.');
    const project = await loadProject(path);
    const chosenLogo =
      logoFile === undefined
        ? project.branding?.logo
        : await readLogo(resolve(context.cwd, logoFile));
    const chosenAccent = accent === undefined ? project.branding?.accent : parseAccent(accent);
    const branded = withBranding(project, {
      logo: removeLogo ? undefined : chosenLogo,
      accent: removeAccent ? undefined : chosenAccent,
    });
    if (logoFile !== undefined || accent !== undefined || removeLogo || removeAccent)
      await saveProject(path, branded);
    const branding = branded.branding ?? {};
    const { logo } = branding;
    context.stdout(
      [
        `logo: ${logo === undefined ? 'none' : `${logo.mediaType}, ${logo.width} × ${logo.height} px`}`,
        `accent: ${branding.accent ?? 'default'}, printed as ${exportAccent(branded)}`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};
