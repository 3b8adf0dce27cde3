import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` is `secret`, in a time that depends on neither: both are hashed to digests of
 * one length first, so even a wrong length takes the same path through timingSafeEqual.
 */
export function isSameSecret(given: string, secret: string): boolean {
  return timingSafeEqual(digest(given), digest(secret));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
