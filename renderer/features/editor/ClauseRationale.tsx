import { useI18n } from '../../i18n/use-i18n';

interface ClauseRationaleProps {
  rationale: string;
}

/**
 * Why a restrictive clause is justified and proportionate (L1121-1), as the exports show it:
 * closed at first, so the clause text reads first and the reason is one click away.
 */
export function ClauseRationale({ rationale }: ClauseRationaleProps) {
  const { t } = useI18n();
  return (
    <details className="clause-rationale">
      <summary className="clause-rationale__summary">{t('editor.clause.rationale')}</summary>
      <p className="clause-rationale__text">{rationale}</p>
    </details>
  );
}
