import { useId, useState } from 'react';
import type { Logo } from '../../../src/model/branding';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { useFilePicker } from '../files/use-file-picker';

/** The raster formats a logo may come in; the core checks the bytes, not the name. */
const LOGO_EXTENSIONS = ['png', 'jpg', 'jpeg'];

interface LogoFieldProps {
  logo: Logo | undefined;
  onChange(logo: Logo | undefined): void;
  disabled: boolean;
}

/** The company logo of the covers: shown as it will print, chosen from a PNG or JPEG file. */
export function LogoField({ logo, onChange, disabled }: LogoFieldProps) {
  const t = useT();
  const picker = useFilePicker();
  const labelId = useId();
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const choose = async () => {
    const path = await picker.chooseFileToOpen({
      title: t('branding.logo.choose'),
      extensions: LOGO_EXTENSIONS,
      confirmLabel: t('action.open'),
    });
    if (!path) return;
    setError(null);
    setReading(true);
    try {
      onChange(await api.call('branding.readLogo', { path }));
    } catch (failure) {
      setError(failure);
    } finally {
      setReading(false);
    }
  };

  return (
    <div className="field logo-field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field__label">
        {t('branding.logo')}
      </span>
      <div className="logo-field__row">
        <div className="logo-field__frame">
          {logo ? (
            <img
              className="logo-field__picture"
              src={`data:${logo.mediaType};base64,${logo.data}`}
              alt={t('branding.logo.alt')}
            />
          ) : (
            <span className="logo-field__none">{t('branding.logo.none')}</span>
          )}
        </div>
        <div className="logo-field__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => void choose()}
            disabled={disabled || reading}
            aria-busy={reading || undefined}
          >
            {reading && <Spinner />}
            {logo ? t('branding.logo.change') : t('branding.logo.add')}
          </button>
          {logo && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => onChange(undefined)}
              disabled={disabled || reading}
            >
              {t('branding.logo.remove')}
            </button>
          )}
        </div>
      </div>
      <p className="field__help">
        {logo
          ? t('branding.logo.size', { width: logo.width, height: logo.height })
          : t('branding.logo.help')}
      </p>
      {error !== null && (
        <ErrorBanner
          title={t('branding.logo.failed')}
          error={error}
          onDismiss={() => setError(null)}
        />
      )}
    </div>
  );
}
