import { parseDocument } from 'yaml';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { Project, type ProjectInput } from '../model/project';
import type { Version } from '../model/sign-off';
import { parseMarkdown } from '../rich-text/from-markdown';
import { COMPANY_ANSWER_PREFIX } from './company-answers';
import { EXPORT_FORMAT, ExportDocument } from './export-document';
import { formalitiesAnswers } from './formalities-answers';

export interface YamlImportOptions {
  /** The new project's id. */
  id: string;
  /** When the import happens (ISO 8601): the project's creation time and its history. */
  now: string;
}

/**
 * Builds a project from a YAML export (contract charter@1). The export carries the current text
 * only, so the project records the versions it can: a signed-off or published export becomes that
 * version; a draft numbered N keeps its number through a version N-1 whose text is unknown (empty).
 * Exporting the project again gives the same YAML, but for the id.
 */
export function importYaml(text: string, options: YamlImportOptions): Project {
  const data = readYaml(text);
  refuseOtherFormats(data);
  const exported = parseOrThrow(
    ExportDocument,
    data,
    'invalid-file',
    (problems) => `This is not a valid charter export: ${problems}.`,
  );
  const { number, status } = exported.version;
  const sections = exported.sections.map((section) => ({
    id: section.id,
    title: section.title,
    owner: section.owner,
    clauses: section.clauses.map(({ text: markdown, ...clause }) => ({
      ...clause,
      body: parseMarkdown(markdown),
    })),
  }));
  const versions: Version[] =
    status === 'signed-off' || status === 'published'
      ? [{ number, status, createdAt: options.now, sections }]
      : number > 1
        ? [{ number: number - 1, status: 'signed-off', createdAt: options.now, sections: [] }]
        : [];
  const project: ProjectInput = {
    schemaVersion: 1,
    id: options.id,
    meta: {
      title: exported.title,
      language: exported.language,
      status,
      createdAt: options.now,
      updatedAt: options.now,
    },
    template: exported.template,
    answers: {
      ...Object.fromEntries(
        Object.entries(exported.company).map(([key, value]) => [
          `${COMPANY_ANSWER_PREFIX}${key}`,
          value,
        ]),
      ),
      ...formalitiesAnswers(exported.formalities),
    },
    sections,
    versions,
    approvals: exported.approvals.map((approval) => ({ versionNumber: number, ...approval })),
    history: [{ at: options.now, kind: 'imported', detail: `${EXPORT_FORMAT}, version ${number}` }],
  };
  return parseOrThrow(
    Project,
    project,
    'invalid-file',
    (problems) => `The export cannot become a project: ${problems}.`,
  );
}

function readYaml(text: string): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error)
    throw new CharterError('invalid-file', `This file is not valid YAML: ${error.message}`);
  try {
    return document.toJS();
  } catch (cause) {
    // Aliases that expand too far ("billion laughs") or point nowhere.
    throw new CharterError(
      'invalid-file',
      `This file is not valid YAML: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/** A newer contract gets a message that says so, rather than a list of unknown fields. */
function refuseOtherFormats(data: unknown): void {
  if (typeof data !== 'object' || data === null || !('format' in data)) return;
  const { format } = data;
  if (
    typeof format === 'string' &&
    format !== EXPORT_FORMAT &&
    format.startsWith('charter-studio/charter@')
  ) {
    throw new CharterError(
      'unsupported',
      `This export uses the format ${format}, which this version of Charter Studio cannot read (it reads ${EXPORT_FORMAT}). Update Charter Studio to import it.`,
      { format },
    );
  }
}
