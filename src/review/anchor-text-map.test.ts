import { readdir } from 'node:fs/promises';
// The positions are checked against the editor's own schema; the core itself never imports it.
// eslint-disable-next-line no-restricted-imports
import { getSchema } from '@tiptap/core';
// eslint-disable-next-line no-restricted-imports
import { Node } from '@tiptap/pm/model';
// eslint-disable-next-line no-restricted-imports
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import type { RichTextDoc } from '../model/rich-text';
import {
  bold,
  br,
  bullets,
  doc,
  italic,
  item,
  numbered,
  p,
  text,
} from '../rich-text/test-support/rich-text-builders';
import { richTextToPlainText } from '../rich-text/to-plain-text';
import { createProject } from '../template/create-project';
import { loadTemplate } from '../template/load-template';
import { templateQuestions, type Template } from '../template/template';
import { readProfile } from '../template/test-support/read-profile';
import { normalizeQuote } from './anchor-text';
import { anchorTextMap, passageRange } from './anchor-text-map';
import { TEMPLATES } from './test-support/sample-project';

const schema = getSchema([StarterKit]);
const NOW = '2026-03-01T09:00:00.000Z';

/** The anchor text as it was defined before the map: users' files hold offsets into it. */
function formerAnchorText(body: RichTextDoc): string {
  return normalizeQuote(richTextToPlainText(body));
}

/** Every character the map places must be the document's character there. */
function expectPositionsInDocument(body: RichTextDoc): void {
  const { text, positions } = anchorTextMap(body);
  expect(positions).toHaveLength(text.length);
  const document = Node.fromJSON(schema, body);
  positions.forEach((position, index) => {
    if (position === null) return;
    const held = document.textBetween(position, position + 1);
    // The anchor text folds white space: a space stands for any white space character.
    if (text[index] === ' ') expect(held, `${index} in ${text}`).toMatch(/^\s$/);
    else expect(held, `${index} in ${text}`).toBe(text[index]);
  });
}

/** Each shipped template with its answer profiles, or else its required text questions answered. */
async function shippedCharters(): Promise<
  { name: string; template: Template; answers: Answers }[]
> {
  const folders = (await readdir(TEMPLATES, { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  );
  const charters = [];
  for (const { name } of folders) {
    const template = await loadTemplate(TEMPLATES, name);
    const profiles = await readdir(`${TEMPLATES}/${name}/profiles`).catch(() => []);
    const answerSets = profiles.length
      ? await Promise.all(
          profiles.map((file) => readProfile(`${TEMPLATES}/${name}/profiles/${file}`)),
        )
      : [
          Object.fromEntries(
            templateQuestions(template)
              .filter((question) => question.required && question.type === 'text')
              .map((question) => [question.id, 'Dupré & Fils <SA>']),
          ),
        ];
    for (const answers of answerSets) charters.push({ name, template, answers });
  }
  return charters;
}

const TRICKY: Record<string, RichTextDoc> = {
  'an empty document': doc(),
  'empty paragraphs and paragraphs of breaks and blanks': doc(
    p(),
    p(br, br),
    p(text('  \u00a0 ')),
    p(text('mot')),
    p(),
  ),
  'hard breaks inside, at the start and at the end': doc(
    p(br, text('un'), br, br, text('deux'), br, br),
  ),
  'marks across words': doc(p(text('Soyez '), bold('très'), italic(' prudents'), text('.'))),
  'white space inside the text': doc(
    p(text('  deux  espaces\u00a0et\ttab '), text(' fin  ')),
    p(text('ligne\nbrisée')),
  ),
  'neighbouring ordered lists numbered from the first one': doc(
    numbered(3, item(p(text('trois'))), item(p(text('quatre')))),
    numbered(9, item(p(text('cinq')))),
    p(),
    numbered(7, item(p(text('sept')))),
    bullets(item(p(text('puce')))),
    numbered(1, item(p(text('un')))),
  ),
  'nested and empty list items': doc(
    bullets(
      item(p(text('haut')), numbered(1, item(p(text('a'))), item(p()))),
      item(p()),
      item(p(br), bullets(item(p(text('b'))))),
      item(numbered(0, item(p(text('zéro'))))),
    ),
    numbered(2, item(p(text('deux')), p(text('suite')))),
  ),
  'characters beyond the basic plane': doc(p(text('😀 ok '), bold('𝒜𝒷'), text('!'))),
};

describe('anchorTextMap', () => {
  it('gives every clause of every shipped charter the anchor text it always had', async () => {
    const charters = await shippedCharters();
    expect(charters.length).toBeGreaterThan(3);
    let clauses = 0;
    for (const { name, template, answers } of charters) {
      for (const language of template.languages) {
        const project = createProject({ template, language, answers, id: name, now: NOW });
        for (const clause of project.sections.flatMap((section) => section.clauses)) {
          expect(anchorTextMap(clause.body).text, clause.id).toBe(formerAnchorText(clause.body));
          expectPositionsInDocument(clause.body);
          clauses += 1;
        }
      }
    }
    expect(clauses).toBeGreaterThan(100);
  });

  it.each(Object.entries(TRICKY))('keeps the anchor text of %s', (_name, body) => {
    expect(anchorTextMap(body).text).toBe(formerAnchorText(body));
    expectPositionsInDocument(body);
  });

  it('places words, and leaves markers, breaks and block separations unplaced', () => {
    const body = doc(
      p(text('Soyez '), bold('prudents'), br, text('ici')),
      bullets(item(p(text('un')))),
    );
    expect(anchorTextMap(body)).toEqual({
      text: 'Soyez prudents ici - un',
      positions: [
        ...[1, 2, 3, 4, 5, 6],
        ...[7, 8, 9, 10, 11, 12, 13, 14],
        null,
        ...[16, 17, 18],
        null,
        null,
        null,
        ...[23, 24],
      ],
    });
  });
});

describe('passageRange', () => {
  const map = anchorTextMap(doc(p(text('Soyez prudents')), bullets(item(p(text('un'))))));

  it('spans a passage from its first to just after its last character', () => {
    expect(passageRange(map, 6, 8)).toEqual({ from: 7, to: 15 });
  });

  it('leaves out the markers and separations at either end of a passage', () => {
    expect(passageRange(map, 6, 13)).toEqual({ from: 7, to: 21 });
    expect(passageRange(map, 14, 3)).toBeNull();
  });
});
