import { describe, expect, it } from 'vitest';
import { basename, dirname, hasExtension, joinPath, withExtension } from './file-path';

describe('file paths as strings', () => {
  it('splits POSIX and Windows paths', () => {
    expect(basename('/home/rh/charte.charter')).toBe('charte.charter');
    expect(dirname('/home/rh/charte.charter')).toBe('/home/rh');
    expect(basename('C:\\Users\\rh\\charte.charter')).toBe('charte.charter');
    expect(dirname('C:\\Users\\rh\\charte.charter')).toBe('C:\\Users\\rh');
    expect(dirname('/charte.charter')).toBe('/');
    expect(dirname('charte.charter')).toBe('');
  });

  it('joins with the separator the folder already uses', () => {
    expect(joinPath('/home/rh', 'a.pdf')).toBe('/home/rh/a.pdf');
    expect(joinPath('/home/rh/', 'a.pdf')).toBe('/home/rh/a.pdf');
    expect(joinPath('C:\\Users\\rh', 'a.pdf')).toBe('C:\\Users\\rh\\a.pdf');
    expect(joinPath('', 'a.pdf')).toBe('a.pdf');
  });

  it('swaps or adds the extension of the file name only', () => {
    expect(withExtension('/home/r.h/charte.charter', 'pdf')).toBe('/home/r.h/charte.pdf');
    expect(withExtension('/home/r.h/charte', 'pdf')).toBe('/home/r.h/charte.pdf');
    expect(withExtension('/home/rh/.charter', 'pdf')).toBe('/home/rh/.charter.pdf');
    expect(hasExtension('/a/B.PDF', 'pdf')).toBe(true);
    expect(hasExtension('/a/b.pdf.txt', 'pdf')).toBe(false);
  });
});
