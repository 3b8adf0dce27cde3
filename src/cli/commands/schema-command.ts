import { join } from 'node:path';
import { LATEST_EXPORT_CONTRACT } from '../../model/export-contract';
import { appPaths } from '../app-paths';
import { readTextFile } from '../read-text-file';
import { UsageError, type CliCommand } from '../cli-command';

/** The schema file of each contract version is named after it. */
const CURRENT_VERSION = LATEST_EXPORT_CONTRACT;

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'Print the JSON Schema of the YAML export, for other tools to validate it.',
  usage: [
    '[--contract N]',
    '',
    `  --contract N   the version of the contract (default: ${CURRENT_VERSION}, the one drafts export as;`,
    '                 a version signed off under an earlier one still exports as that one)',
    '',
    'The schema (JSON Schema draft 2020-12) is the one published in schemas/ and docs/yaml-export.md;',
    'a new version of the contract comes with a new file, and the old ones stay.',
  ].join('\n'),
  files: 'none',
  options: { contract: { type: 'string' } },
  async run({ values }, context) {
    const contract = values.contract ?? String(CURRENT_VERSION);
    if (
      typeof contract !== 'string' ||
      !/^[1-9]\d*$/.test(contract) ||
      Number(contract) > CURRENT_VERSION
    )
      throw new UsageError(
        `--contract takes a version from 1 to ${CURRENT_VERSION}, not "${String(contract)}".`,
      );
    const file = join(appPaths(context.env).schemasDir, `charter-export.v${contract}.schema.json`);
    context.stdout(await readTextFile(file));
    return 0;
  },
};
