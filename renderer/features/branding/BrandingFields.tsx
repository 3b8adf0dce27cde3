import type { Branding } from '../../../src/model/branding';
import { useT } from '../../i18n/use-t';
import { AccentField } from './AccentField';
import { LogoField } from './LogoField';

interface BrandingFieldsProps {
  branding: Branding;
  /** The parts changed, and only those: a part given as undefined is removed. */
  onChange(change: Branding): void;
  disabled: boolean;
}

/**
 * The company's look on the covers and headings of the DOCX, PDF and HTML. It belongs to the
 * project, not to the signed text: changing it keeps a signed-off version signed off.
 */
export function BrandingFields({ branding, onChange, disabled }: BrandingFieldsProps) {
  const t = useT();
  return (
    <fieldset className="fieldset stack" disabled={disabled}>
      <legend className="fieldset__legend">{t('branding.title')}</legend>
      <p className="field__help">{t('branding.help')}</p>
      <LogoField logo={branding.logo} onChange={(logo) => onChange({ logo })} disabled={disabled} />
      <AccentField
        accent={branding.accent}
        onChange={(accent) => onChange({ accent })}
        disabled={disabled}
      />
    </fieldset>
  );
}
