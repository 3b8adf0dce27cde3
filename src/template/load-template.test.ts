import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { CharterError } from '../errors/charter-error';
import { loadTemplate } from './load-template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeTemplateFolder));
});

async function folderWith(files: Record<string, unknown>, id = 'mini'): Promise<string> {
  const dir = await writeTemplateFolder(files, id);
  folders.push(dir);
  return dir;
}

async function loadError(templatesDir: string, id = 'mini'): Promise<CharterError> {
  try {
    await loadTemplate(templatesDir, id);
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error('the template loaded without error');
}

/** A change to the fixture's files, made through YAML documents so any path can be reached. */
type Edit = (files: Map<string, Document>) => void;
type Path = (string | number)[];
function set(file: string, path: Path, value: unknown): Edit {
  return (files) => files.get(file)?.setIn(path, value);
}
function add(file: string, path: Path, value: unknown): Edit {
  return (files) => files.get(file)?.addIn(path, value);
}
function remove(file: string, path: Path): Edit {
  return (files) => files.get(file)?.deleteIn(path);
}
function removeFile(file: string): Edit {
  return (files) => files.delete(file);
}
/** Adds a question to the second page, with its label in both languages. */
function withQuestion(question: { id: string; type: string; default?: unknown }): Edit {
  return (files) => {
    add('template.yaml', ['pages', 1, 'questions'], question)(files);
    set('fr.yaml', ['questions', question.id], { label: question.id })(files);
    set('en.yaml', ['questions', question.id], { label: question.id })(files);
  };
}

/** The fixture's files as YAML text, after the edits. */
function edited(...edits: Edit[]): Record<string, string> {
  const files = new Map(
    Object.entries(fixtureFiles()).map(([name, content]) => [name, new Document(content)]),
  );
  for (const edit of edits) edit(files);
  return Object.fromEntries([...files].map(([name, document]) => [name, String(document)]));
}

describe('loadTemplate', () => {
  it('loads a valid template with its locales and defaults', async () => {
    const template = await loadTemplate(await folderWith(fixtureFiles()), 'mini');
    expect(template.id).toBe('mini');
    expect(template.languages).toEqual(['fr', 'en']);
    expect(template.locales.fr?.title).toBe('Mini charte');
    expect(template.locales.en?.questions['tone']?.options).toEqual({
      warm: 'warm',
      formal: 'formal',
    });
    expect(template.pages[0]?.questions[1]).toEqual({
      id: 'company.headcount',
      type: 'number',
      integer: true,
      required: false,
      default: 10,
      min: 1,
      max: 100000,
    });
  });

  it('loads the features of format 1: page owners, dates, contacts, restrictive and optional clauses', async () => {
    const files = edited(
      set('template.yaml', ['format'], 1),
      set('template.yaml', ['pages', 0, 'owner'], 'hr'),
      withQuestion({ id: 'launch', type: 'date', default: '2025-03-01' }),
      withQuestion({ id: 'leads', type: 'contacts', default: [{ name: 'Léa', role: 'DPO' }] }),
      set('template.yaml', ['sections', 0, 'clauses', 1, 'restrictive'], true),
      set('template.yaml', ['sections', 0, 'clauses', 1, 'optional'], true),
      set('fr.yaml', ['clauses', 'intro.large', 'rationale'], 'Parce que {{company.name}}.'),
      set('en.yaml', ['clauses', 'intro.large', 'rationale'], 'Because of {{company.name}}.'),
    );
    const template = await loadTemplate(await folderWith(files), 'mini');
    expect(template.format).toBe(1);
    expect(template.pages[0]?.owner).toBe('hr');
    expect(template.pages[1]?.questions.slice(-2)).toEqual([
      { id: 'launch', type: 'date', required: false, default: '2025-03-01' },
      { id: 'leads', type: 'contacts', required: false, default: [{ name: 'Léa', role: 'DPO' }] },
    ]);
    expect(template.sections[0]?.clauses[1]).toMatchObject({ restrictive: true, optional: true });
    expect(template.locales.en?.clauses['intro.large']?.rationale).toBe(
      'Because of {{company.name}}.',
    );
  });

  it.each(['../mini', 'mini/../mini', '..', '.', 'a/b', 'a\\b', '', 'Mini', '/etc', '-x'])(
    'refuses the id %j without touching the disk',
    async (id) => {
      const error = await loadError(await folderWith(fixtureFiles()), id);
      expect(error.code).toBe('not-found');
      expect(error.message).toContain('is not a template id');
    },
  );

  it('reports an unknown template as not found', async () => {
    const dir = await folderWith(fixtureFiles());
    const error = await loadError(dir, 'other');
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`There is no template "other" in ${dir}.`);
  });

  // Each case breaks the fixture one way; the message must name the file, the path and the problem.
  const cases: [string, Edit, string, string, string][] = [
    [
      'an unknown question type',
      set('template.yaml', ['pages', 0, 'questions', 0, 'type'], 'datetime'),
      'template.yaml',
      'pages[0].questions[0].type',
      'Invalid option',
    ],
    [
      'a misspelt key',
      set('template.yaml', ['pages', 0, 'questions', 1, 'requried'], true),
      'template.yaml',
      'pages[0].questions[1]',
      'Unrecognized key: "requried"',
    ],
    [
      'a version written as a number',
      set('template.yaml', ['version'], 1),
      'template.yaml',
      'version',
      'expected string, received number',
    ],
    [
      'an unsupported language',
      add('template.yaml', ['languages'], 'de'),
      'template.yaml',
      'languages[2]',
      'Invalid option',
    ],
    [
      'a language listed twice',
      add('template.yaml', ['languages'], 'fr'),
      'template.yaml',
      'languages[2]',
      '"fr" is listed twice',
    ],
    [
      'an id that does not match the folder',
      set('template.yaml', ['id'], 'other'),
      'template.yaml',
      'id',
      'is "other" but the folder is named "mini"',
    ],
    [
      'a clause id with capitals',
      set('template.yaml', ['sections', 0, 'clauses', 0, 'id'], 'Intro.Hello'),
      'template.yaml',
      'sections[0].clauses[0].id',
      'must be lowercase letters',
    ],
    [
      'a question id with a dash',
      set('template.yaml', ['pages', 1, 'questions', 1, 'id'], 'my-notes'),
      'template.yaml',
      'pages[1].questions[1].id',
      'must be dot-separated names',
    ],
    [
      'a missing locale file',
      removeFile('en.yaml'),
      'template.yaml',
      'languages[1]',
      `"en" is listed but`,
    ],
    [
      'a duplicate question id',
      set('template.yaml', ['pages', 1, 'questions', 1, 'id'], 'tone'),
      'template.yaml',
      'pages[1].questions[1].id',
      '"tone" is used by another question',
    ],
    [
      'a duplicate page id',
      set('template.yaml', ['pages', 1, 'id'], 'company'),
      'template.yaml',
      'pages[1].id',
      '"company" is used by another page',
    ],
    [
      'a duplicate section id',
      set('template.yaml', ['sections', 1, 'id'], 'intro'),
      'template.yaml',
      'sections[1].id',
      '"intro" is used by another section',
    ],
    [
      'a clause id used in two sections',
      set('template.yaml', ['sections', 1, 'clauses', 0, 'id'], 'intro.hello'),
      'template.yaml',
      'sections[1].clauses[0].id',
      '"intro.hello" is used by another clause',
    ],
    [
      'a question named after a keyword',
      set('template.yaml', ['pages', 1, 'questions', 1, 'id'], 'not'),
      'template.yaml',
      'pages[1].questions[1].id',
      '"not" is a word of the condition language',
    ],
    [
      'a question that is also a group',
      add('template.yaml', ['pages', 1, 'questions'], { id: 'tone.level', type: 'text' }),
      'template.yaml',
      'pages[0].questions[2].id',
      '"tone" cannot be a question and also the group of "tone.level"',
    ],
    [
      'no company.name question',
      set('template.yaml', ['pages', 0, 'questions', 0, 'id'], 'company.title'),
      'template.yaml',
      'pages',
      'every template needs a "company.name" question of type text',
    ],
    [
      'an optional company.name',
      set('template.yaml', ['pages', 0, 'questions', 0, 'required'], false),
      'template.yaml',
      'pages[0].questions[0].required',
      'must be required',
    ],
    [
      'a text company.headcount',
      set('template.yaml', ['pages', 0, 'questions', 1], { id: 'company.headcount', type: 'text' }),
      'template.yaml',
      'pages[0].questions[1].type',
      'must be of type number',
    ],
    [
      'a company.headcount that allows decimals',
      remove('template.yaml', ['pages', 0, 'questions', 1, 'integer']),
      'template.yaml',
      'pages[0].questions[1].integer',
      'the "company.headcount" question must ask for a whole number (integer: true)',
    ],
    [
      'a whole-number text question',
      set('template.yaml', ['pages', 1, 'questions', 1, 'integer'], true),
      'template.yaml',
      'pages[1].questions[1].integer',
      'only a number question can ask for a whole number',
    ],
    [
      'integer written as text',
      set('template.yaml', ['pages', 0, 'questions', 1, 'integer'], 'yes'),
      'template.yaml',
      'pages[0].questions[1].integer',
      'expected boolean, received string',
    ],
    [
      'a default with decimals for a whole number',
      set('template.yaml', ['pages', 0, 'questions', 1, 'default'], 10.5),
      'template.yaml',
      'pages[0].questions[1].default',
      'must be a whole number',
    ],
    [
      'a default below the minimum',
      set('template.yaml', ['pages', 0, 'questions', 1, 'default'], 0),
      'template.yaml',
      'pages[0].questions[1].default',
      'must be at least 1',
    ],
    [
      'a default that is not an option',
      set('template.yaml', ['pages', 0, 'questions', 2, 'default'], 'cold'),
      'template.yaml',
      'pages[0].questions[2].default',
      'must be one of "warm", "formal"',
    ],
    [
      'a choice question without options',
      remove('template.yaml', ['pages', 0, 'questions', 2, 'options']),
      'template.yaml',
      'pages[0].questions[2].options',
      'a choice question needs options',
    ],
    [
      'options on a text question',
      set('template.yaml', ['pages', 1, 'questions', 1, 'options'], ['a']),
      'template.yaml',
      'pages[1].questions[1].options',
      'a longText question has no options',
    ],
    [
      'an option listed twice',
      add('template.yaml', ['pages', 0, 'questions', 2, 'options'], 'warm'),
      'template.yaml',
      'pages[0].questions[2].options[2]',
      '"warm" is listed twice',
    ],
    [
      'a minimum on a text question',
      set('template.yaml', ['pages', 1, 'questions', 1, 'min'], 1),
      'template.yaml',
      'pages[1].questions[1].min',
      'only a number question has a minimum',
    ],
    [
      'a maximum below the minimum',
      set('template.yaml', ['pages', 0, 'questions', 1, 'max'], 0),
      'template.yaml',
      'pages[0].questions[1].max',
      'is smaller than min (1)',
    ],
    [
      'a condition that does not parse',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'company.headcount >= '),
      'template.yaml',
      'sections[0].clauses[1].when',
      'found the end of the condition at position 22.',
    ],
    [
      'a condition on an unknown question',
      set(
        'template.yaml',
        ['pages', 1, 'questions', 3, 'visibleWhen'],
        'advocacy or advocacy.enabled',
      ),
      'template.yaml',
      'pages[1].questions[3].visibleWhen',
      '"advocacy.enabled" at position 13 is not a question of this template',
    ],
    [
      'a condition with a misspelt option',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'tone == "warn"'),
      'template.yaml',
      'sections[0].clauses[1].when',
      'the value "warn" compared with "tone" must be one of "warm", "formal"',
    ],
    [
      'includes on a single choice',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'tone includes "warm"'),
      'template.yaml',
      'sections[0].clauses[1].when',
      '"includes" needs a multiChoice question on its left',
    ],
    [
      'includes with an unknown option',
      set('template.yaml', ['sections', 1, 'clauses', 0, 'when'], 'platforms includes "myspace"'),
      'template.yaml',
      'sections[1].clauses[0].when',
      '"myspace" is not an option of "platforms" (linkedin, x, tiktok)',
    ],
    [
      'an order comparison on text',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'company.name > 3'),
      'template.yaml',
      'sections[0].clauses[1].when',
      '">" compares numbers, but "company.name" is a text question',
    ],
    [
      'a number compared with text',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'company.headcount == "50"'),
      'template.yaml',
      'sections[0].clauses[1].when',
      'the value "50" compared with "company.headcount" must be a number',
    ],
    [
      'a whole number compared with a decimal',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'company.headcount == 49.5'),
      'template.yaml',
      'sections[0].clauses[1].when',
      'the value 49.5 compared with "company.headcount" must be a whole number',
    ],
    [
      'a multiple choice compared with ==',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'platforms == "x"'),
      'template.yaml',
      'sections[0].clauses[1].when',
      'test it with "includes"',
    ],
    [
      'a missing question label',
      remove('en.yaml', ['questions', 'tone']),
      'en.yaml',
      'questions.tone',
      'missing the question label',
    ],
    [
      'a missing option label',
      remove('fr.yaml', ['questions', 'tone', 'options', 'formal']),
      'fr.yaml',
      'questions.tone.options.formal',
      'missing the option label',
    ],
    [
      'a label for an unknown option',
      set('fr.yaml', ['questions', 'tone', 'options', 'cold'], 'froid'),
      'fr.yaml',
      'questions.tone.options.cold',
      'no option of "tone" named "cold" in template.yaml',
    ],
    [
      'a missing page title',
      remove('en.yaml', ['pages', 'extras']),
      'en.yaml',
      'pages.extras',
      'missing the page title',
    ],
    [
      'a missing section title',
      remove('fr.yaml', ['sections', 'networks']),
      'fr.yaml',
      'sections.networks',
      'missing the section title',
    ],
    [
      'a missing clause text',
      remove('en.yaml', ['clauses', 'intro.large']),
      'en.yaml',
      'clauses.intro.large',
      'missing the clause text',
    ],
    [
      'an empty clause text',
      set('en.yaml', ['clauses', 'intro.large', 'text'], '  '),
      'en.yaml',
      'clauses.intro.large.text',
      'Too small',
    ],
    [
      'strings for an unknown clause',
      set('en.yaml', ['clauses', 'intro.typo'], { text: 'Oops.' }),
      'en.yaml',
      'clauses.intro.typo',
      'no clause "intro.typo" in template.yaml',
    ],
    [
      'a label for an unknown question',
      set('fr.yaml', ['questions', 'company.size'], { label: 'Taille' }),
      'fr.yaml',
      'questions.company.size',
      'no question "company.size" in template.yaml',
    ],
    [
      'an unknown variable',
      set('fr.yaml', ['clauses', 'intro.large', 'text'], 'Chez {{company.nmae}}.'),
      'fr.yaml',
      'clauses.intro.large.text',
      '{{company.nmae}} does not name a question of this template',
    ],
    [
      'an unclosed variable',
      set('fr.yaml', ['clauses', 'intro.large', 'text'], 'Chez {{company.name.'),
      'fr.yaml',
      'clauses.intro.large.text',
      'has "{{" or "}}" that form no variable',
    ],
    [
      'a variable split by bold',
      set('fr.yaml', ['clauses', 'intro.large', 'text'], 'Chez {{company.**name**}}.'),
      'fr.yaml',
      'clauses.intro.large.text',
      'a variable cannot span bold or italic',
    ],
    [
      'a restrictive clause without rationale',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'restrictive'], true),
      'fr.yaml',
      'clauses.intro.large.rationale',
      'missing: the clause is restrictive, so it must say why the restriction is justified and proportionate (Code du travail L1121-1)',
    ],
    [
      'a rationale on a clause that restricts nothing',
      set('en.yaml', ['clauses', 'intro.large', 'rationale'], 'Because.'),
      'en.yaml',
      'clauses.intro.large.rationale',
      'only a restrictive clause has a rationale',
    ],
    [
      'an unknown variable in a rationale',
      (files) => {
        set('template.yaml', ['sections', 0, 'clauses', 1, 'restrictive'], true)(files);
        set('fr.yaml', ['clauses', 'intro.large', 'rationale'], 'Pour {{size}}.')(files);
        set('en.yaml', ['clauses', 'intro.large', 'rationale'], 'For size.')(files);
      },
      'fr.yaml',
      'clauses.intro.large.rationale',
      '{{size}} does not name a question of this template',
    ],
    [
      'an empty rationale',
      set('fr.yaml', ['clauses', 'intro.large', 'rationale'], ' '),
      'fr.yaml',
      'clauses.intro.large.rationale',
      'Too small',
    ],
    [
      'optional written as text',
      set('template.yaml', ['sections', 0, 'clauses', 1, 'optional'], 'yes'),
      'template.yaml',
      'sections[0].clauses[1].optional',
      'expected boolean, received string',
    ],
    [
      'a page owner that is not a role',
      set('template.yaml', ['pages', 0, 'owner'], 'boss'),
      'template.yaml',
      'pages[0].owner',
      'Invalid option',
    ],
    [
      'a template written for another version of the format',
      set('template.yaml', ['format'], 2),
      'template.yaml',
      'format',
      'Invalid input: expected 1',
    ],
    [
      'a date default that is not written YYYY-MM-DD',
      withQuestion({ id: 'launch', type: 'date', default: '01/03/2025' }),
      'template.yaml',
      'pages[1].questions[5].default',
      'must be a date written YYYY-MM-DD, e.g. 2025-03-14',
    ],
    [
      'a date default that is not a day',
      withQuestion({ id: 'launch', type: 'date', default: '2025-02-30' }),
      'template.yaml',
      'pages[1].questions[5].default',
      'is not a day of the calendar',
    ],
    [
      'a contacts default with a bad e-mail',
      withQuestion({ id: 'leads', type: 'contacts', default: [{ name: 'Léa', email: 'lea' }] }),
      'template.yaml',
      'pages[1].questions[5].default',
      'has a contact (number 1) that has "lea" as e-mail',
    ],
    [
      'includes on a contacts question',
      (files) => {
        withQuestion({ id: 'leads', type: 'contacts' })(files);
        set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'leads includes "x"')(files);
      },
      'template.yaml',
      'sections[0].clauses[1].when',
      '"includes" needs a multiChoice question on its left',
    ],
    [
      'a date compared as a number',
      (files) => {
        withQuestion({ id: 'launch', type: 'date' })(files);
        set('template.yaml', ['sections', 0, 'clauses', 1, 'when'], 'launch > 3')(files);
      },
      'template.yaml',
      'sections[0].clauses[1].when',
      '">" compares numbers, but "launch" is a date question',
    ],
    [
      'a date compared with a day that does not exist',
      (files) => {
        withQuestion({ id: 'launch', type: 'date' })(files);
        set(
          'template.yaml',
          ['sections', 0, 'clauses', 1, 'when'],
          'launch == "2025-13-01"',
        )(files);
      },
      'template.yaml',
      'sections[0].clauses[1].when',
      'the value "2025-13-01" compared with "launch" is not a day of the calendar',
    ],
    [
      'a clause title in one language only',
      remove('en.yaml', ['clauses', 'intro.hello', 'title']),
      'en.yaml',
      'clauses.intro.hello.title',
      'missing, but fr has one',
    ],
  ];

  it.each(cases)(
    'names the file, path and problem for %s',
    async (_name, edit, file, path, problem) => {
      const dir = await folderWith(edited(edit));
      const error = await loadError(dir);
      expect(error.code).toBe('template-invalid');
      expect(error.message).toContain(`${join(dir, 'mini', file)}: ${path}: `);
      expect(error.message).toContain(problem);
      expect(error.message).not.toContain('..');
      expect(error.details).toMatchObject({ file: join(dir, 'mini', file) });
    },
  );

  it('reports YAML syntax errors with their line and column', async () => {
    const dir = await folderWith({
      ...fixtureFiles(),
      'fr.yaml': 'title: Mini\ndescription: [oops\npages: {}\n',
    });
    const error = await loadError(dir);
    expect(error.code).toBe('template-invalid');
    expect(error.message).toMatch(
      new RegExp(
        `${escape(join(dir, 'mini', 'fr.yaml'))}: line \\d+, column \\d+: not valid YAML: `,
      ),
    );
    expect(error.message).not.toContain('\n');
  });

  it('rejects duplicate keys', async () => {
    const dir = await folderWith({ ...fixtureFiles(), 'en.yaml': 'title: A\ntitle: B\n' });
    expect((await loadError(dir)).message).toContain(
      'en.yaml: line 2, column 1: not valid YAML: the key "title" appears twice',
    );
  });

  it('rejects an empty file', async () => {
    const dir = await folderWith({ ...fixtureFiles(), 'template.yaml': '' });
    expect((await loadError(dir)).message).toContain(
      'template.yaml: (root): Invalid input: expected object',
    );
  });

  it('lists several problems at once, up to five', async () => {
    const dir = await folderWith(
      edited(
        ...['company.name', 'company.headcount', 'tone', 'platforms', 'notes', 'advocacy'].map(
          (id) => remove('en.yaml', ['questions', id]),
        ),
      ),
    );
    const error = await loadError(dir);
    expect(error.message).toContain('questions.company.name: missing the question label; ');
    expect(error.message).toContain('(and 1 more).');
  });
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
