import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireTool } from '../export/test-support/require-tool';
import { runTool } from '../export/test-support/run-tool';
import type { HistoryEvent } from '../model/history-event';
import { projectFixture } from '../model/test-support/project-fixture';
import { signedOffProject } from '../pack/test-support/signed-off-project';
import { writeHistory } from './write-history';

const hasPandoc = requireTool('pandoc');
const hasPython = requireTool('python3', ['-c', 'import yaml, csv']);

/** Events whose names and details would break a table, a spreadsheet or a YAML 1.1 reader. */
const EVENTS: HistoryEvent[] = [
  { at: '2026-02-01T07:05:00.000Z', kind: 'created', actor: 'Inès Bernard' },
  {
    at: '2026-02-03T08:30:00.000Z',
    kind: 'rejected',
    actor: '=HYPERLINK("https://exemple.fr","clic")',
    detail: 'legal, version 1: a | pipe, *stars*, "quotes"\nand a second line',
  },
  { at: '2026-02-04T23:59:00.000Z', kind: 'commented', actor: '+33 6 12 34 56 78', detail: 'yes' },
  { at: '2026-02-05T00:00:00.000Z', kind: 'exported', detail: '2026-01-01' },
  { at: '2026-02-06T12:00:00.000Z', kind: 'approved', actor: '@channel', detail: '-' },
];
const project = projectFixture([], {
  id: 'charte-42',
  meta: { ...projectFixture([]).meta, title: 'Charte | « réseaux »' },
  history: EVENTS,
});

async function python(script: string, input: string): Promise<unknown> {
  return JSON.parse(await runTool('python3', ['-c', script], { input })) as unknown;
}

describe('the Markdown audit trail', () => {
  it('is a table of every event in the charter’s language, dates in words to the minute', () => {
    const markdown = writeHistory(project, 'md');
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '# Journal des événements — Charte \\| « réseaux »',
      '',
      'Charte charte-42\u202f: 5 événements, du 1er février 2026 au 6 février 2026. Heures en temps universel (UTC).',
      '',
      '| Date | Événement | Par | Détail |',
      '| --- | --- | --- | --- |',
      '| 1er février 2026 à 07:05 UTC | Création de la charte | Inès Bernard |  |',
    ]);
    expect(markdown).toContain(
      '| 3 février 2026 à 08:30 UTC | Refus | \\=HYPERLINK("https://exemple.fr","clic") | legal, version 1: a \\| pipe, \\*stars\\*, "quotes"<br>and a second line |',
    );
    expect(markdown).toContain('| 5 février 2026 à 00:00 UTC | Export | — | 2026-01-01 |');
    const english = writeHistory(project, 'md', 'en');
    expect(english).toMatch(/^# Audit trail — /);
    expect(english).toContain(
      '| 4 February 2026 at 23:59 UTC | Comment | \\+33 6 12 34 56 78 | yes |',
    );
  });

  it('says so when nothing was recorded', () => {
    expect(writeHistory({ ...project, history: [] }, 'md', 'en')).toBe(
      '# Audit trail — Charte \\| « réseaux »\n\nCharter charte-42: no event has been recorded.\n',
    );
  });

  it.skipIf(!hasPandoc)('reads in pandoc as one table, a row per event, text as text', async () => {
    // Bare URLs would turn into links, around the same text.
    const html = await runTool(
      'pandoc',
      ['-f', 'gfm-autolink_bare_uris', '-t', 'html', '--wrap=none'],
      { input: writeHistory(project, 'md') },
    );
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html.match(/<tr /g)).toHaveLength(EVENTS.length + 1);
    expect(html).toContain(
      '<td>legal, version 1: a | pipe, *stars*, "quotes"<br>and a second line</td>',
    );
    expect(html).toContain('<td>=HYPERLINK("https://exemple.fr","clic")</td>');
    expect(html).toContain('<td>+33 6 12 34 56 78</td>');
    expect(html).not.toContain('<em>');
  });
});

describe('the CSV audit trail', () => {
  it('starts with a BOM and a heading row; instants stay ISO 8601; formulas are inert', () => {
    const csv = writeHistory(project, 'csv');
    expect(csv.startsWith('\uFEFFDate UTC (ISO 8601),Événement,Par,Détail\r\n')).toBe(true);
    expect(csv).toContain('\r\n2026-02-01T07:05:00.000Z,Création de la charte,Inès Bernard,\r\n');
    expect(csv).toContain(`'=HYPERLINK(""https://exemple.fr"",""clic"")`);
  });

  it.skipIf(!hasPython)('reads back in Python’s csv module exactly', async () => {
    const rows = await python(
      'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")))))',
      writeHistory(project, 'csv', 'en'),
    );
    expect(rows).toEqual([
      ['Date UTC (ISO 8601)', 'Event', 'By', 'Detail'],
      ['2026-02-01T07:05:00.000Z', 'Charter created', 'Inès Bernard', ''],
      [
        '2026-02-03T08:30:00.000Z',
        'Rejected',
        `'=HYPERLINK("https://exemple.fr","clic")`,
        'legal, version 1: a | pipe, *stars*, "quotes"\nand a second line',
      ],
      ['2026-02-04T23:59:00.000Z', 'Comment', "'+33 6 12 34 56 78", 'yes'],
      ['2026-02-05T00:00:00.000Z', 'Exported', '', '2026-01-01'],
      ['2026-02-06T12:00:00.000Z', 'Approved', "'@channel", "'-"],
    ]);
  });
});

describe('the YAML audit trail', () => {
  const expected = {
    format: 'charter-studio/history@1',
    charter: { id: 'charte-42', title: 'Charte | « réseaux »' },
    events: EVENTS,
  };

  it('holds the events as recorded, the same bytes for the same project', () => {
    const yaml = writeHistory(project, 'yaml');
    expect(parse(yaml)).toEqual(expected);
    expect(writeHistory(structuredClone(project), 'yaml')).toBe(yaml);
  });

  it('gives each fact as data, and in words of the language asked for', () => {
    const published = {
      at: '2026-03-06T09:00:00.000Z',
      kind: 'published',
      fact: { type: 'published', version: 2, fingerprint: `sha256:${'ab'.repeat(32)}` },
    } as const;
    const withFact = { ...project, history: [published] };
    expect(parse(writeHistory(withFact, 'yaml')).events).toEqual([
      { ...published, detail: `Version\u00a02 publiée (sha256:${'ab'.repeat(32)}).` },
    ]);
    expect(parse(writeHistory(withFact, 'yaml', 'en')).events).toEqual([
      { ...published, detail: `Version 2 published (sha256:${'ab'.repeat(32)}).` },
    ]);
    expect(writeHistory(withFact, 'md')).toContain(
      `| Version publiée | — | Version\u00a02 publiée (sha256:${'ab'.repeat(32)}). |`,
    );
    expect(writeHistory(withFact, 'csv', 'en')).toContain(
      `Version published,,Version 2 published (sha256:${'ab'.repeat(32)}).`,
    );
  });

  it.skipIf(!hasPython)(
    'reads the same in Python’s YAML 1.1 reader: no date, no boolean',
    async () => {
      expect(
        await python(
          'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin)))',
          writeHistory(project, 'yaml'),
        ),
      ).toEqual(expected);
    },
  );

  it.skipIf(!hasPython)('carries a whole sign-off journey, every event back exactly', async () => {
    const journey = signedOffProject();
    expect(
      await python(
        'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin)))',
        writeHistory(journey, 'yaml'),
      ),
    ).toMatchObject({ events: journey.history });
  });
});
