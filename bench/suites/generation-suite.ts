import { createProject } from '../../src/template/create-project';
import { timedResult, type BenchResult } from '../bench-result';
import { FIXED_NOW, type ShippedCharter } from '../fixture/shipped-charter';
import { SYNTHETIC_ANSWERS, syntheticTemplate } from '../fixture/synthetic-template';
import { timeRuns } from '../time-runs';

/** Generation from answers: the wizard's last step, the template already loaded. */
export async function generationSuite(
  shipped: ShippedCharter,
  runs: number,
): Promise<BenchResult[]> {
  const synthetic = syntheticTemplate(1000);
  const generate = (template: ShippedCharter['template'], answers: ShippedCharter['answers']) =>
    createProject({ template, language: 'fr', answers, id: 'bench', now: FIXED_NOW });
  return [
    timedResult(
      {
        id: 'generation.template',
        label: 'Generation: social-media template',
        target: { max: 50 },
      },
      await timeRuns(runs, () => generate(shipped.template, shipped.answers)),
    ),
    timedResult(
      {
        id: 'generation.synthetic',
        label: 'Generation: 1,000-clause template',
        target: { max: 300 },
      },
      await timeRuns(runs, () => generate(synthetic, SYNTHETIC_ANSWERS)),
    ),
  ];
}
