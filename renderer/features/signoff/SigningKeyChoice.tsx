import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { KeyIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import type { SigningKeyState } from './use-signing-key';

interface SigningKeyChoiceProps {
  signingKey: SigningKeyState;
  sign: boolean;
  onSignChange(sign: boolean): void;
  disabled: boolean;
}

/** `ed25519:AbCdEfGh…`: enough of a public key to recognise it. */
const shortKey = (publicKey: string) => `${publicKey.slice(0, 'ed25519:'.length + 8)}…`;

/** Sign the decision with the user's key, or create that key first; and how it is protected. */
export function SigningKeyChoice({
  signingKey,
  sign,
  onSignChange,
  disabled,
}: SigningKeyChoiceProps) {
  const t = useT();
  const helpId = useId();
  const { status, error, creating, create } = signingKey;

  if (status === undefined) {
    return error ? (
      <ErrorBanner title={t('signOff.key.loadFailed')} error={error.cause} />
    ) : (
      <p className="loading-line">
        <Spinner />
      </p>
    );
  }
  if (status.publicKey === null) {
    return (
      <div className="signing-key signing-key--none">
        <p className="signing-key__text">{t('signOff.key.none')}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => void create()}
          disabled={creating || disabled}
          aria-describedby={helpId}
        >
          {creating ? <Spinner /> : <KeyIcon />}
          {t('signOff.key.create')}
        </button>
        <p id={helpId} className="field__help">
          {t(`signOff.key.createHelp.${status.protection}`)}
        </p>
        {error && <ErrorBanner title={t('signOff.key.failed')} error={error.cause} />}
      </div>
    );
  }
  return (
    <label className="choice signing-key">
      <input
        type="checkbox"
        checked={sign}
        disabled={disabled}
        aria-describedby={helpId}
        onChange={(event) => onSignChange(event.target.checked)}
      />
      <span>
        {t('signOff.dialog.sign')}
        <span id={helpId} className="field__help signing-key__help" title={status.publicKey}>
          {t('signOff.dialog.signHelp', {
            key: shortKey(status.publicKey),
            protection: t(`signOff.key.${status.protection}`),
          })}
        </span>
      </span>
    </label>
  );
}
