import { useId } from 'react';
import { EXPORT_FORMAT_OPTIONS, type ExportFormat } from '../../../src/api/contract';
import { useT } from '../../i18n/use-t';
import { CheckboxChoice } from '../../ui/CheckboxChoice';

/** What a document for people holds beside its text. */
export interface ExportOptionValues {
  includeOwners: boolean;
  includeComments: boolean;
  /** An earlier version whose changes end the document, or none. */
  changesSince: number | null;
}

interface ExportOptionsProps {
  format: ExportFormat;
  values: ExportOptionValues;
  onChange(values: ExportOptionValues): void;
  /** Review comments belong to the live text: a past version has none to carry. */
  commentsPossible: boolean;
  /** The earlier versions the chosen text may be compared with, newest first. */
  comparable: readonly number[];
  disabled: boolean;
}

/**
 * The options the chosen format honours (EXPORT_FORMAT_OPTIONS): the YAML always carries
 * everything for tools, so it has none.
 */
export function ExportOptions({
  format,
  values,
  onChange,
  commentsPossible,
  comparable,
  disabled,
}: ExportOptionsProps) {
  const t = useT();
  const sinceId = useId();
  const offered = EXPORT_FORMAT_OPTIONS[format];
  if (offered.length === 0) return null;
  const set = (patch: Partial<ExportOptionValues>) => onChange({ ...values, ...patch });
  const [newest] = comparable;
  return (
    <fieldset className="fieldset export-options" disabled={disabled}>
      <legend className="fieldset__legend">{t('export.options')}</legend>
      {offered.includes('includeOwners') && (
        <CheckboxChoice
          label={t('export.includeOwners')}
          help={t('export.includeOwners.help')}
          checked={values.includeOwners}
          onChange={(includeOwners) => set({ includeOwners })}
        />
      )}
      {offered.includes('includeComments') && commentsPossible && (
        <CheckboxChoice
          label={t('export.includeComments')}
          help={t('export.includeComments.help')}
          checked={values.includeComments}
          onChange={(includeComments) => set({ includeComments })}
        />
      )}
      {offered.includes('changesSince') && newest !== undefined && (
        <div className="export-options__since">
          <CheckboxChoice
            label={t('export.changesSince')}
            help={t('export.changesSince.help')}
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
