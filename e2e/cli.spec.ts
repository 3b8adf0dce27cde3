import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  libreOfficeText,
  pdfInfo,
  pdfText,
  pythonYaml,
  validateWithJsonSchema,
} from './support/readers';
import { useCliFolder } from './support/cli-folder';
import { runCharter } from './support/run-charter';

const COMPANY = 'Société Dupré & Fils <SA>';
const schema = fileURLToPath(new URL('../schemas/charter-export.v2.schema.json', import.meta.url));

const cli = useCliFolder('charter-cli-');
const ok = (args: string[]) => cli.ok(args);

test('a charter made on the command line exports the exact company name to DOCX, PDF and YAML', () => {
  const templates = ok(['templates']).stdout;
  expect(templates).toMatch(/^social-media\tfr,en\t/m);

  ok(['new', '--template', 'social-media', '--set', `company.name=${COMPANY}`, '-o', 'a.charter']);
  expect(ok(['validate', 'a.charter']).stdout).toMatch(
    /valid \(\d+ sections, \d+ clauses, 0 signed-off version\(s\) checked\)/,
  );

  // Employees read the reasons for the rules, not the internal owner labels.
  ok(['export', 'a.charter', '--format', 'docx', '-o', 'a.docx']);
  const docx = libreOfficeText(join(cli.path, 'a.docx'));
  expect(docx).toContain(COMPANY);
  expect(docx).toContain('Pourquoi cette règle');
  expect(docx).not.toMatch(/responsable\s*:/i);

  ok(['export', 'a.charter', '--format', 'pdf', '-o', 'a.pdf']);
  const pdf = pdfText(join(cli.path, 'a.pdf'));
  expect(pdf).toContain(COMPANY);
  expect(pdf).toContain('Pourquoi cette règle');
  expect(pdf).not.toMatch(/responsable\s*:/i);
  expect(pdfInfo(join(cli.path, 'a.pdf'))).toMatch(/Tagged:\s+yes/);

  ok(['export', 'a.charter', '--format', 'html', '--owners', '-o', 'a.html']);
  expect(readFileSync(join(cli.path, 'a.html'), 'utf8')).toMatch(/Responsable\s*:/);

  ok(['export', 'a.charter', '--format', 'yaml', '-o', 'a.yaml']);
  validateWithJsonSchema(join(cli.path, 'a.yaml'), schema);
  const document = pythonYaml(join(cli.path, 'a.yaml')) as {
    company: { name: string };
    format: string;
    rules: { personalUse: { duringWorkingTime: string }; sanctions: { basis: string } };
    sections: { owner: string; clauses: { text: string; rationale?: string }[] }[];
  };
  expect(document.format).toBe('charter-studio/charter@2');
  // The template's defaults, as ids: breaks only, sanctions annexed to the règlement intérieur.
  expect(document.rules.personalUse.duringWorkingTime).toBe('breaks-only');
  expect(document.rules.sanctions.basis).toBe('reglement-interieur');
  expect(document.company.name).toBe(COMPANY);
  const clauses = document.sections.flatMap((section) => section.clauses);
  expect(clauses.some((clause) => clause.rationale)).toBe(true);
  expect(document.sections.every((section) => section.owner)).toBe(true);
  const texts = clauses.map((clause) => clause.text).join('\n');
  expect(texts).toContain('Dupré & Fils \\<SA>');
  expect(texts).not.toContain('\\&');
});

test('the YAML export imports back without losing a clause', () => {
  ok([
    'new',
    '--template',
    'social-media',
    '--lang',
    'en',
    '--set',
    'company.name=Acme',
    '-o',
    'a.charter',
  ]);
  ok(['export', 'a.charter', '--format', 'yaml', '-o', 'a.yaml']);
  ok(['import', 'a.yaml', '-o', 'b.charter']);
  ok(['export', 'b.charter', '--format', 'yaml', '-o', 'b.yaml']);
  const strip = (text: string) => text.replace(/^id: .*$/m, '');
  expect(strip(readFileSync(join(cli.path, 'b.yaml'), 'utf8'))).toBe(
    strip(readFileSync(join(cli.path, 'a.yaml'), 'utf8')),
  );
});

test('answers come from a YAML file, and --set wins over it', () => {
  writeFileSync(join(cli.path, 'answers.yaml'), 'company:\n  name: Fichier SA\n  headcount: 120\n');
  ok([
    'new',
    '--template',
    'social-media',
    '--answers',
    'answers.yaml',
    '--set',
    'company.name=Ligne SA',
    '-o',
    'a.charter',
  ]);
  const project = JSON.parse(readFileSync(join(cli.path, 'a.charter'), 'utf8'));
  expect(project.answers['company.name']).toBe('Ligne SA');
  expect(project.answers['company.headcount']).toBe(120);
});

test('errors are one clear line with the documented exit codes', () => {
  const missing = runCharter(['new', '--template', 'social-media', '-o', 'a.charter'], {
    cwd: cli.path,
  });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/company\.name/);
  expect(missing.stderr.trim().split('\n')).toHaveLength(1);

  const usage = runCharter(['export', 'a.charter', '--format', 'odt', '-o', 'x'], {
    cwd: cli.path,
  });
  expect(usage.status).toBe(2);
  expect(usage.stderr).toMatch(/--format must be one of yaml, docx, pdf, html/);

  const unknown = runCharter(['frobnicate'], { cwd: cli.path });
  expect(unknown.status).toBe(2);

  writeFileSync(join(cli.path, 'broken.charter'), '{"schemaVersion": 1, "id": "x"}');
  const invalid = runCharter(['validate', 'broken.charter'], { cwd: cli.path });
  expect(invalid.status).toBe(1);
  expect(invalid.stderr).toMatch(/broken\.charter is damaged: meta: /);
  expect(invalid.stderr).not.toMatch(/\n\s+at /);

  ok(['new', '--template', 'social-media', '--set', 'company.name=X', '-o', 'a.charter']);
  const overwrite = runCharter(
    ['new', '--template', 'social-media', '--set', 'company.name=Y', '-o', 'a.charter'],
    { cwd: cli.path },
  );
  expect(overwrite.status).toBe(1);
  expect(overwrite.stderr).toMatch(/already exists.*--force/);
});

test('every command has --help', () => {
  for (const command of [
    'templates',
    'questions',
    'new',
    'export',
    'brand',
    'schema',
    'validate',
    'import',
    'lint',
    'review-copy',
    'merge',
    'comments',
    'comment',
    'accept',
    'reject',
    'serve',
  ]) {
    const help = ok([command, '--help']).stdout;
    expect(help).toContain(`Usage: charter ${command}`);
  }
  const questions = ok(['questions', '--template', 'social-media', '--lang', 'en']).stdout;
  expect(questions).toMatch(/- id: company\.name\n\s+type: text\n/);
});

const profiles = fileURLToPath(new URL('../templates/social-media/profiles/', import.meta.url));

for (const profile of ['agency-12', 'industry-300', 'regulated-5000']) {
  for (const lang of ['fr', 'en']) {
    test(`the ${profile} profile gives a finished charter in ${lang} that passes the checks`, () => {
      const answers = join(profiles, `${profile}.${lang}.yaml`);
      ok([
        'new',
        '--template',
        'social-media',
        '--lang',
        lang,
        '--answers',
        answers,
        '-o',
        'p.charter',
      ]);
      expect(ok(['lint', 'p.charter']).stdout).toMatch(/no problems found/);
      ok(['export', 'p.charter', '--format', 'yaml', '-o', 'p.yaml']);
      validateWithJsonSchema(join(cli.path, 'p.yaml'), schema);
      const text = readFileSync(join(cli.path, 'p.yaml'), 'utf8');
      expect(text).not.toMatch(/\{\{|à compléter|to complete/);
    });
  }
}

test('a charter with problems fails the checks with one line per finding', () => {
  const answers = join(profiles, 'industry-300.fr.yaml');
  ok(['new', '--template', 'social-media', '--answers', answers, '-o', 'a.charter']);
  // A hand-edited file: monitoring stays on but its purposes are gone.
  const project = JSON.parse(readFileSync(join(cli.path, 'a.charter'), 'utf8'));
  project.answers['monitoring.purposes'] = [];
  writeFileSync(join(cli.path, 'a.charter'), JSON.stringify(project));
  const lint = runCharter(['lint', 'a.charter'], { cwd: cli.path });
  expect(lint.status).toBe(1);
  expect(lint.stdout).toMatch(/^error\s+\S+\s+.*purpose.*$/im);
  expect(lint.stdout).toMatch(/\d+ errors?, \d+ warnings?/);
});

test('feedback from two reviewer copies merges the same in either order, and only once', () => {
  ok(['new', '--template', 'social-media', '--set', 'company.name=Acme', '-o', 'a.charter']);
  ok(['review-copy', 'a.charter', '-o', 'legal.charter']);
  ok(['review-copy', 'a.charter', '-o', 'it.charter']);
  ok([
    'comment',
    'legal.charter',
    '--clause',
    'intro.purpose',
    '--quote',
    'vitrine',
    '--text',
    'Un exemple ?',
    '--author',
    'Inès',
    '--role',
    'legal',
  ]);
  ok([
    'comment',
    'it.charter',
    '--clause',
    'intro.purpose',
    '--quote',
    'vitrine',
    '--text',
    'Anonyme ici',
    '--author',
    'Jean Secret',
    '--anonymous',
  ]);
  writeFileSync(join(cli.path, 'b.charter'), readFileSync(join(cli.path, 'a.charter')));

  expect(ok(['merge', 'a.charter', 'legal.charter', 'it.charter']).stdout).toMatch(
    /2 new comments/,
  );
  ok(['merge', 'b.charter', 'it.charter']);
  ok(['merge', 'b.charter', 'legal.charter']);
  expect(ok(['merge', 'b.charter', 'legal.charter', 'it.charter']).stdout).toMatch(
    /0 new comments/,
  );

  const threads = ok(['comments', 'a.charter']).stdout;
  expect(ok(['comments', 'b.charter']).stdout).toBe(threads);
  expect(threads).toContain('author: Inès');
  expect(threads).toMatch(/anonymous: true/);
  // The name typed with --anonymous is never stored.
  expect(readFileSync(join(cli.path, 'a.charter'), 'utf8')).not.toContain('Jean Secret');
  expect(readFileSync(join(cli.path, 'it.charter'), 'utf8')).not.toContain('Jean Secret');
});

test('a suggested wording, once accepted, is what the charter exports', () => {
  ok(['new', '--template', 'social-media', '--set', 'company.name=Acme', '-o', 'a.charter']);
  const id = ok([
    'comment',
    'a.charter',
    '--clause',
    'intro.purpose',
    '--quote',
    'vitrine',
    '--suggest',
    'carte de visite',
    '--author',
    'Inès',
    '--role',
    'legal',
  ]).stdout.trim();
  const threads = ok(['comments', 'a.charter']).stdout;
  expect(threads).toContain(`id: ${id}`);
  expect(threads).toMatch(/suggestion:\n\s+text: carte de visite\n/);

  expect(ok(['accept', 'a.charter', id, '--author', 'Léa']).stdout).toBe(
    'Accepted the suggestion of Inès on clause “intro.purpose”: “vitrine” → “carte de visite”.\n',
  );
  expect(ok(['comments', 'a.charter']).stdout).toMatch(/status: accepted\n\s+at: .*\n\s+by: Léa/);
  ok(['export', 'a.charter', '--format', 'yaml', '-o', 'a.yaml']);
  validateWithJsonSchema(join(cli.path, 'a.yaml'), schema);
  const exported = readFileSync(join(cli.path, 'a.yaml'), 'utf8');
  expect(exported).toContain('carte de visite');
  expect(exported).not.toContain('vitrine');
});
