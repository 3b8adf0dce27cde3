import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeFeedback } from '../src/review/feedback-summary';
import { FEEDBACK, feedbackProject } from '../src/review/test-support/feedback-project';
import { writeFeedbackSummary } from '../src/review/write-feedback-summary';
import { saveProject } from '../src/store/project-file';
import { FeedbackPage } from './pages/feedback-page';
import { StartPage } from './pages/start-page';
import { pythonYaml } from './support/readers';
import { expect, test } from './support/web-host-fixture';

test('HR reads the feedback dashboard, follows a section to its comments and exports the summary', async ({
  page,
  webHost,
}, testInfo) => {
  const project = await feedbackProject();
  const path = join(webHost.workDir, 'charte-relue.charter');
  await saveProject(path, project);
  const resolved = FEEDBACK.filter((feedback) => feedback.resolved).length;
  const anonymous = FEEDBACK.filter((feedback) => feedback.author === undefined).length;
  const open = FEEDBACK.length - resolved;
  const replies = FEEDBACK.filter((feedback) => feedback.reply).length;
  const unanswered = FEEDBACK.filter((feedback) => !feedback.resolved && !feedback.reply).length;

  await page.goto(webHost.url);
  await new StartPage(page).openCharter(path);
  await page.getByRole('button', { name: `Commentaires (${FEEDBACK.length})` }).click();
  const feedback = new FeedbackPage(page);
  await feedback.open();

  const dashboard = feedback.dashboard();
  await expect(dashboard).toContainText(
    `Commentaires\u00a0: ${FEEDBACK.length} · Réponses\u00a0: ${replies} · Anonymes\u00a0: ${anonymous}`,
  );
  await expect(feedback.total('Ouverts')).toHaveText(String(open));
  await expect(feedback.total('Résolus')).toHaveText(String(resolved));
  // HR rewrote the passage of one comment.
  await expect(feedback.total('Passage introuvable')).toHaveText('1');
  await expect(feedback.total('En attente de réponse')).toHaveText(String(unanswered));
  await expect(
    feedback.bar('Commentaires par rôle', 'Salarié·e\u00a0— ouverts\u00a0: 2, résolus\u00a0: 0'),
  ).toBeVisible();
  await expect(
    feedback.bar('Commentaires par rôle', 'IT\u00a0— ouverts\u00a0: 0, résolus\u00a0: 1'),
  ).toBeVisible();
  await expect(dashboard).toContainText(
    `Dont anonymes (comptés avec les salarié·es)\u00a0: ${anonymous}`,
  );
  const sectionBars = dashboard
    .getByRole('figure', { name: 'Commentaires par section' })
    .getByRole('button');
  await expect(sectionBars).toHaveCount(project.sections.length);
  await expect(sectionBars.filter({ hasText: '1. Pourquoi cette charte' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('feedback-dashboard.png') });

  await feedback
    .bar('Commentaires par section', /^2\. À qui et où elle s’applique\s— ouverts\s: 2,/)
    .click();
  await expect(dashboard).toBeHidden();
  const panel = feedback.commentsPanel();
  await expect(panel.getByRole('combobox', { name: 'Section' })).toHaveValue('scope');
  await expect(panel.getByRole('combobox', { name: 'État' })).toHaveValue('all');
  await expect(panel.getByRole('article')).toHaveCount(2);
  await expect(panel.getByRole('article', { name: 'Commentaire de Claire Martin' })).toBeVisible();
  await expect(panel.getByRole('article', { name: 'Commentaire de Anonyme' })).toContainText(
    'Et chez un client ?',
  );
  await page.screenshot({ path: testInfo.outputPath('comments-by-section.png') });

  await feedback.open();
  const markdownPath = join(webHost.workDir, 'retours.md');
  await feedback.exportSummary('Markdown (.md)', markdownPath);
  const markdown = readFileSync(markdownPath, 'utf8');
  expect(markdown).toBe(writeFeedbackSummary(project, 'md'));
  expect(markdown).toContain(`| Commentaires | ${FEEDBACK.length} |`);
  expect(markdown).toContain('**Anonyme** · Salarié·e · ');
  expect(markdown).toContain('> toutes les personnes');

  const yamlPath = join(webHost.workDir, 'retours.yaml');
  await feedback.exportSummary('YAML (.yaml)', yamlPath);
  expect(pythonYaml(yamlPath)).toEqual(summarizeFeedback(project));
  await page.screenshot({ path: testInfo.outputPath('feedback-exported.png') });
});
