import { useId, useMemo, useState } from 'react';
import type { Author } from '../../../src/model/comment';
import type { Project } from '../../../src/model/project';
import type { Approval } from '../../../src/model/sign-off';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ClockIcon, CloseIcon } from '../../ui/icons';
import { IconButton } from '../../ui/IconButton';
import { useConfirm } from '../../ui/use-confirm';
import { IdentityButton } from '../comments/IdentityButton';
import { HistoryDialog } from '../history/HistoryDialog';
import { DecisionDialog } from './DecisionDialog';
import { LifecycleStepper } from './LifecycleStepper';
import { NextReviewField } from './NextReviewField';
import { NoLongerCounting } from './NoLongerCounting';
import { PendingRequest } from './PendingRequest';
import { RequestSignOff } from './RequestSignOff';
import { signOffView } from './sign-off-view';
import { SignOffOutcomeNotice } from './SignOffOutcomeNotice';
import type { useSignOffActions } from './use-sign-off-actions';
import { VersionList } from './VersionList';
import { YourDecision } from './YourDecision';

interface SignOffPanelProps {
  id: string;
  project: Project;
  /** Where the project is saved, to suggest exports beside it; null until it is. */
  projectPath: string | null;
  reviewer: Author | null | undefined;
  saveReviewer(reviewer: Author): Promise<void>;
  actions: ReturnType<typeof useSignOffActions>;
  /** In review mode the sign-off is shown, not acted on. */
  readOnly: boolean;
  onClose(): void;
}

/**
 * The charter's way from draft to published version: where it stands, the request and its
 * decisions, the versions signed off, the next review, and the journal of it all.
 */
export function SignOffPanel({
  id,
  project,
  projectPath,
  reviewer,
  saveReviewer,
  actions,
  readOnly,
  onClose,
}: SignOffPanelProps) {
  const t = useT();
  const confirm = useConfirm();
  const titleId = useId();
  const view = useMemo(() => signOffView(project), [project]);
  const [deciding, setDeciding] = useState<Approval['decision'] | null>(null);
  const [showingHistory, setShowingHistory] = useState(false);
  const { pending, latest, frozen, versionNumber } = view;
  const approver =
    reviewer && reviewer.role !== 'employee' ? { ...reviewer, role: reviewer.role } : null;

  const publish = async (number: number) => {
    const choice = await confirm({
      title: t('signOff.publish.confirmTitle', { number }),
      message: t('signOff.publish.confirmMessage'),
      confirmLabel: t('signOff.publish.confirm'),
      cancelLabel: t('action.cancel'),
    });
    if (choice === 'confirm') actions.publish();
  };

  return (
    <section id={id} className="signoff" aria-labelledby={titleId}>
      <header className="checks__header">
        <h2 id={titleId} className="checks__title">
          {t('signOff.title')}
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => setShowingHistory(true)}
        >
          <ClockIcon />
          {t('history.open')}
        </button>
        <IconButton label={t('signOff.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </header>
      <LifecycleStepper status={project.meta.status} versionNumber={versionNumber} />
      {readOnly ? (
        <p className="signoff__hint">{t('signOff.readOnly')}</p>
      ) : (
        <p className="signoff__you">
          <span className="signoff__you-label">{t('signOff.you')}</span>
          <IdentityButton reviewer={reviewer} saveReviewer={saveReviewer} />
        </p>
      )}
      {actions.outcome?.status === project.meta.status && (
        <SignOffOutcomeNotice outcome={actions.outcome} onDismiss={actions.dismiss} />
      )}
      {actions.failure && (
        <ErrorBanner
          title={
            actions.failure.kind === 'changed'
              ? t('signOff.request.changed')
              : actions.failure.kind === 'publish'
                ? t('signOff.publish.failed')
                : t('signOff.request.failed')
          }
          error={actions.failure.kind === 'changed' ? undefined : actions.failure.error}
          onDismiss={actions.dismiss}
        />
      )}
      {pending && (
        <PendingRequest
          request={pending.request}
          decisions={pending.decisions}
          versionNumber={versionNumber}
        >
          {!readOnly && (
            <YourDecision
              reviewer={reviewer}
              roles={pending.request.roles}
              decisions={pending.decisions}
              onDecide={setDeciding}
            />
          )}
        </PendingRequest>
      )}
      {!pending && !frozen && !readOnly && (
        <RequestSignOff
          requiredRoles={project.signOff.requiredRoles}
          onRolesChange={actions.setRequiredRoles}
          onRequest={() => void actions.request()}
          busy={actions.requesting}
        />
      )}
      {frozen && latest && (
        <section className="signoff__section signoff__frozen">
          <p className="signoff__hint">{t('signOff.frozen', { number: latest.number })}</p>
          {!readOnly && latest.status === 'signed-off' && (
            <>
              <button
                type="button"
                className="button button--primary button--wide"
                onClick={() => void publish(latest.number)}
              >
                {t('signOff.publish.button', { number: latest.number })}
              </button>
              <p className="field__help">{t('signOff.publish.help')}</p>
            </>
          )}
        </section>
      )}
      {view.noLongerCounting.length > 0 && <NoLongerCounting approvals={view.noLongerCounting} />}
      <VersionList project={project} />
      <NextReviewField
        date={project.signOff.nextReviewDate}
        onChange={readOnly ? null : actions.setNextReviewDate}
      />
      {deciding && pending && approver && (
        <DecisionDialog
          decision={deciding}
          versionNumber={versionNumber}
          fingerprint={pending.request.fingerprint}
          approver={approver}
          onDecide={actions.decide}
          onClose={() => setDeciding(null)}
        />
      )}
      {showingHistory && (
        <HistoryDialog
          project={project}
          projectPath={projectPath}
          onClose={() => setShowingHistory(false)}
        />
      )}
    </section>
  );
}
