import type { MessageKey, Messages, fr } from './fr';
import { interpolate } from './interpolate';

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Placeholders<(typeof fr)[K]>;

/** t('key') for plain messages, t('key', { name }) when the French message has placeholders. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [MessageParams<K>] extends [never] ? [] : [Record<MessageParams<K>, string | number>]
) => string;

export function createTranslate(messages: Messages): Translate {
  return (key, ...params) => interpolate(messages[key], params[0]);
}

/** The keys of messages without placeholders, which t() takes alone. */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParams<K>] extends [never] ? K : never;
}[MessageKey];
