import {
  FORMALITY_DATE_QUESTIONS,
  LEGAL_ROUTE_QUESTION,
} from '../../../src/formalities/formality-questions';

/** The wizard page where the legal route and the formalities are answered. */
export const LEGAL_PAGE_ID = 'legal';

const FORMALITY_QUESTIONS: ReadonlySet<string> = new Set([
  ...Object.values(FORMALITY_DATE_QUESTIONS),
  LEGAL_ROUTE_QUESTION,
]);

/** Whether a wizard page is where the formalities summary belongs: it asks about them. */
export function pageShowsFormalities(page: {
  id: string;
  questions: readonly { id: string }[];
}): boolean {
  return (
    page.id === LEGAL_PAGE_ID ||
    page.questions.some((question) => FORMALITY_QUESTIONS.has(question.id))
  );
}
