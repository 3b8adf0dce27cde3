import { useId } from 'react';
import type { ExportFormat, ExportOption } from '../../../src/api/contract';
import { formatList } from '../../i18n/format-list';
import { useI18n } from '../../i18n/use-i18n';
import { offeredBy, type ExportOptionValues } from './export-choices';
import { CheckboxChoice } from '../../ui/CheckboxChoice';

interface ExportOptionsProps {
  formats: readonly ExportFormat[];
  values: ExportOptionValues;
  onChange(values: ExportOptionValues): void;
  /** Review comments belong to the live text: a past version has none to carry. */
  commentsPossible: boolean;
  /** The earlier versions the chosen text may be compared with, newest first. */
  comparable: readonly number[];
  disabled: boolean;
}

/**
 * The options one of the chosen formats honours (EXPORT_FORMAT_OPTIONS), each saying which
 * formats when not all: the YAML always carries everything for tools, so it has none.
 */
export function ExportOptions({
  formats,
  values,
  onChange,
  commentsPossible,
  comparable,
  disabled,
}: ExportOptionsProps) {
  const { t, locale } = useI18n();
  const sinceId = useId();
  const offered = offeredBy(formats);
  if (offered.size === 0) return null;
  const set = (patch: Partial<ExportOptionValues>) => onChange({ ...values, ...patch });
  const help = (option: ExportOption) => {
    const honouring = offered.get(option) ?? [];
    const what = t(`export.${option}.help`);
    if (honouring.length === formats.length) return what;
    const names = honouring.map((format) => t(`export.format.${format}`));
    return `${what} ${t('export.option.only', { formats: formatList(names, locale) })}`;
  };
  const [newest] = comparable;
  return (
    <fieldset className="fieldset export-options" disabled={disabled}>
      <legend className="fieldset__legend">{t('export.options')}</legend>
      {offered.has('includeOwners') && (
        <CheckboxChoice
          label={t('export.includeOwners')}
          help={help('includeOwners')}
          checked={values.includeOwners}
          onChange={(includeOwners) => set({ includeOwners })}
        />
      )}
      {offered.has('includeComments') && commentsPossible && (
        <CheckboxChoice
          label={t('export.includeComments')}
          help={help('includeComments')}
          checked={values.includeComments}
          onChange={(includeComments) => set({ includeComments })}
        />
      )}
      {offered.has('changesSince') && newest !== undefined && (
        <div className="export-options__since">
          <CheckboxChoice
            label={t('export.changesSince')}
            help={help('changesSince')}
            checked={values.changesSince !== null}
            onChange={(checked) => set({ changesSince: checked ? newest : null })}
          />
          {values.changesSince !== null && comparable.length > 1 && (
            <label className="export-options__version" htmlFor={sinceId}>
              <span>{t('export.changesSince.version')}</span>
              <select
                id={sinceId}
                className="input select select--compact"
                value={values.changesSince}
                onChange={(event) => set({ changesSince: Number(event.target.value) })}
              >
                {comparable.map((number) => (
                  <option key={number} value={number}>
                    {t('signOff.versions.number', { number })}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
    </fieldset>
  );
}
