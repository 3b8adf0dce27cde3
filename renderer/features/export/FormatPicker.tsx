import { useId } from 'react';
import type { ExportFormat } from '../../../src/api/contract';
import { useT } from '../../i18n/use-t';
import { EXPORT_FORMATS } from './export-formats';

interface FormatPickerProps {
  /** The formats chosen, in the order of EXPORT_FORMATS. */
  value: readonly ExportFormat[];
  onChange(formats: readonly ExportFormat[]): void;
  disabled: boolean;
}

/** One card per format; several may be chosen, and none says what is missing. */
export function FormatPicker({ value, onChange, disabled }: FormatPickerProps) {
  const t = useT();
  const missingId = useId();
  const toggle = (format: ExportFormat, checked: boolean) =>
    onChange(EXPORT_FORMATS.filter((each) => (each === format ? checked : value.includes(each))));
  const none = value.length === 0;
  return (
    <fieldset
      className="fieldset"
      disabled={disabled}
      aria-describedby={none ? missingId : undefined}
    >
      <legend className="fieldset__legend">{t('export.formats')}</legend>
      <div className="option-cards option-cards--compact">
        {EXPORT_FORMATS.map((format) => {
          const checked = value.includes(format);
          return (
            <label key={format} className="option-card" data-checked={checked || undefined}>
              <input
                type="checkbox"
                className="option-card__input"
                value={format}
                checked={checked}
                onChange={(event) => toggle(format, event.target.checked)}
                aria-labelledby={`export-format-${format}-name`}
                aria-describedby={`export-format-${format}-help`}
              />
              <span className="option-card__body">
                <span id={`export-format-${format}-name`} className="option-card__title">
                  {t(`export.format.${format}`)}
                </span>
                <span id={`export-format-${format}-help`} className="option-card__description">
                  {t(`export.format.${format}.help`)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {none && (
        <p id={missingId} className="field__error">
          {t('export.noFormat')}
        </p>
      )}
    </fieldset>
  );
}
