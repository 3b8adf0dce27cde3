import { useEffect, useState } from 'react';
import type { Language } from '../../../src/model/language';
import type { OptionalClause } from '../../../src/template/wizard-types';
import { api } from '../../api/client';

export type OptionalClausesState =
  | { status: 'loading' }
  | { status: 'loaded'; clauses: OptionalClause[] }
  | { status: 'failed'; error: unknown };

/** The clauses of a template the author may switch on or off, in the charter's language. */
export function useOptionalClauses(
  templateId: string,
  language: Language,
): { state: OptionalClausesState; retry(): void } {
  const [result, setResult] = useState<{ key: string; state: OptionalClausesState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = `${templateId}\n${language}\n${attempt}`;

  useEffect(() => {
    let live = true;
    api.call('templates.optionalClauses', { templateId, language }).then(
      (clauses) => live && setResult({ key, state: { status: 'loaded', clauses } }),
      (error: unknown) => live && setResult({ key, state: { status: 'failed', error } }),
    );
    return () => {
      live = false;
    };
  }, [templateId, language, key]);

  return {
    state: result?.key === key ? result.state : { status: 'loading' },
    retry: () => setAttempt((count) => count + 1),
  };
}
