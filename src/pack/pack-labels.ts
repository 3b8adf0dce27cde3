import type { Language } from '../model/language';
import type { PackFileKind } from './pack-file-names';

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
  readme(facts: ReadmeFacts): string;
  files: Readonly<Record<PackFileKind, string>>;
  /** Under the formalities: whose record this is. */
  formalitiesAsRecorded(version: number, signedOffOn: string): string;
  formalitiesNotRequired: string;
}

/** Each file on its line, descriptions lined up for a fixed-width reader. */
function contentsList(contents: ReadmeFacts['contents']): string[] {
  const width = Math.max(...contents.map(({ name }) => name.length)) + 2;
  return contents.map(({ name, description }) => `  ${name.padEnd(width)}${description}`);
}

// CRLF and a byte order mark (added by the caller), so that every Notepad shows it right.
const lines = (text: readonly string[]) => `${text.join('\r\n')}\r\n`;

export const PACK_LABELS: Readonly<Record<Language, PackLabels>> = {
  fr: {
    readme: (facts) =>
      lines([
        `DOSSIER DE PREUVE — ${facts.title}, version ${facts.version}`,
        '',
        `Ce dossier réunit la version ${facts.version} de la charte d’utilisation des réseaux`,
        `sociaux de ${facts.company}, validée le ${facts.signedOffOn}, et de quoi vérifier`,
        'qu’elle n’a pas été modifiée depuis.',
        `Dossier constitué le ${facts.packedAt} avec Charter Studio.`,
        '',
        `Empreinte de la version ${facts.version}, le texte que ses approbateurs ont validé et signé :`,
        `  ${facts.fingerprint}`,
        '',
        'CONTENU',
        '',
        ...contentsList(facts.contents),
        '',
        'VÉRIFIER LE DOSSIER',
        '',
        '1. Les fichiers sont bien ceux du dossier. Dans le dossier décompressé, lancez :',
        '',
        `     sha256sum ${facts.listed.join(' ')}`,
        '',
        '   Chaque empreinte affichée doit être celle du même fichier (sa ligne sha256)',
        '   dans manifest.yaml. Sous macOS : shasum -a 256 FICHIER ; sous Windows :',
        '   certutil -hashfile FICHIER SHA256. Un seul octet changé change l’empreinte.',
        '',
        '2. Le texte est celui qui a été validé, et les signatures sont valables :',
        '',
        `     charter verify ${facts.yamlName}`,
        '',
        '   recalcule l’empreinte du texte et vérifie la signature Ed25519 de chaque',
        '   approbateur ; la commande répond 0 quand tout concorde, et nomme sinon ce qui',
        '   ne concorde pas. Sans Charter Studio, l’empreinte se recalcule en quelques',
        `   lignes : c’est le SHA-256 de la forme canonique JSON (RFC 8785) de ${facts.yamlName}`,
        '   sans ses clés « version » et « approvals » (documentation de Charter Studio :',
        '   docs/fingerprint.md).',
        '',
        `La référence est ${facts.yamlName} ; le PDF et le DOCX en sont la mise en page.`,
        'Le journal des événements est celui du fichier de la charte au moment où le',
        'dossier a été constitué. Toutes les heures y sont en temps universel (UTC).',
      ]),
    files: {
      manifest: 'la liste des autres fichiers, avec la taille et l’empreinte SHA-256 de chacun',
      pdf: 'la charte, à lire ou à imprimer',
      docx: 'la même charte, au format Word',
      yaml: 'la même charte en données : la référence de l’empreinte et des signatures',
      approvals: 'les validations, avec la clé publique et la signature de chaque approbateur',
      formalities: 'les formalités d’adoption, telles qu’enregistrées dans cette version',
      auditTrailMarkdown: 'le journal des événements de la charte',
      auditTrailCsv: 'le même journal, pour un tableur',
    },
    formalitiesAsRecorded: (version, signedOffOn) =>
      `État enregistré dans la version ${version}, validée le ${signedOffOn}. Les dates des formalités accomplies depuis figurent dans le fichier de la charte.`,
    formalitiesNotRequired:
      'Les formalités d’adoption ne s’appliquent pas à cette charte\u202f: elle n’est ni annexée au règlement intérieur ni une note de service, et ne prévoit pas de sanctions dans une entreprise d’au moins 50\u00a0salariés. La présenter au CSE pour information reste une bonne pratique.',
  },
  en: {
    readme: (facts) =>
      lines([
        `EVIDENCE PACK — ${facts.title}, version ${facts.version}`,
        '',
        `This pack holds version ${facts.version} of the social media usage charter of`,
        `${facts.company}, signed off on ${facts.signedOffOn}, and what it takes to check`,
        'that it has not changed since.',
        `Pack made on ${facts.packedAt} with Charter Studio.`,
        '',
        `Fingerprint of version ${facts.version}, the text its approvers signed off and signed:`,
        `  ${facts.fingerprint}`,
        '',
        'CONTENTS',
        '',
        ...contentsList(facts.contents),
        '',
        'CHECKING THE PACK',
        '',
        '1. The files are those of the pack. In the unzipped folder, run:',
        '',
        `     sha256sum ${facts.listed.join(' ')}`,
        '',
        '   Each hash printed must be that of the same file (its sha256 line) in',
        '   manifest.yaml. On macOS: shasum -a 256 FILE; on Windows:',
        '   certutil -hashfile FILE SHA256. Changing a single byte changes the hash.',
        '',
        '2. The text is the one signed off, and the signatures hold:',
        '',
        `     charter verify ${facts.yamlName}`,
        '',
        '   recomputes the fingerprint of the text and checks the Ed25519 signature of',
        '   every approver; it exits with 0 when everything matches, and names what does',
        '   not otherwise. Without Charter Studio, the fingerprint takes a few lines: it',
        `   is the SHA-256 of the canonical JSON form (RFC 8785) of ${facts.yamlName}`,
        '   without its "version" and "approvals" keys (Charter Studio documentation:',
        '   docs/fingerprint.md).',
        '',
        `${facts.yamlName} is the reference; the PDF and the DOCX are its layout.`,
        'The audit trail is that of the charter file when the pack was made. All its',
        'times are in UTC.',
      ]),
    files: {
      manifest: 'the list of the other files, with the size and SHA-256 of each',
      pdf: 'the charter, to read or print',
      docx: 'the same charter, as a Word document',
      yaml: 'the same charter as data: the reference for the fingerprint and the signatures',
      approvals: 'the approvals, with each approver’s public key and signature',
      formalities: 'the adoption formalities, as recorded in this version',
      auditTrailMarkdown: 'the audit trail of the charter',
      auditTrailCsv: 'the same audit trail, for a spreadsheet',
    },
    formalitiesAsRecorded: (version, signedOffOn) =>
      `As recorded in version ${version}, signed off on ${signedOffOn}. The dates of formalities completed since are in the charter file.`,
    formalitiesNotRequired:
      'The adoption formalities do not apply to this charter: it is neither annexed to the règlement intérieur (internal rules) nor a note de service, and does not provide for sanctions in a company of 50 or more employees. Presenting it to the CSE for information remains good practice.',
  },
};
