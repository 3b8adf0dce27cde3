import { useT } from '../i18n/use-t';
import { ErrorBanner } from '../ui/ErrorBanner';

interface StartupFailureProps {
  error: unknown;
  onRetry(): void;
}

export function StartupFailure({ error, onRetry }: StartupFailureProps) {
  const t = useT();
  return (
    <main className="startup-failure">
      <h1 className="startup-failure__title">{t('app.name')}</h1>
      <ErrorBanner title={t('startup.failed')} error={error} />
      <p className="muted">{t('startup.hint')}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('action.retry')}
      </button>
    </main>
  );
}
