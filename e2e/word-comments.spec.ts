import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewInLibreOffice } from './support/libreoffice-reviewer';
import { useCliFolder } from './support/cli-folder';

const cli = useCliFolder('charter-word-comments-');
const ok = (args: string[]) => cli.ok(args);

interface Listed {
  clause: string;
  anchor: string;
  quote: string;
  author: string;
  role: string;
  text: string;
}

const comments = () => parse(ok(['comments', 'a.charter']).stdout) as Listed[];

test('comments go to Word and back: LibreOffice as the reviewer, imported once', () => {
  ok(['new', '--template', 'social-media', '--set', 'company.name=Dupré SA', '-o', 'a.charter']);
  ok([
    ...['comment', 'a.charter', '--clause', 'scope.country', '--quote', 'en télétravail'],
    ...['--text', 'Et chez un client ?', '--author', 'Claire Martin', '--role', 'legal'],
  ]);
  ok([
    ...['comment', 'a.charter', '--clause', 'scope.country', '--quote', 'en déplacement'],
    ...['--text', 'Y compris à l’étranger ?', '--anonymous'],
  ]);
  ok(['export', 'a.charter', '--format', 'docx', '--comments', '-o', 'relu.docx']);

  mkdirSync(join(cli.path, 'reviewed'));
  const reviewed = reviewInLibreOffice(
    join(cli.path, 'relu.docx'),
    {
      passage: 'vos libertés',
      author: 'Maître Durand',
      date: '2026-05-04T09:30:00',
      text: 'Citer l’article L1121-1 en entier.',
    },
    join(cli.path, 'reviewed'),
  );

  const before = comments();
  const imported = ok(['import-comments', 'a.charter', reviewed, '--role', 'legal']);
  expect(imported.stdout).toBe(
    `${join(cli.path, 'a.charter')}: imported relu.docx: 1 new comment, 0 new replies, 2 already in the charter\n`,
  );
  const after = comments();
  expect(after).toHaveLength(before.length + 1);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.at(-1)).toMatchObject({
    clause: 'intro.freedom',
    anchor: 'anchored',
    quote: 'vos libertés',
    author: 'Maître Durand',
    role: 'legal',
    text: 'Citer l’article L1121-1 en entier.',
  });

  const saved = readFileSync(join(cli.path, 'a.charter'));
  expect(ok(['import-comments', 'a.charter', reviewed]).stdout).toBe(
    `${join(cli.path, 'a.charter')}: nothing new in relu.docx: 0 new comments, 0 new replies, 3 already in the charter\n`,
  );
  expect(readFileSync(join(cli.path, 'a.charter'))).toEqual(saved);
});
