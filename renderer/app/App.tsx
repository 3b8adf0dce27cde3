import { useState } from 'react';
import type { Language } from '../../src/model/language';
import type { Project } from '../../src/model/project';
import { EditorScreen } from '../features/editor/EditorScreen';
import { StartScreen } from '../features/start/StartScreen';
import { NewCharterWizard } from '../features/wizard/NewCharterWizard';

type Screen =
  | { name: 'start' }
  | { name: 'wizard'; templateId: string; language: Language }
  | { name: 'editor'; project: Project; path: string | null; session: number };

/** start → wizard → editor; the editor owns the export dialog. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  const goToStart = () => setScreen({ name: 'start' });
  const edit = (project: Project, path: string | null) =>
    setScreen({ name: 'editor', project, path, session: Date.now() });

  switch (screen.name) {
    case 'start':
      return (
        <StartScreen
          onNewCharter={(templateId, language) =>
            setScreen({ name: 'wizard', templateId, language })
          }
          onOpened={edit}
        />
      );
    case 'wizard':
      return (
        <NewCharterWizard
          templateId={screen.templateId}
          language={screen.language}
          onCancel={goToStart}
          onCreated={(project) => edit(project, null)}
        />
      );
    case 'editor':
      return (
        <EditorScreen
          key={screen.session}
          initialProject={screen.project}
          initialPath={screen.path}
          onClose={goToStart}
        />
      );
  }
}
