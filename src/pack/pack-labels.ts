import type { Language } from '../model/language';
import type { PackFileKind } from './pack-file-names';
import { together, type ReadmeBlock } from './pack-readme';

export interface ReadmeFacts {
  title: string;
  company: string;
  version: number;
  fingerprint: string;
  /** In words. */
  signedOffOn: string;
  /** In words, to the minute. */
  packedAt: string;
  /** Every file but the README, in manifest order, with what it is. */
  contents: readonly { name: string; description: string }[];
  /** The files the manifest lists, to hash. */
  listed: readonly string[];
  /** The YAML export of the version. */
  yamlName: string;
}

/** The fixed words of an evidence pack, in the charter's language. */
export interface PackLabels {
  readme(facts: ReadmeFacts): ReadmeBlock[];
  files: Readonly<Record<PackFileKind, string>>;
  /** Under the formalities: whose record this is. */
  formalitiesAsRecorded(version: number, signedOffOn: string): string;
  formalitiesNotRequired: string;
}

/** Each file on its line, descriptions lined up for a fixed-width reader. */
function contentsList(contents: ReadmeFacts['contents']): ReadmeBlock {
  const width = Math.max(...contents.map(({ name }) => name.length)) + 2;
  return {
    lines: contents.map(({ name, description }) => `  ${name.padEnd(width)}${description}`),
  };
}

/** A command to type, set apart. */
const command = (line: string): ReadmeBlock => ({ lines: [`     ${line}`] });

export const PACK_LABELS: Readonly<Record<Language, PackLabels>> = {
  fr: {
    readme: (facts) => [
      { lines: [`DOSSIER DE PREUVE — ${facts.title}, version ${facts.version}`] },
      `Ce dossier réunit la version ${facts.version} de la charte d’utilisation des réseaux sociaux de ${together(facts.company)}, validée le ${together(facts.signedOffOn)}, et de quoi vérifier qu’elle n’a pas été modifiée depuis. Il a été constitué le ${together(facts.packedAt)} avec Charter Studio.`,
      {
        lines: [
          `Empreinte de la version ${facts.version}, le texte que ses approbateurs ont validé`,
          'et signé\u00a0:',
          `  ${facts.fingerprint}`,
        ],
      },
      { lines: ['CONTENU'] },
      contentsList(facts.contents),
      { lines: ['VÉRIFIER LE DOSSIER'] },
      {
        step: 1,
        text: 'Les fichiers sont bien ceux du dossier. Dans le dossier décompressé, lancez\u00a0:',
      },
      command(`sha256sum ${facts.listed.join(' ')}`),
      {
        continued:
          'Chaque empreinte affichée doit être celle du même fichier (sa ligne sha256) dans manifest.yaml. Sous macOS\u00a0: shasum -a 256 FICHIER\u00a0; sous Windows\u00a0: certutil -hashfile FICHIER SHA256. Un seul octet changé change l’empreinte.',
      },
      {
        step: 2,
        text: 'Le texte est celui qui a été validé, et les signatures sont valables\u00a0:',
      },
      command(`charter verify ${facts.yamlName}`),
      {
        continued: `recalcule l’empreinte du texte et vérifie la signature Ed25519 de chaque approbateur\u00a0; la commande répond 0 quand tout concorde, et nomme sinon ce qui ne concorde pas. Sans Charter Studio, l’empreinte se recalcule en quelques lignes\u00a0: c’est le SHA-256 de la forme canonique JSON (RFC 8785) de ${facts.yamlName} sans ses clés «\u00a0version\u00a0» et «\u00a0approvals\u00a0» (documentation de Charter Studio\u00a0: docs/fingerprint.md).`,
      },
      'Le manifeste n’est pas signé\u00a0: il montre qu’un fichier a changé depuis la constitution du dossier. Ce qui prouve le texte validé, ce sont les signatures des approbateurs sur son empreinte (étape 2).',
      `La référence est ${facts.yamlName}\u00a0; le PDF et le DOCX en sont la mise en page. Le journal des événements est celui du fichier de la charte au moment où le dossier a été constitué. Toutes les heures y sont en temps universel (UTC).`,
    ],
    files: {
      manifest: 'la taille et l’empreinte SHA-256 de chaque autre fichier',
      pdf: 'la charte, à lire ou à imprimer',
      docx: 'la même charte, au format Word',
      yaml: 'la charte en données, référence de l’empreinte',
      approvals: 'les validations, leurs clés publiques et leurs signatures',
      formalities: 'les formalités d’adoption enregistrées dans cette version',
      auditTrailMarkdown: 'le journal des événements de la charte',
      auditTrailCsv: 'le même journal, pour un tableur',
    },
    formalitiesAsRecorded: (version, signedOffOn) =>
      `État enregistré dans la version ${version}, validée le ${signedOffOn}. Les dates des formalités accomplies depuis figurent dans le fichier de la charte.`,
    formalitiesNotRequired:
      'Les formalités d’adoption ne s’appliquent pas à cette charte\u202f: elle n’est ni annexée au règlement intérieur ni une note de service, et ne prévoit pas de sanctions dans une entreprise d’au moins 50\u00a0salariés. La présenter au CSE pour information reste une bonne pratique.',
  },
  en: {
    readme: (facts) => [
      { lines: [`EVIDENCE PACK — ${facts.title}, version ${facts.version}`] },
      `This pack holds version ${facts.version} of the social media usage charter of ${together(facts.company)}, signed off on ${together(facts.signedOffOn)}, and what it takes to check that it has not changed since. It was made on ${together(facts.packedAt)} with Charter Studio.`,
      {
        lines: [
          `Fingerprint of version ${facts.version}, the text its approvers signed off and signed:`,
          `  ${facts.fingerprint}`,
        ],
      },
      { lines: ['CONTENTS'] },
      contentsList(facts.contents),
      { lines: ['CHECKING THE PACK'] },
      { step: 1, text: 'The files are those of the pack. In the unzipped folder, run:' },
      command(`sha256sum ${facts.listed.join(' ')}`),
      {
        continued:
          'Each hash printed must be that of the same file (its sha256 line) in manifest.yaml. On macOS: shasum -a 256 FILE; on Windows: certutil -hashfile FILE SHA256. Changing a single byte changes the hash.',
      },
      { step: 2, text: 'The text is the one signed off, and the signatures hold:' },
      command(`charter verify ${facts.yamlName}`),
      {
        continued: `recomputes the fingerprint of the text and checks the Ed25519 signature of every approver; it exits with 0 when everything matches, and names what does not otherwise. Without Charter Studio, the fingerprint takes a few lines: it is the SHA-256 of the canonical JSON form (RFC 8785) of ${facts.yamlName} without its "version" and "approvals" keys (Charter Studio documentation: docs/fingerprint.md).`,
      },
      'The manifest is not signed: it shows that a file changed since the pack was made. What proves the text signed off is the approvers’ signatures on its fingerprint (step 2).',
      `${facts.yamlName} is the reference; the PDF and the DOCX are its layout. The audit trail is that of the charter file when the pack was made. All its times are in UTC.`,
    ],
    files: {
      manifest: 'the size and SHA-256 of every other file',
      pdf: 'the charter, to read or print',
      docx: 'the same charter, as a Word document',
      yaml: 'the charter as data, reference for the fingerprint',
      approvals: 'the approvals, their public keys and signatures',
      formalities: 'the adoption formalities recorded in this version',
      auditTrailMarkdown: 'the audit trail of the charter',
      auditTrailCsv: 'the same audit trail, for a spreadsheet',
    },
    formalitiesAsRecorded: (version, signedOffOn) =>
      `As recorded in version ${version}, signed off on ${signedOffOn}. The dates of formalities completed since are in the charter file.`,
    formalitiesNotRequired:
      'The adoption formalities do not apply to this charter: it is neither annexed to the règlement intérieur (internal rules) nor a note de service, and does not provide for sanctions in a company of 50 or more employees. Presenting it to the CSE for information remains good practice.',
  },
};
