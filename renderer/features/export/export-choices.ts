import {
  EXPORT_FORMAT_OPTIONS,
  type ExportFormat,
  type ExportOption,
} from '../../../src/api/contract';
import type { ExportableText } from './exportable-texts';
import type { PreviewChoices } from './ExportPreview';

/** What a document for people holds beside its text. */
export interface ExportOptionValues {
  includeOwners: boolean;
  includeComments: boolean;
  /** An earlier version whose changes end the document, or none. */
  changesSince: number | null;
}

/** Each option one of `formats` honours, with the formats that do, in their order. */
export function offeredBy(
  formats: readonly ExportFormat[],
): ReadonlyMap<ExportOption, readonly ExportFormat[]> {
  const offered = new Map<ExportOption, ExportFormat[]>();
  for (const format of formats)
    for (const option of EXPORT_FORMAT_OPTIONS[format])
      offered.set(option, [...(offered.get(option) ?? []), format]);
  return offered;
}

/** What the chosen text allows: comments belong to the live text, changes to a later one. */
export interface TextScope {
  text: ExportableText;
  live: boolean;
  /** The earlier versions the text may be compared with. */
  comparable: readonly number[];
}

/**
 * What the core is asked for one format: only the options it honours, and only what still
 * applies to the chosen text, so a choice made for another text never leaks in.
 */
export function exportChoices(
  format: ExportFormat,
  options: ExportOptionValues,
  { text, live, comparable }: TextScope,
): PreviewChoices {
  const honoured = new Set(EXPORT_FORMAT_OPTIONS[format]);
  return {
    version: text.selector,
    includeOwners: honoured.has('includeOwners') && options.includeOwners,
    includeComments: honoured.has('includeComments') && live && options.includeComments,
    ...(honoured.has('changesSince') &&
    options.changesSince !== null &&
    comparable.includes(options.changesSince)
      ? { changesSince: options.changesSince }
      : {}),
  };
}
