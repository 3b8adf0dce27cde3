import { useEffect, useState } from 'react';
import type { Fingerprint } from '../../../src/model/sign-off';
import { shortFingerprint } from '../../../src/signoff/short-fingerprint';
import { useT } from '../../i18n/use-t';
import { CheckIcon, CopyIcon } from '../../ui/icons';
import { IconButton } from '../../ui/IconButton';

/** How long the button says "copied" before it offers to copy again. */
const COPIED_FOR_MS = 2000;

interface FingerprintViewProps {
  fingerprint: Fingerprint;
}

/**
 * A text's fingerprint: the short form to tell versions apart, the full one on hover or opened,
 * and a copy button for whoever checks an exported file against it.
 */
export function FingerprintView({ fingerprint }: FingerprintViewProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    navigator.clipboard.writeText(fingerprint).then(
      () => setCopied(true),
      // Without clipboard access the full form is still there to select.
      () => setCopied(false),
    );
  };
  return (
    <div className="fingerprint">
      <details className="fingerprint__details">
        <summary className="fingerprint__summary" title={fingerprint}>
          <span className="fingerprint__label">{t('signOff.fingerprint.label')}</span>
          <code className="fingerprint__short" data-testid="fingerprint-short">
            {shortFingerprint(fingerprint)}
          </code>
        </summary>
        <code className="fingerprint__full" data-testid="fingerprint-full">
          {fingerprint}
        </code>
        <p className="fingerprint__help">{t('signOff.fingerprint.help')}</p>
      </details>
      <IconButton
        label={copied ? t('signOff.fingerprint.copied') : t('signOff.fingerprint.copy')}
        onClick={copy}
        className="fingerprint__copy"
      >
        {copied ? <CheckIcon /> : <CopyIcon />}
      </IconButton>
    </div>
  );
}
