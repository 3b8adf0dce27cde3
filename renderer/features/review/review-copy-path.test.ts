import { describe, expect, it } from 'vitest';
import { reviewCopyPath } from './review-copy-path';

describe('reviewCopyPath', () => {
  it('puts the copy beside the charter, named after it', () => {
    expect(reviewCopyPath('/home/rh/charte.charter', 'charte', 'relecture')).toBe(
      '/home/rh/charte - relecture.charter',
    );
    expect(reviewCopyPath('C:\\RH\\Charte 2027.charter', 'charte', 'review')).toBe(
      'C:\\RH\\Charte 2027 - review.charter',
    );
  });

  it('names a charter never saved after the default name', () => {
    expect(reviewCopyPath(null, 'charte', 'relecture')).toBe('charte - relecture.charter');
  });
});
