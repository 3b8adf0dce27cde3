import { useT } from '../i18n/use-t';
import { describeError } from './describe-error';
import { AlertIcon, CloseIcon } from './icons';
import { IconButton } from './IconButton';

interface ErrorBannerProps {
  /** What failed, from the user's point of view ("Impossible d'ouvrir « charte.charter »"). */
  title: string;
  /** What went wrong, when there is more to say than the title. */
  error?: unknown;
  onDismiss?(): void;
}

/** A failed operation: what the user tried, what it means, then the core's exact words. */
export function ErrorBanner({ title, error, onDismiss }: ErrorBannerProps) {
  const t = useT();
  const { summary, detail } =
    error === undefined ? { summary: null, detail: null } : describeError(error, t);
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
        <IconButton
          label={t('action.dismissError')}
          onClick={onDismiss}
          className="error-banner__dismiss"
        >
          <CloseIcon />
        </IconButton>
      )}
    </div>
  );
}
