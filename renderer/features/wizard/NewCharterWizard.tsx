import type { Language } from '../../../src/model/language';
import type { Project } from '../../../src/model/project';
import { api } from '../../api/client';
import { useStillMounted } from '../../ui/use-still-mounted';
import { WizardScreen } from './WizardScreen';

interface NewCharterWizardProps {
  templateId: string;
  language: Language;
  onCancel(): void;
  onCreated(project: Project): void;
}

/** The questionnaire of a new charter: its answers generate the project. */
export function NewCharterWizard({
  templateId,
  language,
  onCancel,
  onCreated,
}: NewCharterWizardProps) {
  const stillMounted = useStillMounted();
  return (
    <WizardScreen
      templateId={templateId}
      language={language}
      mode="create"
      onCancel={onCancel}
      onFinish={async (answers, disabledClauses) => {
        const project = await api.call('project.create', {
          templateId,
          language,
          answers,
          disabledClauses,
        });
        if (stillMounted()) onCreated(project);
      }}
    />
  );
}
