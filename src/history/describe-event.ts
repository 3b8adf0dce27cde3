import type { HistoryEvent } from '../model/history-event';
import type { HistoryFact } from '../model/history-fact';
import type { Language } from '../model/language';
import { FACT_WORDS } from './fact-words';

/**
 * What an event did, in words of `language`: its fact worded for the reader, or the sentence an
 * older file recorded (in English) when it has no fact.
 */
export function describeEvent(event: HistoryEvent, language: Language): string {
  return event.fact === undefined ? (event.detail ?? '') : describeFact(event.fact, language);
}

function describeFact(fact: HistoryFact, language: Language): string {
  // The map is keyed by type, so each entry takes its own kind of fact.
  const words = FACT_WORDS[language][fact.type] as (fact: HistoryFact) => string;
  return words(fact);
}
