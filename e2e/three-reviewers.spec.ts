import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewInLibreOffice } from './support/libreoffice-reviewer';
import { useCliFolder } from './support/cli-folder';

const cli = useCliFolder('charter-three-reviewers-');
const ok = (args: string[]) => cli.ok(args);

interface Listed {
  clause: string;
  anchor: string;
  quote: string;
  author: string;
  text: string;
}

test('a charter sent to three reviewers, two app copies and one DOCX through LibreOffice, comes back whole', () => {
  ok(['new', '--template', 'social-media', '--set', 'company.name=Dupré SA', '-o', 'a.charter']);
  ok(['review-copy', 'a.charter', '-o', 'legal.charter']);
  ok(['review-copy', 'a.charter', '-o', 'it.charter']);
  ok(['export', 'a.charter', '--format', 'docx', '-o', 'communication.docx']);

  ok([
    ...['comment', 'legal.charter', '--clause', 'scope.country', '--quote', 'en télétravail'],
    ...['--text', 'Et chez un client ?', '--author', 'Claire Martin', '--role', 'legal'],
  ]);
  ok([
    ...['comment', 'it.charter', '--clause', 'intro.freedom', '--quote', 'vos libertés'],
    ...['--suggest', 'vos droits et libertés', '--author', 'Karim Haddad', '--role', 'it'],
  ]);
  mkdirSync(join(cli.path, 'reviewed'));
  const reviewed = reviewInLibreOffice(
    join(cli.path, 'communication.docx'),
    {
      passage: 'en déplacement',
      author: 'Sophie Garnier',
      date: '2026-05-04T09:30:00',
      text: 'Ajouter les salons professionnels.',
    },
    join(cli.path, 'reviewed'),
  );

  ok(['merge', 'a.charter', 'it.charter', 'legal.charter']);
  ok(['import-comments', 'a.charter', reviewed, '--role', 'communication']);
  // Feedback brought home twice changes nothing.
  expect(ok(['merge', 'a.charter', 'legal.charter', 'it.charter']).stdout).toContain('nothing new');

  const comments = parse(ok(['comments', 'a.charter']).stdout) as Listed[];
  expect(
    comments
      .map(({ clause, anchor, quote, author }) => ({ clause, anchor, quote, author }))
      .sort((a, b) => a.author.localeCompare(b.author)),
  ).toEqual([
    {
      clause: 'scope.country',
      anchor: 'anchored',
      quote: 'en télétravail',
      author: 'Claire Martin',
    },
    { clause: 'intro.freedom', anchor: 'anchored', quote: 'vos libertés', author: 'Karim Haddad' },
    {
      clause: 'scope.country',
      anchor: 'anchored',
      quote: 'en déplacement',
      author: 'Sophie Garnier',
    },
  ]);
});
