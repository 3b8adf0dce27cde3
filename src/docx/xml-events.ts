import { CharterError } from '../errors/charter-error';

/** What a WordprocessingML part is made of, for the few elements a reader looks for. */
export type XmlEvent =
  | { type: 'open'; name: string; attributes: Readonly<Record<string, string>> }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /[^\s/>]+/y;

/**
 * The elements and text of an XML part, in order; names keep their prefixes (`w:p`). No DTD is
 * ever read: a DOCTYPE or ENTITY declaration is refused, so no external entity is fetched and
 * no entity expands (XXE, "billion laughs"). `where` names the part in error messages.
 */
export function xmlEvents(xml: string, where: string): XmlEvent[] {
  const events: XmlEvent[] = [];
  let at = 0;
  while (at < xml.length) {
    const tag = xml.indexOf('<', at);
    const textEnd = tag < 0 ? xml.length : tag;
    if (textEnd > at)
      events.push({ type: 'text', text: decodeEntities(xml.slice(at, textEnd), where) });
    if (tag < 0) break;
    at = readMarkup(xml, tag, where, events);
  }
  return events;
}

/** Reads the markup at `start` (a `<`) into `events`; returns where the text after it starts. */
function readMarkup(xml: string, start: number, where: string, events: XmlEvent[]): number {
  if (xml.startsWith('<?', start)) return after(xml, '?>', start, where);
  if (xml.startsWith('<!--', start)) return after(xml, '-->', start, where);
  if (xml.startsWith('<![CDATA[', start)) {
    const end = after(xml, ']]>', start, where);
    events.push({ type: 'text', text: xml.slice(start + 9, end - 3) });
    return end;
  }
  if (xml.startsWith('<!', start)) {
    throw new CharterError(
      'invalid-file',
      `${where} holds a DOCTYPE or ENTITY declaration, which Word never writes; it is refused for safety. Open the document in Word or LibreOffice and save it again as .docx.`,
    );
  }
  const end = after(xml, '>', start, where);
  const inside = xml.slice(start + 1, end - 1);
  if (inside.startsWith('/')) {
    events.push({ type: 'close', name: inside.slice(1).trim() });
    return end;
  }
  const empty = inside.endsWith('/');
  const body = empty ? inside.slice(0, -1) : inside;
  NAME.lastIndex = 0;
  const name = NAME.exec(body)?.[0];
  if (!name) throw damaged(where);
  const attributes: Record<string, string> = {};
  let rest = name.length;
  for (;;) {
    ATTRIBUTE.lastIndex = rest;
    const match = ATTRIBUTE.exec(body);
    if (!match) break;
    attributes[match[1] ?? ''] = decodeEntities(match[2] ?? match[3] ?? '', where);
    rest = ATTRIBUTE.lastIndex;
  }
  if (body.slice(rest).trim() !== '') throw damaged(where);
  events.push({ type: 'open', name, attributes });
  // `<w:tab/>` reads as an element opened and closed at once.
  if (empty) events.push({ type: 'close', name });
  return end;
}

function after(xml: string, terminator: string, start: number, where: string): number {
  const end = xml.indexOf(terminator, start);
  if (end < 0) throw damaged(where);
  return end + terminator.length;
}

function decodeEntities(text: string, where: string): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw damaged(where);
    const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
    if (code !== undefined) {
      const point = Number.parseInt(
        code,
        entity.startsWith('#x') || entity.startsWith('#X') ? 16 : 10,
      );
      if (point > 0x10ffff) throw damaged(where);
      return String.fromCodePoint(point);
    }
    const predefined = PREDEFINED_ENTITIES[entity];
    if (predefined === undefined) throw damaged(where);
    return predefined;
  });
}

function damaged(where: string): CharterError {
  return new CharterError(
    'invalid-file',
    `${where} is not well-formed XML: the document is damaged. Open it in Word or LibreOffice and save it again as .docx.`,
  );
}
