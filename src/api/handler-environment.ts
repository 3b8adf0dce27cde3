import type { PdfPrinter } from '../export/pdf-printer';
import type { UserDataStore } from '../settings/user-data-store';
import type { RecoveryStore } from '../recovery/recovery-store';
import type { KeyVault } from '../signoff/key-vault';
import type { ProjectLocks } from '../store/project-lock';

/** What a host gives the core: where things are, and the few capabilities only it has. */
export interface HandlerEnvironment {
  host: { kind: 'desktop' | 'web'; appVersion: string };
  templatesDir: string;
  userData: UserDataStore;
  pdfPrinter: PdfPrinter;
  /** Where the user's signing key is kept: the OS keychain on the desktop, a file elsewhere. */
  keyVault: KeyVault;
  /** Backups of unsaved work, in the user's data folder. */
  recovery: RecoveryStore;
  /** This process's marks on the files it has open; the host removes them when it stops. */
  locks: ProjectLocks;
  /** Native file dialogs and file manager: the desktop host has them, the web host does not. */
  dialogs?: NativeDialogs;
  now?: () => Date;
  newId?: () => string;
}

export interface NativeDialogs {
  /** A file to open, with one of the given extensions (no dot); null when the user cancels. */
  openFile(extensions: readonly string[]): Promise<string | null>;
  saveFile(suggestedName: string, extension: string): Promise<string | null>;
  /** The file manager on the file's folder, the file selected. */
  showInFolder(path: string): void;
}
