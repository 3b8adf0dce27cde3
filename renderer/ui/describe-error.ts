import { ApiCallError, isClientErrorCode } from '../api/api-call-error';
import type { Translate } from '../i18n/translate';

/** Core error codes the UI explains in the user's language (src/errors/charter-error.ts). */
const EXPLAINED_CODES = [
  'invalid-file',
  'invalid-input',
  'not-found',
  'template-invalid',
  'missing-answer',
  'save-failed',
  'conflict',
  'export-failed',
  'unsupported',
  'unauthorized',
] as const;
type ExplainedCode = (typeof EXPLAINED_CODES)[number];

/** Refusals precise enough to say what to do, told by the error's `reason`. */
const EXPLAINED_REASONS = ['is-folder', 'logo-refused'] as const;
type ExplainedReason = (typeof EXPLAINED_REASONS)[number];

function isExplainedReason(reason: string | undefined): reason is ExplainedReason {
  return (EXPLAINED_REASONS as readonly (string | undefined)[]).includes(reason);
}

function isExplained(code: string): code is ExplainedCode {
  return (EXPLAINED_CODES as readonly string[]).includes(code);
}

export interface ErrorDescription {
  /** What it means and what to do, in the interface language. */
  summary: string | null;
  /** The core's own sentence (always English), naming the file, field or position at fault. */
  detail: string | null;
}

export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (error instanceof ApiCallError) {
    if (isClientErrorCode(error.code)) {
      return { summary: t(`error.client.${error.code}`), detail: null };
    }
    const reason = error.details.reason;
    if (isExplainedReason(reason))
      return { summary: t(`error.reason.${reason}`), detail: error.message || null };
    const summary = isExplained(error.code) ? t(`error.code.${error.code}`) : null;
    return { summary, detail: error.message || null };
  }
  if (error instanceof Error) return { summary: null, detail: error.message };
  return { summary: t('error.unknown'), detail: null };
}
