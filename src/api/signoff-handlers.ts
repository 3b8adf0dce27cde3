import { CharterError } from '../errors/charter-error';
import { checkIntegrity } from '../signoff/check-integrity';
import type { KeyVault } from '../signoff/key-vault';
import { prepareCheckedDecision } from '../signoff/prepare-checked-decision';
import { requestSignOff } from '../signoff/request-sign-off';
import { publicKeyOf, signApproval } from '../signoff/signing-key';
import type { SigningStatus } from './contract';
import type { Handlers } from './create-handlers';

type SignOffOperation =
  | 'signOff.request'
  | 'signOff.prepareDecision'
  | 'signOff.checkIntegrity'
  | 'signing.status'
  | 'signing.createKey';

async function signingStatus(vault: KeyVault): Promise<SigningStatus> {
  const key = await vault.load();
  return {
    publicKey: key ? publicKeyOf(key.privateKeyPem) : null,
    protection: key?.protection ?? vault.protection,
  };
}

/**
 * The sign-off operations that need the host: hashing and signing (node:crypto, which the
 * renderer never loads) and the user's key. Recording a decision stays in the renderer, on
 * the text as it is when the answer comes back.
 */
export function signOffHandlers(
  keyVault: KeyVault,
  now: () => string,
): Pick<Handlers, SignOffOperation> {
  return {
    'signOff.request': async ({ project, roles, requestedBy }) => ({
      project: requestSignOff(project, {
        now: now(),
        ...(roles === undefined ? {} : { roles }),
        ...(requestedBy?.trim() ? { requestedBy: requestedBy.trim() } : {}),
      }),
    }),
    'signOff.checkIntegrity': async ({ project }) => checkIntegrity(project),
    'signOff.prepareDecision': async ({ project, sign, ...input }) => {
      const approval = prepareCheckedDecision(project, input, now());
      if (!sign) return { approval };
      const key = await keyVault.load();
      if (!key) {
        throw new CharterError(
          'not-found',
          'There is no signing key on this computer: create one (“Créer ma clé de signature”), or record the decision without a signature.',
        );
      }
      return { approval: signApproval(approval, key.privateKeyPem, 'Your signing key') };
    },
    'signing.status': () => signingStatus(keyVault),
    'signing.createKey': async () => {
      // Asked twice (a double click, two windows): the key made first is the one kept.
      if ((await keyVault.load()) === null) await keyVault.create();
      return signingStatus(keyVault);
    },
  };
}
