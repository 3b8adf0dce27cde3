import { isScalar, Scalar } from 'yaml';
import type { Project } from '../model/project';
import { toExportDocument } from './export-document';
import { fitsLiteralBlock, portableYamlDocument, writePortableYaml } from './portable-yaml';

/**
 * The project as YAML (docs/yaml-export.md): a draft as contract charter@2, a frozen text as the
 * contract it was fingerprinted under. Pure data, no comment and no timestamp: the same project
 * always gives the same bytes. It reads the same in YAML 1.2 and in
 * YAML 1.1 parsers such as Python's (see portableYamlDocument).
 */
export function exportYaml(project: Project): string {
  const exportDocument = toExportDocument(project);
  const document = portableYamlDocument(exportDocument);
  // Clause texts are Markdown, easier to read and diff as literal blocks, with no escaping.
  exportDocument.sections.forEach((section, s) => {
    section.clauses.forEach((clause, c) => {
      const node = document.getIn(['sections', s, 'clauses', c, 'text'], true);
      if (isScalar(node) && fitsLiteralBlock(clause.text)) node.type = Scalar.BLOCK_LITERAL;
    });
  });
  return writePortableYaml(document);
}
