import { useT } from '../i18n/use-t';

/** The product's name with its small mark, as shown in the top bar. */
export function AppMark() {
  const t = useT();
  return (
    <div className="app-mark">
      <svg className="app-mark__logo" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <rect x="3" y="2" width="18" height="20" rx="4" fill="currentColor" />
        <path d="M8 8h8M8 12h8M8 16h5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <span className="app-mark__name">{t('app.name')}</span>
    </div>
  );
}
