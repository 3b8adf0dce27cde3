import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireTool } from '../export/test-support/require-tool';
import { runTool } from '../export/test-support/run-tool';
import type { Project } from '../model/project';
import { summarizeFeedback } from './feedback-summary';
import { writeFeedbackSummary } from './write-feedback-summary';
import { feedbackProject } from './test-support/feedback-project';

let project: Project;
beforeAll(async () => {
  project = await feedbackProject();
});

const hasPandoc = requireTool('pandoc');
const hasPythonYaml = requireTool('python3', ['-c', 'import yaml']);

describe('the Markdown feedback summary', () => {
  it('labels it in the charter’s language unless told otherwise', () => {
    const french = writeFeedbackSummary(project, 'md');
    expect(french).toMatch(/^# Synthèse des retours — /);
    expect(french).toContain('| Commentaires | 6 |');
    expect(french).toContain('| Salarié·e | 2 | 0 | 2 |');
    expect(french).toContain('| dont anonymes | 2 | 0 | 2 |');
    expect(french).toContain('## Commentaires ouverts sans réponse (3)');
    const english = writeFeedbackSummary(project, 'md', 'en');
    expect(english).toMatch(/^# Feedback summary — /);
    expect(english).toContain('| Employee | 2 | 0 | 2 |');
    expect(english).toContain('**Anonymous** · Employee · ');
  });

  it('names the author of each thread awaiting a reply, "Anonyme" for an anonymous one', () => {
    const markdown = writeFeedbackSummary(project, 'md');
    expect(markdown).toContain(
      [
        '### 1. À qui et où elle s’applique › À qui s’adresse la charte',
        '',
        '> toutes les personnes',
        '',
        '**Claire Martin** · Juridique · 2 mars 2026',
        '',
        'Préciser le cas des stagiaires.',
      ].join('\n'),
    );
    expect(markdown).toContain('**Anonyme** · Salarié·e · 4 mars 2026');
    expect(markdown).toContain(
      '**Julie Morel** · Communication · 6 mars 2026 · *passage introuvable dans le texte actuel*',
    );
  });

  it.skipIf(!hasPandoc)(
    'reads back in pandoc as tables, and comment text as text, never markup',
    async () => {
      const html = await runTool('pandoc', ['-f', 'gfm', '-t', 'html'], {
        input: writeFeedbackSummary(project, 'md'),
      });
      expect(html.match(/<table>/g)).toHaveLength(3);
      expect(html).toContain('<td>Ouverts</td>');
      expect(html).toContain('<td style="text-align: right;">4</td>');
      expect(html).toContain('<p>Les *pauses* | comptent-elles ?</p>');
      expect(html).toContain('<blockquote>\n<p>fait confiance à chacun</p>\n</blockquote>');
      expect(html).not.toContain('<em>pauses</em>');
    },
  );
});

describe('the YAML feedback summary', () => {
  it('holds the summary itself, the same bytes each time', () => {
    const yaml = writeFeedbackSummary(project, 'yaml');
    expect(parse(yaml)).toEqual(summarizeFeedback(project));
    expect(writeFeedbackSummary(structuredClone(project), 'yaml')).toBe(yaml);
    expect(writeFeedbackSummary(project, 'yaml', 'en')).toBe(yaml);
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      `title: ${project.meta.title}`,
      `asOf: "${project.meta.updatedAt}"`,
      'totals:',
    ]);
  });

  it.skipIf(!hasPythonYaml)('reads the same in Python’s YAML 1.1 reader', async () => {
    const json = await runTool(
      'python3',
      ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'],
      { input: writeFeedbackSummary(project, 'yaml') },
    );
    expect(JSON.parse(json)).toEqual(summarizeFeedback(project));
  });
});
