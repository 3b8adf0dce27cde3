import { describe, expect, it } from 'vitest';
import { wrapParagraph } from './wrap-paragraph';

describe('wrapParagraph', () => {
  it('breaks at the last space that fits, never inside a word', () => {
    expect(wrapParagraph('Ce dossier réunit la version 2 de la charte', 20)).toEqual([
      'Ce dossier réunit la',
      'version 2 de la',
      'charte',
    ]);
    expect(wrapParagraph('empreinte sha256:79a0f4bb312770479baf3ba9cbaca526 signée', 20)).toEqual([
      'empreinte',
      'sha256:79a0f4bb312770479baf3ba9cbaca526',
      'signée',
    ]);
  });

  it('keeps no-break spaces, which hold a word to its colon', () => {
    expect(wrapParagraph('les signatures\u202f: valables', 15)).toEqual([
      'les',
      'signatures\u202f:',
      'valables',
    ]);
  });
});
