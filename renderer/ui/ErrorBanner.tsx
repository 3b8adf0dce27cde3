import { useT } from '../i18n/use-t';
import { describeError } from './describe-error';
import { AlertIcon, CloseIcon } from './icons';

interface ErrorBannerProps {
  /** What failed, from the user's point of view ("Impossible d'ouvrir « charte.charter »"). */
  title: string;
  error: unknown;
  onDismiss?(): void;
}

/** A failed operation: what the user tried, what it means, then the core's exact words. */
export function ErrorBanner({ title, error, onDismiss }: ErrorBannerProps) {
  const t = useT();
  const { summary, detail } = describeError(error, t);
  return (
    <div className="error-banner" role="alert">
      <span className="error-banner__icon">
        <AlertIcon />
      </span>
      <div className="error-banner__text">
        <p className="error-banner__title">{title}</p>
        {summary && <p className="error-banner__summary">{summary}</p>}
        {detail && (
          <p className="error-banner__detail" lang="en">
            {detail}
          </p>
        )}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="icon-button error-banner__dismiss"
          aria-label={t('action.dismissError')}
          title={t('action.dismissError')}
          onClick={onDismiss}
        >
          <CloseIcon />
        </button>
      )}
    </div>
  );
}
