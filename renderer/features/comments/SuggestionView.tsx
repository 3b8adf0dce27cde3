import type { Suggestion } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';

interface SuggestionViewProps {
  /** The passage as it was quoted when the wording was suggested. */
  passage: string;
  suggestion: Suggestion;
}

/** New wording beside the words it replaces, struck through, and the author's decision. */
export function SuggestionView({ passage, suggestion }: SuggestionViewProps) {
  const t = useT();
  const { decision } = suggestion;
  return (
    <figure className="comment-suggestion">
      <figcaption className="comment-suggestion__label">
        {t('comments.suggestion.label')}
        {decision && (
          <span
            className={`comment-suggestion__decision comment-suggestion__decision--${decision.status}`}
          >
            {t(`comments.suggestion.${decision.status}`)}
          </span>
        )}
      </figcaption>
      <p className="comment-suggestion__change">
        <del>{passage}</del>{' '}
        {suggestion.text === '' ? (
          <span className="comment-suggestion__deletion">{t('comments.suggestion.deletion')}</span>
        ) : (
          <ins>{suggestion.text}</ins>
        )}
      </p>
    </figure>
  );
}
