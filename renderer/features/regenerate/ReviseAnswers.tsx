import { useState } from 'react';
import type { Answers } from '../../../src/model/answers';
import type { Project } from '../../../src/model/project';
import { WizardScreen } from '../wizard/WizardScreen';
import { useRegenerate, type RegenerationSummary } from './use-regenerate';

interface ReviseAnswersProps {
  /** The project as it is now: read when the answers are applied, not when the wizard opens. */
  getProject(): Project;
  onCancel(): void;
  onRegenerated(project: Project, summary: RegenerationSummary): void;
}

/**
 * The wizard again, prefilled with the charter's answers and its optional clauses. New answers
 * regenerate the clauses; for a clause edited by hand the author compares both texts and chooses.
 */
export function ReviseAnswers({ getProject, onCancel, onRegenerated }: ReviseAnswersProps) {
  const regenerate = useRegenerate();
  const [start] = useState(getProject);

  const apply = async (answers: Answers, disabledClauses: string[]) => {
    const result = await regenerate({ project: getProject(), answers, disabledClauses }, 'answers');
    // Backing out of the choice applies nothing: the wizard stays open on the review.
    if (result) onRegenerated(result.project, result.summary);
  };

  return (
    <WizardScreen
      templateId={start.template.id}
      language={start.meta.language}
      mode="revise"
      answers={start.answers}
      disabledClauses={start.disabledClauses}
      onCancel={onCancel}
      onFinish={apply}
    />
  );
}
