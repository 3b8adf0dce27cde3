import type { PdfPrinter } from '../export/pdf-printer';
import type { UserDataStore } from '../settings/user-data-store';

/** What a host gives the core: where things are, and the few capabilities only it has. */
export interface HandlerEnvironment {
  host: { kind: 'desktop' | 'web'; appVersion: string };
  templatesDir: string;
  userData: UserDataStore;
  pdfPrinter: PdfPrinter;
  /** Native file dialogs: the desktop host has them, the web host does not. */
  dialogs?: NativeDialogs;
  now?: () => Date;
  newId?: () => string;
}

export interface NativeDialogs {
  openProject(): Promise<string | null>;
  /** A file to read, of the type `extension` names (e.g. "docx"). */
  openFile(extension: string): Promise<string | null>;
  saveFile(suggestedName: string, extension: string): Promise<string | null>;
}
