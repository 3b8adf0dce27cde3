import { useId } from 'react';
import type { IsoDate } from '../../../src/formalities/iso-date';
import { formatDay } from '../../i18n/format-day';
import { useI18n } from '../../i18n/use-i18n';

interface NextReviewFieldProps {
  date: IsoDate | undefined;
  /** Null when the charter is only read: the date is shown, not offered. */
  onChange: ((date: IsoDate | null) => void) | null;
}

/** When the charter is next due for review, set at sign-off and changeable by its authors. */
export function NextReviewField({ date, onChange }: NextReviewFieldProps) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <section className="signoff__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="signoff__heading">
        {t('signOff.review.heading')}
      </h3>
      {onChange ? (
        <div className="field">
          <input
            id={id}
            type="date"
            className="input input--date"
            value={date ?? ''}
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-help`}
            onChange={(event) => onChange(event.target.value || null)}
          />
          <p id={`${id}-help`} className="field__help">
            {t('signOff.review.help')}
          </p>
        </div>
      ) : (
        <p className="signoff__meta">
          {date
            ? t('signOff.review.on', { date: formatDay(date, locale) })
            : t('signOff.review.none')}
        </p>
      )}
    </section>
  );
}
