/**
 * French, the source of truth for every visible string. Keys are flat and dotted; `{name}`
 * marks a value filled in at run time. French typography: no-break spaces before « : ; ? ! »
 * and inside guillemets.
 */
export const fr = {
  'app.name': 'Charter Studio',

  'action.cancel': 'Annuler',
  'action.choose': 'Choisir',
  'action.close': 'Fermer',
  'action.dismissError': 'Masquer ce message',
  'action.open': 'Ouvrir',
  'action.retry': 'Réessayer',

  'language.interface': 'Langue de l’interface',
  'language.fr.native': 'Français',
  'language.en.native': 'English',
  'language.fr.name': 'français',
  'language.en.name': 'anglais',

  'role.hr': 'RH',
  'role.legal': 'Juridique',
  'role.it': 'IT',
  'role.communication': 'Communication',
  'owner.prefix': 'Responsable\u00a0: ',
  'owner.title': 'Responsable\u00a0: {team}',

  'status.draft': 'Brouillon',
  'status.in-review': 'En relecture',
  'status.sign-off-requested': 'Validation demandée',
  'status.signed-off': 'Validée',
  'status.published': 'Publiée',

  'error.unknown': 'Une erreur inattendue s’est produite.',
  'error.code.invalid-file': 'Ce fichier n’est pas une charte valide, ou il a été endommagé.',
  'error.code.invalid-input': 'La demande a été refusée : une valeur est manquante ou incorrecte.',
  'error.code.not-found': 'Le fichier ou le dossier est introuvable. Vérifiez le chemin.',
  'error.code.template-invalid':
    'Le modèle de charte est incomplet ou incorrect. Prévenez la personne qui l’a installé.',
  'error.code.missing-answer':
    'Une réponse nécessaire à la charte manque. Revenez au questionnaire pour la compléter.',
  'error.code.save-failed': 'Vérifiez que le dossier existe et que vous avez le droit d’y écrire.',
  'error.code.export-failed':
    'Le fichier n’a pas pu être créé. Vérifiez le dossier de destination, puis réessayez.',
  'error.code.unsupported': 'Cette action n’est pas disponible ici.',
  'error.code.unauthorized':
    'Accès refusé. Ouvrez l’adresse complète affichée au lancement de Charter Studio.',
  'error.client.unreachable':
    'Le service local ne répond pas. Vérifiez que Charter Studio est toujours lancé, puis réessayez.',
  'error.client.bad-response':
    'Le service local a envoyé une réponse illisible. Redémarrez Charter Studio puis réessayez.',

  'startup.failed': 'Charter Studio n’a pas pu démarrer',
  'startup.hint':
    'Si vous utilisez la version navigateur, ouvrez l’adresse complète affichée au lancement (elle contient la clé d’accès).',

  'start.title': 'Votre charte des réseaux sociaux, de la première question à la signature',
  'start.subtitle':
    'Répondez à quelques questions\u00a0: Charter Studio prépare une charte claire et équilibrée, que RH, Juridique et IT pourront relire puis approuver.',
  'start.new.heading': 'Nouvelle charte',
  'start.new.intro': 'Choisissez un modèle et la langue dans laquelle la charte sera rédigée.',
  'start.new.template': 'Modèle',
  'start.new.language': 'Langue de la charte',
  'start.new.languageHelp':
    'La langue du texte de la charte, indépendante de celle de l’interface.',
  'start.new.start': 'Commencer le questionnaire',
  'start.template.meta': 'Version {version} · {languages}',
  'start.templates.loading': 'Chargement des modèles…',
  'start.templates.failed': 'Impossible de charger les modèles',
  'start.templates.none': 'Aucun modèle de charte n’est installé.',
  'start.open.heading': 'Reprendre une charte',
  'start.open.intro': 'Ouvrez un fichier .charter enregistré sur cet ordinateur.',
  'start.open.button': 'Ouvrir une charte…',
  'start.open.failed': 'Impossible d’ouvrir le fichier',
  'start.open.failedNamed': 'Impossible d’ouvrir «\u00a0{name}\u00a0»',
  'start.recent.heading': 'Fichiers récents',
  'start.recent.loading': 'Chargement…',
  'start.recent.failed': 'La liste des fichiers récents n’a pas pu être chargée.',
  'start.recent.none': 'Les chartes que vous ouvrez ou enregistrez apparaîtront ici.',

  'files.defaultName': 'charte',
  'files.open.title': 'Ouvrir une charte',
  'files.path.label': 'Chemin du fichier',
  'files.path.hint':
    'Chemin complet sur cet ordinateur. L’extension {extension} est ajoutée si besoin.',
  'files.path.required': 'Indiquez le chemin du fichier.',
  'files.overwrite.title': 'Remplacer le fichier\u202f?',
  'files.overwrite.message':
    '«\u00a0{name}\u00a0» existe déjà dans {folder}. Le remplacer effacera son contenu actuel.',
  'files.overwrite.confirm': 'Remplacer',

  'wizard.windowTitle': 'Nouvelle charte',
  'wizard.context': 'Nouvelle charte',
  'wizard.quit': 'Quitter le questionnaire',
  'wizard.loading': 'Chargement des questions…',
  'wizard.loadFailed': 'Impossible de charger le questionnaire',
  'wizard.backToStart': 'Retour à l’accueil',
  'wizard.progress.label': 'Progression du questionnaire',
  'wizard.progress.step': 'Étape {current} sur {total}',
  'wizard.progress.done': '(terminée)',
  'wizard.optional': '(facultatif)',
  'wizard.noQuestions': 'Ce modèle ne pose aucune question\u00a0: la charte peut être générée.',
  'wizard.yes': 'Oui',
  'wizard.no': 'Non',
  'wizard.choose': 'Choisir…',
  'wizard.previous': 'Précédent',
  'wizard.next': 'Suivant',
  'wizard.generate': 'Générer la charte',
  'wizard.generating': 'Génération de la charte…',
  'wizard.createFailed': 'La charte n’a pas pu être générée',
  'wizard.error.required': 'Ce champ est obligatoire.',
  'wizard.error.requiredChoice': 'Choisissez une réponse.',
  'wizard.error.notANumber': 'Saisissez un nombre.',
  'wizard.error.notAWholeNumber': 'Saisissez un nombre entier.',
  'wizard.error.range': 'Saisissez un nombre entre {min} et {max}.',
  'wizard.error.min': 'Saisissez un nombre supérieur ou égal à {min}.',
  'wizard.error.max': 'Saisissez un nombre inférieur ou égal à {max}.',
  'wizard.quitConfirm.title': 'Quitter le questionnaire\u202f?',
  'wizard.quitConfirm.message': 'Vos réponses ne seront pas conservées.',
  'wizard.quitConfirm.confirm': 'Quitter',
  'wizard.quitConfirm.cancel': 'Continuer le questionnaire',

  'editor.back': 'Retour à l’accueil',
  'editor.untitledFile': 'Nouvelle charte',
  'editor.dirtyMarker': '•',
  'editor.status.saved': 'Enregistrée',
  'editor.status.unsaved': 'Modifications non enregistrées',
  'editor.status.neverSaved': 'Pas encore enregistrée',
  'editor.status.saving': 'Enregistrement…',
  'editor.save': 'Enregistrer',
  'editor.saveAs': 'Enregistrer sous…',
  'editor.saveAs.title': 'Enregistrer la charte sous',
  'editor.saveFailed': 'La charte n’a pas été enregistrée',
  'editor.export': 'Exporter…',
  'editor.leave.title': 'Enregistrer les modifications\u202f?',
  'editor.leave.message':
    '«\u00a0{name}\u00a0» contient des modifications non enregistrées. Elles seront perdues si vous quittez sans enregistrer.',
  'editor.leave.save': 'Enregistrer',
  'editor.leave.discard': 'Quitter sans enregistrer',
  'editor.meta': 'Rédigée en {language} · Modifiée le {updated}',
  'editor.outline.label': 'Plan de la charte',
  'editor.outline.title': 'Plan',
  'editor.clause.untitled': 'Clause {number}',
  'editor.clause.label': 'Texte de la clause «\u00a0{title}\u00a0»',
  'editor.clause.rejected':
    'Les dernières modifications de cette clause ne peuvent pas être enregistrées\u00a0: elle contient une mise en forme non prise en charge. Annulez-les ({undo}).',
  'editor.toolbar.label': 'Mise en forme',
  'editor.toolbar.bold': 'Gras',
  'editor.toolbar.italic': 'Italique',
  'editor.toolbar.bulletList': 'Liste à puces',
  'editor.toolbar.orderedList': 'Liste numérotée',
  'editor.toolbar.undo': 'Annuler la modification',
  'editor.toolbar.redo': 'Rétablir la modification',
  'editor.toolbar.hint': 'Cliquez dans une clause pour la modifier.',

  'export.title': 'Exporter la charte',
  'export.format': 'Format',
  'export.format.pdf': 'PDF',
  'export.format.pdf.help': 'À lire, imprimer ou annexer au règlement intérieur.',
  'export.format.docx': 'DOCX',
  'export.format.docx.help': 'Document Word, pour le dossier juridique ou une relecture.',
  'export.format.html': 'HTML',
  'export.format.html.help': 'Une page autonome pour l’intranet.',
  'export.format.yaml': 'YAML',
  'export.format.yaml.help':
    'Données structurées pour l’intranet, un quiz ou un suivi des accusés de lecture.',
  'export.path': 'Fichier de destination',
  'export.pathHelp': 'Chemin complet sur cet ordinateur.',
  'export.browse': 'Choisir…',
  'export.choosePath': 'Exporter la charte sous',
  'export.submit': 'Exporter',
  'export.writing': 'Export en cours…',
  'export.progress': 'Création du fichier {format}… Cela peut prendre quelques secondes.',
  'export.done': '«\u00a0{name}\u00a0» a été créé ({size}).',
  'export.failed': 'L’export a échoué',
  'export.preview.title': 'Aperçu de la charte',
  'export.preview.caption': 'Aperçu de la mise en page',
  'export.preview.loading': 'Préparation de l’aperçu…',
  'export.preview.failed': 'L’aperçu n’a pas pu être affiché',
} as const;

export type MessageKey = keyof typeof fr;

/** Every catalogue has exactly the French keys: a missing or extra key fails to compile. */
export type Messages = Record<MessageKey, string>;
