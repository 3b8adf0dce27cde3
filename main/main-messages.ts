import type { Language } from '../src/model/language';

/** The few strings the main process shows itself (native dialogs), in the user's UI language. */
export const MAIN_MESSAGES: Record<
  Language,
  {
    unsavedTitle: string;
    unsavedDetail: string;
    leave: string;
    stay: string;
    openLinkTitle: string;
    openLink: string;
  }
> = {
  fr: {
    unsavedTitle: 'Des modifications ne sont pas enregistrées.',
    unsavedDetail: 'Si vous fermez maintenant, elles seront perdues.',
    leave: 'Fermer sans enregistrer',
    stay: 'Annuler',
    openLinkTitle: 'Ouvrir ce lien en dehors de Charter Studio ?',
    openLink: 'Ouvrir le lien',
  },
  en: {
    unsavedTitle: 'Some changes are not saved.',
    unsavedDetail: 'If you close now, they will be lost.',
    leave: 'Close without saving',
    stay: 'Cancel',
    openLinkTitle: 'Open this link outside Charter Studio?',
    openLink: 'Open the link',
  },
};
