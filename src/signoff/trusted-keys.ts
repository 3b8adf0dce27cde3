import { z } from 'zod';
import { parseOrThrow } from '../errors/parse-or-throw';
import { readYamlSafely } from '../export/read-export-data';
import { Role } from '../model/role';
import { PublicKey } from '../model/sign-off';

/** Whose keys a verifier trusts (`charter verify --trust KEYS.yaml`), documented in docs/fingerprint.md. */
export const TrustedKeys = z.strictObject({
  keys: z.array(
    z.strictObject({
      name: z.string().min(1),
      /** When given, the key is trusted for this role only. */
      role: Role.optional(),
      publicKey: PublicKey,
    }),
  ),
});
export type TrustedKeys = z.infer<typeof TrustedKeys>;
export type TrustedKey = TrustedKeys['keys'][number];

export function parseTrustedKeys(text: string, fileName: string): TrustedKeys {
  return parseOrThrow(
    TrustedKeys,
    readYamlSafely(text),
    'invalid-file',
    (problems) =>
      `${fileName} is not a list of trusted keys (keys: [{name, role?, publicKey}]): ${problems}.`,
  );
}
