import type { ExportFormat } from '../../../src/api/contract';
import { useT } from '../../i18n/use-t';
import { EXPORT_FORMATS } from './export-formats';

interface FormatPickerProps {
  value: ExportFormat;
  onChange(format: ExportFormat): void;
  disabled: boolean;
}

export function FormatPicker({ value, onChange, disabled }: FormatPickerProps) {
  const t = useT();
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend className="fieldset__legend">{t('export.format')}</legend>
      <div className="option-cards option-cards--compact">
        {EXPORT_FORMATS.map((format) => (
          <label key={format} className="option-card" data-checked={format === value || undefined}>
            <input
              type="radio"
              name="export-format"
              className="option-card__radio"
              value={format}
              checked={format === value}
              onChange={() => onChange(format)}
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
        ))}
      </div>
    </fieldset>
  );
}
