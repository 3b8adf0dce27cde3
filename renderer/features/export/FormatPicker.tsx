import type { ExportFormat } from '../../../src/api/contract';
import { useT } from '../../i18n/use-t';
import { EXPORT_FORMATS } from './export-formats';

interface FormatPickerProps {
  /** The formats chosen, in the order of EXPORT_FORMATS; never empty. */
  value: readonly ExportFormat[];
  onChange(formats: readonly ExportFormat[]): void;
  disabled: boolean;
}

/** One card per format; several may be chosen, and one always stays. */
export function FormatPicker({ value, onChange, disabled }: FormatPickerProps) {
  const t = useT();
  const toggle = (format: ExportFormat, checked: boolean) =>
    onChange(EXPORT_FORMATS.filter((each) => (each === format ? checked : value.includes(each))));
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend className="fieldset__legend">{t('export.formats')}</legend>
      <div className="option-cards option-cards--compact">
        {EXPORT_FORMATS.map((format) => {
          const checked = value.includes(format);
          // The last format chosen cannot be unchosen: an export of nothing means nothing.
          const only = checked && value.length === 1;
          return (
            <label key={format} className="option-card" data-checked={checked || undefined}>
              <input
                type="checkbox"
                className="option-card__input"
                value={format}
                checked={checked}
                onChange={(event) => {
                  if (!only) toggle(format, event.target.checked);
                }}
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
    </fieldset>
  );
}
