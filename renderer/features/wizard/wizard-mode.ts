import type { PlainMessageKey } from '../../i18n/translate';

/** A new charter from its first answers, or new answers for a charter already written. */
export type WizardMode = 'create' | 'revise';

interface ModeMessages {
  context: PlainMessageKey;
  quit: PlainMessageKey;
  finish: PlainMessageKey;
  finishing: PlainMessageKey;
  finishFailed: PlainMessageKey;
  reviewIntro: PlainMessageKey;
  quitTitle: PlainMessageKey;
  quitMessage: PlainMessageKey;
  quitConfirm: PlainMessageKey;
}

export const MODE_MESSAGES: Record<WizardMode, ModeMessages> = {
  create: {
    context: 'wizard.context',
    quit: 'wizard.quit',
    finish: 'wizard.generate',
    finishing: 'wizard.generating',
    finishFailed: 'wizard.createFailed',
    reviewIntro: 'wizard.review.intro',
    quitTitle: 'wizard.quitConfirm.title',
    quitMessage: 'wizard.quitConfirm.message',
    quitConfirm: 'wizard.quitConfirm.confirm',
  },
  revise: {
    context: 'revise.context',
    quit: 'revise.quit',
    finish: 'revise.finish',
    finishing: 'revise.finishing',
    finishFailed: 'revise.failed',
    reviewIntro: 'revise.reviewIntro',
    quitTitle: 'revise.quitConfirm.title',
    quitMessage: 'revise.quitConfirm.message',
    quitConfirm: 'revise.quitConfirm.confirm',
  },
};
