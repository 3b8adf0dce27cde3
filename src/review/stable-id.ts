/**
 * An id that the same parts always give (64-bit FNV-1a over their UTF-8, in hex): what is
 * imported twice, or into two review copies, gets one id and so is merged once.
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(parts.join('\u0000'))) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `${prefix}-${hash.toString(16).padStart(16, '0')}`;
}
