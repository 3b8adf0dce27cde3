import { z } from 'zod';

/**
 * A version of the YAML export contract (docs/yaml-export.md). A text is fingerprinted as one of
 * them, so a signed text keeps exporting under the contract its approvers signed.
 */
export const ExportContract = z.union([z.literal(1), z.literal(2)]);
export type ExportContract = z.infer<typeof ExportContract>;

/** Every contract this version reads, oldest first. */
export const EXPORT_CONTRACTS: readonly ExportContract[] = ExportContract.options.map(
  (option) => option.value,
);

/** What drafts export as, and what new sign-offs are fingerprinted under. */
export const LATEST_EXPORT_CONTRACT = 2 satisfies ExportContract;

/** The `format` an export of that contract writes. */
export type ContractFormat = `charter-studio/charter@${ExportContract}`;

export const exportFormat = (contract: ExportContract): ContractFormat =>
  `charter-studio/charter@${contract}`;

/** The contract an export's `format` names. */
export function contractOfFormat(format: ContractFormat): ExportContract {
  const contract = EXPORT_CONTRACTS.find((candidate) => exportFormat(candidate) === format);
  if (contract === undefined) throw new Error(`No export contract writes ${format}`);
  return contract;
}
