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
  'action.dismiss': 'Masquer ce message',
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
  'role.employee': 'Salarié·e',
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
  'wizard.progress.general': 'Général',
  'wizard.progress.groupCount': '{done}/{total}',
  'wizard.progress.groupDone': '{done} étape(s) terminée(s) sur {total}',
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
  'wizard.error.required': 'Ce champ est obligatoire. Saisissez une réponse pour continuer.',
  'wizard.error.requiredChoice': 'Choisissez une réponse pour continuer.',
  'wizard.error.requiredDate': 'Indiquez une date pour continuer (jour, mois et année).',
  'wizard.error.requiredContact':
    'Ajoutez au moins un contact avec le bouton «\u00a0Ajouter un contact\u00a0».',
  'wizard.error.notANumber': 'Saisissez un nombre en chiffres, par exemple 120.',
  'wizard.error.notAWholeNumber': 'Saisissez un nombre entier, sans virgule.',
  'wizard.error.notADate':
    'Cette date est incomplète ou n’existe pas. Saisissez le jour, le mois et l’année.',
  'wizard.error.contactRows.one':
    'Un contact est à compléter\u00a0: voyez le message sous la ligne concernée.',
  'wizard.error.contactRows.other':
    '{count} contacts sont à compléter\u00a0: voyez les messages sous les lignes concernées.',
  'wizard.error.range': 'Saisissez un nombre entre {min} et {max}.',
  'wizard.error.min': 'Saisissez un nombre supérieur ou égal à {min}.',
  'wizard.error.max': 'Saisissez un nombre inférieur ou égal à {max}.',
  'wizard.quitConfirm.title': 'Quitter le questionnaire\u202f?',
  'wizard.quitConfirm.message': 'Vos réponses ne seront pas conservées.',
  'wizard.quitConfirm.confirm': 'Quitter',
  'wizard.quitConfirm.cancel': 'Continuer le questionnaire',
  'wizard.contacts.none': 'Aucun contact pour l’instant.',
  'wizard.contacts.row': 'Contact {number}',
  'wizard.contacts.name': 'Nom',
  'wizard.contacts.role': 'Fonction',
  'wizard.contacts.email': 'E-mail',
  'wizard.contacts.phone': 'Téléphone',
  'wizard.contacts.add': 'Ajouter un contact',
  'wizard.contacts.remove': 'Retirer',
  'wizard.contacts.removeRow': 'Retirer le contact {number}',
  'wizard.contacts.error.name': 'Indiquez le nom de ce contact, ou retirez la ligne.',
  'wizard.contacts.error.email':
    'Cette adresse semble incomplète\u00a0: elle doit ressembler à prenom.nom@entreprise.fr.',
  'wizard.preview.title': 'Aperçu des clauses',
  'wizard.preview.intro':
    'Les clauses que les réponses de cette page façonnent, telles qu’elles seront rédigées.',
  'wizard.preview.loading': 'Préparation de l’aperçu…',
  'wizard.preview.updating': 'Mise à jour de l’aperçu…',
  'wizard.preview.count.one': '1 clause concernée',
  'wizard.preview.count.other': '{count} clauses concernées',
  'wizard.preview.empty': 'Les réponses de cette page ne changent directement aucune clause.',
  'wizard.preview.failed': 'L’aperçu n’est pas disponible',
  'wizard.review.step': 'Récapitulatif',
  'wizard.review.title': 'Vérifiez vos réponses',
  'wizard.review.intro':
    'Relisez vos réponses avant de générer la charte. Vous pourrez toujours les modifier plus tard depuis l’éditeur.',
  'wizard.review.edit': 'Modifier',
  'wizard.review.editPage': 'Modifier «\u00a0{page}\u00a0»',
  'wizard.review.back': 'Revenir au récapitulatif',
  'wizard.review.noAnswer': 'Sans réponse',
  'wizard.review.noneChosen': 'Aucun',
  'wizard.review.noQuestions': 'Aucune question sur cette page.',

  'revise.windowTitle': 'Modifier les réponses',
  'revise.context': 'Modifier les réponses',
  'revise.quit': 'Revenir à la charte',
  'revise.backToCharter': 'Revenir à la charte',
  'revise.reviewIntro':
    'Voici les réponses qui ont servi à rédiger la charte. Modifiez celles qui ont changé, puis régénérez la charte. Si vous avez retouché à la main une clause concernée, vous choisirez entre votre texte et le nouveau.',
  'revise.finish': 'Régénérer la charte',
  'revise.finishing': 'Régénération…',
  'revise.failed': 'La charte n’a pas pu être régénérée',
  'revise.quitConfirm.title': 'Abandonner les nouvelles réponses\u202f?',
  'revise.quitConfirm.message':
    'La charte reste telle qu’elle est\u00a0: aucune clause ne sera modifiée.',
  'revise.quitConfirm.confirm': 'Abandonner',
  'revise.done.title': 'Nouvelles réponses appliquées',
  'revise.done.noConflict': 'Les clauses concernées ont été régénérées.',
  'revise.done.taken.one': 'Une clause que vous aviez retouchée prend le nouveau texte du modèle.',
  'revise.done.taken.other':
    '{count} clauses que vous aviez retouchées prennent le nouveau texte du modèle.',
  'revise.done.kept.one': 'Une clause que vous aviez retouchée garde votre texte.',
  'revise.done.kept.other': '{count} clauses que vous aviez retouchées gardent votre texte.',
  'revise.done.removed.one': 'Une clause que vous aviez retouchée est retirée de la charte.',
  'revise.done.removed.other':
    '{count} clauses que vous aviez retouchées sont retirées de la charte.',
  'revise.done.save': 'Enregistrez la charte pour conserver ces changements.',

  'optionalClauses.title': 'Clauses facultatives',
  'optionalClauses.intro':
    'Ces clauses aident sans être indispensables\u00a0: des exemples, des conseils pratiques. Décochez celles que vous ne voulez pas dans la charte.',
  'optionalClauses.include': 'Inclure «\u00a0{title}\u00a0»',
  'optionalClauses.section': 'Partie «\u00a0{section}\u00a0»',
  'optionalClauses.open': 'Clauses facultatives…',
  'optionalClauses.count': '{included} incluse(s) sur {total}',
  'optionalClauses.loading': 'Chargement des clauses facultatives…',
  'optionalClauses.loadFailed': 'Les clauses facultatives n’ont pas pu être chargées',
  'optionalClauses.none': 'Ce modèle n’a pas de clause facultative.',
  'optionalClauses.dialog.intro':
    'Cochez les clauses à garder dans la charte. Une clause que vous avez retouchée à la main n’est jamais retirée sans votre accord.',
  'optionalClauses.apply': 'Appliquer',
  'optionalClauses.applying': 'Application…',
  'optionalClauses.failed': 'Les clauses facultatives n’ont pas pu être appliquées',
  'optionalClauses.done.title': 'Clauses facultatives mises à jour',
  'optionalClauses.done.noConflict':
    'Les clauses cochées sont dans la charte, les autres n’y sont plus.',
  'optionalClauses.back': 'Revenir aux clauses facultatives',

  'conflicts.title': 'Des clauses modifiées à la main ont un nouveau texte',
  'conflicts.intro.one':
    'Vos nouvelles réponses changent une clause que vous aviez modifiée à la main. Comparez votre texte et le nouveau texte du modèle, puis choisissez celui à garder. Rien n’est remplacé sans votre accord.',
  'conflicts.intro.other':
    'Vos nouvelles réponses changent {count} clauses que vous aviez modifiées à la main. Pour chacune, comparez votre texte et le nouveau texte du modèle, puis choisissez celui à garder. Rien n’est remplacé sans votre accord.',
  'conflicts.clausesIntro.one':
    'Ce changement touche une clause que vous aviez modifiée à la main. Comparez votre texte et ce que propose le modèle, puis choisissez. Rien n’est remplacé ni retiré sans votre accord.',
  'conflicts.clausesIntro.other':
    'Ce changement touche {count} clauses que vous aviez modifiées à la main. Pour chacune, comparez votre texte et ce que propose le modèle, puis choisissez. Rien n’est remplacé ni retiré sans votre accord.',
  'conflicts.keepAll': 'Garder tous mes textes',
  'conflicts.takeAll': 'Prendre tous les nouveaux textes',
  'conflicts.clause': 'Clause «\u00a0{title}\u00a0»',
  'conflicts.yours': 'Votre texte',
  'conflicts.proposed': 'Nouveau texte du modèle',
  'conflicts.proposedRemoval': 'Proposition du modèle',
  'conflicts.keep': 'Garder mon texte',
  'conflicts.take': 'Prendre le nouveau texte',
  'conflicts.removal':
    'La clause n’est plus dans la charte générée\u00a0: le modèle propose de la retirer.',
  'conflicts.remove': 'Retirer la clause',
  'conflicts.missing.one': 'Choisissez une version pour la clause restante.',
  'conflicts.missing.other': 'Choisissez une version pour chacune des {count} clauses restantes.',
  'conflicts.back': 'Revenir aux réponses',
  'conflicts.apply': 'Appliquer',

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
  'editor.reviseAnswers': 'Modifier les réponses',
  'editor.checks': 'Vérifications',
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

  'comments.toggle': 'Commentaires ({count})',
  'comments.add': 'Commenter',
  'comments.add.needsSelection': 'Sélectionnez un passage d’une clause pour le commenter.',
  'comments.dialog.title': 'Commenter le passage',
  'comments.dialog.clause': 'Clause «\u00a0{title}\u00a0»',
  'comments.text': 'Votre commentaire',
  'comments.anonymous': 'Commenter anonymement',
  'comments.anonymous.help': 'Votre nom ne sera pas enregistré avec ce commentaire.',
  'comments.save': 'Enregistrer',
  'comments.textRequired': 'Écrivez votre commentaire.',
  'comments.quoteNotFound':
    'Ce passage n’a pas pu être retrouvé dans la clause. Sélectionnez un passage d’un seul paragraphe ou d’un seul élément de liste.',
  'comments.identity.title': 'Qui êtes-vous\u00a0?',
  'comments.identity.help':
    'Votre nom et votre rôle accompagnent vos commentaires. Ils sont retenus pour les prochaines fois.',
  'comments.identity.name': 'Votre nom',
  'comments.identity.role': 'Votre rôle',
  'comments.identity.nameRequired': 'Indiquez votre nom.',
  'comments.identity.failed': 'Votre nom et votre rôle n’ont pas pu être enregistrés',
  'comments.panel.title': 'Commentaires',
  'comments.panel.close': 'Fermer les commentaires',
  'comments.panel.filters': 'Filtrer les commentaires',
  'comments.filter.status': 'État',
  'comments.filter.open': 'Ouverts',
  'comments.filter.resolved': 'Résolus',
  'comments.filter.all': 'Tous',
  'comments.filter.role': 'Rôle',
  'comments.filter.allRoles': 'Tous les rôles',
  'comments.panel.empty':
    'Aucun commentaire pour l’instant. Sélectionnez un passage puis choisissez «\u00a0Commenter\u00a0» ({shortcut}).',
  'comments.panel.noMatch': 'Aucun commentaire ne correspond à ces filtres.',
  'comments.panel.count.one': '1 commentaire affiché',
  'comments.panel.count.other': '{count} commentaires affichés',
  'comments.thread.label': 'Commentaire de {author}',
  'comments.thread.anonymousAuthor': 'Anonyme',
  'comments.thread.goTo': 'Aller au passage commenté',
  'comments.thread.orphaned': 'Passage introuvable',
  'comments.thread.resolvedBadge': 'Résolu',
  'comments.thread.reply': 'Répondre',
  'comments.thread.replyLabel': 'Votre réponse',
  'comments.thread.replies': 'Réponses',
  'comments.thread.resolve': 'Résoudre',
  'comments.thread.reopen': 'Rouvrir',

  'checks.title': 'Vérifications',
  'checks.intro':
    'Ce qu’un juriste relèverait dans la charte. Cliquez sur un point pour aller à sa clause.',
  'checks.rerun': 'Relancer les vérifications',
  'checks.close': 'Fermer les vérifications',
  'checks.running': 'Vérification en cours…',
  'checks.none': 'Aucun problème détecté.',
  'checks.failed': 'Les vérifications n’ont pas pu être faites',
  'checks.failedShort': 'Vérifications indisponibles.',
  'checks.errors.one': '1 erreur',
  'checks.errors.other': '{count} erreurs',
  'checks.warnings.one': '1 avertissement',
  'checks.warnings.other': '{count} avertissements',
  'checks.severity.error': 'Erreur',
  'checks.severity.warning': 'Avertissement',
  'checks.where': 'Clause {number}',
  'checks.where.titled': '{number} {title}',
  'checks.step.cse-opinion': 'l’avis du CSE',
  'checks.step.labour-inspectorate': 'l’envoi à l’inspection du travail',
  'checks.step.conseil-prud-hommes': 'le dépôt au greffe du conseil de prud’hommes',
  'checks.step.publicity': 'l’information des salariés',
  'checks.rule.absoluteBan.personalUse':
    'Cette clause interdit tout usage personnel des réseaux sociaux au travail, sans justification. Ajoutez une justification (pourquoi le poste l’exige, et en quoi c’est proportionné, art. L1121-1 du Code du travail), ou autorisez l’usage pendant les pauses dans le questionnaire.',
  'checks.rule.absoluteBan.phrase':
    'Cette clause pose une interdiction absolue («\u00a0{phrase}\u00a0») sans justification. Limitez-la à ce que le poste exige, ou justifiez-la (art. L1121-1 du Code du travail\u00a0; le Conseil d’État a annulé une interdiction générale des discussions politiques en 1989).',
  'checks.rule.restriction':
    'Cette clause restreint ce que les salariés peuvent faire («\u00a0{phrase}\u00a0») sans dire pourquoi. Ajoutez une justification (nécessaire au poste et proportionnée, art. L1121-1 du Code du travail) ou adoucissez la formulation.',
  'checks.rule.monitoring.purpose':
    'Des outils de suivi sont utilisés, mais leur finalité n’est pas indiquée. Précisez-la dans le questionnaire (page IT) et dans cette clause\u00a0: la CNIL exige d’informer les salariés de chaque dispositif, de sa finalité et de la durée de conservation des données.',
  'checks.rule.monitoring.retention':
    'Des outils de suivi sont utilisés, mais la durée de conservation des données n’est pas indiquée. Précisez-la dans le questionnaire (6 mois suffisent en général pour des journaux de connexion) et dans cette clause.',
  'checks.rule.sanctions':
    'Les sanctions ne sont pas graduées. Choisissez dans le questionnaire au moins deux sanctions, de l’avertissement à la plus grave, et dites que chacune est proportionnée aux faits.',
  'checks.rule.contacts.media':
    'Personne n’est désigné pour répondre aux journalistes. Indiquez un contact presse dans le questionnaire (page Communication).',
  'checks.rule.contacts.crisis':
    'La charte prévoit une procédure de crise, mais sans contact à alerter. Indiquez-le dans le questionnaire (page Communication).',
  'checks.rule.contacts.reporting':
    'Aucun canal de signalement n’est nommé. Indiquez dans le questionnaire la personne ou l’adresse qui reçoit les signalements de contenus abusifs ou illicites.',
  'checks.rule.contacts.unreachable':
    '{contact} n’a ni e-mail ni téléphone. Ajoutez-en un dans le questionnaire pour qu’on puisse le joindre.',
  'checks.rule.formalities.missing':
    'Formalités encore à accomplir\u00a0: {steps}. Faites-les, puis notez leurs dates dans le questionnaire (page Juridique)\u00a0; d’ici là, la charte n’est pas opposable aux salariés.',
  'checks.rule.formalities.beforeOpinion':
    'L’étape «\u00a0{step}\u00a0» est datée d’avant l’avis du CSE. Le CSE se prononce d’abord sur le texte définitif\u00a0: refaites cette étape après l’avis et notez sa nouvelle date.',
  'checks.rule.formalities.invalidDate':
    'La date de l’étape «\u00a0{step}\u00a0» n’est pas une date valide. Corrigez-la dans le questionnaire (page Juridique).',

  'formalities.title': 'Formalités d’adoption',
  'formalities.reason.route-reglement-interieur':
    'La charte est annexée au règlement intérieur\u00a0: elle est adoptée comme lui (art.\u00a0L1321-4 du Code du travail). Tant que ces formalités ne sont pas accomplies, elle n’est pas opposable aux salariés.',
  'formalities.reason.route-note-de-service':
    'La charte est une note de service qui fixe des règles générales et permanentes\u00a0: les formalités du règlement intérieur s’appliquent (art.\u00a0L1321-5 du Code du travail). Tant qu’elles ne sont pas accomplies, elle n’est pas opposable aux salariés.',
  'formalities.reason.sanctions-50-or-more':
    'La charte prévoit des sanctions et l’entreprise compte au moins 50\u00a0salariés\u00a0: elle relève du règlement intérieur et de ses formalités (art.\u00a0L1321-4 du Code du travail). Tant qu’elles ne sont pas accomplies, elle n’est pas opposable aux salariés.',
  'formalities.reason.not-required':
    'Les formalités d’adoption ne s’appliquent pas à cette charte. La présenter au CSE pour information reste une bonne pratique.',
  'formalities.progress': '{done} sur {total} accomplies',
  'formalities.steps': 'Étapes, dans l’ordre légal',
  'formalities.step.cse-opinion': 'Avis du CSE',
  'formalities.step.labour-inspectorate': 'Envoi à l’inspection du travail',
  'formalities.step.conseil-prud-hommes': 'Dépôt au greffe du conseil de prud’hommes',
  'formalities.step.publicity': 'Information des salariés (publicité)',
  'formalities.done': 'Fait le {date}',
  'formalities.todo': 'À faire',
  'formalities.warnings': 'Points à corriger',
  'formalities.warning.before-cse-opinion':
    '{step}\u00a0: la date est antérieure à l’avis du CSE. Le CSE se prononce d’abord sur le texte définitif\u00a0; refaites cette étape après l’avis et notez sa nouvelle date.',
  'formalities.warning.invalid-date':
    '{step}\u00a0: la date saisie n’est pas une date valide\u00a0; l’étape compte comme non faite tant qu’elle n’est pas corrigée.',
  'formalities.effective': 'Entrée en vigueur au plus tôt le {date}',
  'formalities.effective.rule': 'Un mois après la dernière formalité.',
  'formalities.missing': 'Date d’entrée en vigueur à calculer\u00a0: il reste à dater {steps}.',

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
