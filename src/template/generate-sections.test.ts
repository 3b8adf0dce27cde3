import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import { Section } from '../model/clause';
import type { InlineNode } from '../model/rich-text';
import { generateSections } from './generate-sections';
import { loadTemplate } from './load-template';
import { resolveAnswers } from './resolve-answers';
import type { Template } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';
import { textsOf } from './template-variables';

let dir: string;
let mini: Template;
beforeAll(async () => {
  dir = await writeTemplateFolder(fixtureFiles());
  mini = await loadTemplate(dir, 'mini');
});
afterAll(() => removeTemplateFolder(dir));

const generate = (answers: Answers, language: 'fr' | 'en' = 'fr') =>
  generateSections(mini, language, resolveAnswers(mini, { 'company.name': 'Acme', ...answers }));

/** The text of one clause, text nodes joined by "|" so that node boundaries show. */
function clauseText(sections: Section[], clauseId: string): string {
  const clause = sections
    .flatMap((section) => section.clauses)
    .find((candidate) => candidate.id === clauseId);
  if (!clause) throw new Error(`no clause ${clauseId}`);
  return textsOf(clause.body).join('|');
}

describe('generateSections', () => {
  it('keeps clauses whose condition holds, in template order, and drops empty sections', () => {
    const small = generate({});
    expect(small.map((section) => section.id)).toEqual(['intro']);
    expect(small[0]?.clauses.map((clause) => clause.id)).toEqual(['intro.hello']);

    const large = generate({ 'company.headcount': 80, platforms: ['x'] });
    expect(
      large.map((section) => [
        section.id,
        section.owner,
        section.title,
        section.clauses.map((clause) => clause.id),
      ]),
    ).toEqual([
      ['intro', 'hr', 'Introduction', ['intro.hello', 'intro.large']],
      ['networks', 'communication', 'Réseaux', ['networks.list']],
    ]);
  });

  it('gives clauses their title and owner, defaulting to the section owner', () => {
    const [intro] = generate({ 'company.headcount': 80 });
    expect(intro?.clauses.map(({ id, title, owner }) => ({ id, title, owner }))).toEqual([
      { id: 'intro.hello', title: 'Bonjour', owner: 'hr' },
      { id: 'intro.large', title: undefined, owner: 'legal' },
    ]);
    expect(intro?.clauses[1]).not.toHaveProperty('title');
  });

  it('produces sections that match the project schema', () => {
    for (const section of generate({ 'company.headcount': 80, platforms: ['x', 'linkedin'] })) {
      expect(Section.parse(section)).toEqual(section);
    }
  });

  it('formats answers for the language', () => {
    const answers: Answers = {
      'company.headcount': 1200,
      tone: 'formal',
      platforms: ['linkedin', 'x', 'tiktok'],
      advocacy: true,
      advocacy_lead: 'Léa',
    };
    const fr = generate(answers, 'fr');
    expect(clauseText(fr, 'intro.hello')).toBe(
      'Bienvenue chez |Acme| (1\u202f200 personnes), ton soutenu.|Notes : [à compléter\u00a0: Notes]|Ambassadeurs : oui',
    );
    expect(clauseText(fr, 'networks.list')).toBe('Réseaux suivis : |LinkedIn, X et TikTok|.');

    const en = generate({ ...answers, advocacy: false }, 'en');
    expect(clauseText(en, 'intro.hello')).toBe(
      'Welcome to |Acme| (1,200 people), tone formal.|Notes: [to complete: Notes]|Ambassadors: no',
    );
    expect(clauseText(en, 'networks.list')).toBe('Networks followed: |LinkedIn, X and TikTok|.');
  });

  it('keeps the marks of the text around a variable', () => {
    const [intro] = generate({});
    const paragraph = intro?.clauses[0]?.body.content[0];
    expect(paragraph?.type === 'paragraph' && paragraph.content?.[1]).toEqual({
      type: 'text',
      text: 'Acme',
      marks: [{ type: 'bold' }],
    });
  });

  it.each([
    'Société Dupré & Fils <SA>',
    '<script>alert(1)</script>',
    '<b onmouseover="x()">Bold</b> &amp; &lt;',
    '**not bold** *not italic* \\*',
    '- not a list\n1. nor this',
    '[link](javascript:alert(1)) ![img](x.png)',
    '{{tone}} {{company.headcount}}',
    '$& $1 $$',
  ])('inserts the answer %j as literal text, never as markup', (name) => {
    const sections = generate({ 'company.name': name, notes: name });
    const [intro] = sections;
    const paragraph = intro?.clauses[0]?.body.content[0];
    const nodes: InlineNode[] = paragraph?.type === 'paragraph' ? (paragraph.content ?? []) : [];
    // Same shape as with a plain name: the answer fills one bold text node, character for character.
    expect(nodes).toHaveLength(3);
    expect(nodes[1]).toEqual({ type: 'text', text: name, marks: [{ type: 'bold' }] });
    expect(clauseText(sections, 'intro.hello')).toContain(`Notes : ${name}|`);
  });
});

describe('generateSections with restrictive and optional clauses', () => {
  let variantDir: string;
  let variant: Template;
  beforeAll(async () => {
    const files = fixtureFiles();
    const structure = files['template.yaml'] as {
      sections: { clauses: { id: string; restrictive?: boolean; optional?: boolean }[] }[];
    };
    const large = structure.sections[0]?.clauses[1];
    if (large) Object.assign(large, { restrictive: true, optional: true });
    for (const language of ['fr', 'en']) {
      const locale = files[`${language}.yaml`] as {
        clauses: Record<string, { rationale?: string }>;
      };
      const strings = locale.clauses['intro.large'];
      if (strings) strings.rationale = 'Pour {{company.name}}, {{ company.headcount }} personnes.';
    }
    variantDir = await writeTemplateFolder(files);
    variant = await loadTemplate(variantDir, 'mini');
  });
  afterAll(() => removeTemplateFolder(variantDir));

  const answers = { 'company.name': 'Acme', 'company.headcount': 1200 };

  it('keeps the generated body and gives restrictive clauses their filled-in rationale', () => {
    const [intro] = generateSections(variant, 'fr', resolveAnswers(variant, answers));
    const [hello, large] = intro?.clauses ?? [];
    expect(hello?.generated).toEqual(hello?.body);
    expect(hello?.generated).not.toBe(hello?.body);
    expect(hello).not.toHaveProperty('rationale');
    expect(large?.rationale).toBe('Pour Acme, 1\u202f200 personnes.');
  });

  it('leaves out the optional clauses the author switched off, and only those', () => {
    const resolved = resolveAnswers(variant, answers);
    const ids = (disabledClauses: string[]) =>
      generateSections(variant, 'fr', resolved, { disabledClauses }).flatMap((section) =>
        section.clauses.map((clause) => clause.id),
      );
    expect(ids([])).toEqual(['intro.hello', 'intro.large']);
    expect(ids(['intro.large'])).toEqual(['intro.hello']);
    // A clause that is not optional cannot be switched off.
    expect(ids(['intro.hello', 'unknown'])).toEqual(['intro.hello', 'intro.large']);
  });
});
