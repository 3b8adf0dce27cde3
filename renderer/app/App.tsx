import { useState } from 'react';
import type { Language } from '../../src/model/language';
import { EditorScreen } from '../features/editor/EditorScreen';
import { StartScreen } from '../features/start/StartScreen';
import { NewCharterWizard } from '../features/wizard/NewCharterWizard';
import { newDocument, type OpenedDocument } from './opened-document';

type Screen =
  | { name: 'start' }
  | { name: 'wizard'; templateId: string; language: Language }
  | { name: 'editor'; document: OpenedDocument; session: number };

/** start → wizard → editor; the editor owns the export dialog. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  const goToStart = () => setScreen({ name: 'start' });
  const edit = (document: OpenedDocument) =>
    setScreen({ name: 'editor', document, session: Date.now() });

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
          onCreated={(project) => edit(newDocument(project))}
        />
      );
    case 'editor':
      return (
        <EditorScreen
          key={screen.session}
          opened={screen.document}
          onReopen={edit}
          onClose={goToStart}
        />
      );
  }
}
