import { describe, expect, it } from 'vitest';
import { exportTargets, pathForFormat } from './export-paths';

describe('pathForFormat', () => {
  it("swaps another format's extension for the format's own", () => {
    expect(pathForFormat('/out/charte.pdf', 'docx')).toBe('/out/charte.docx');
    expect(pathForFormat('/out/charte.PDF', 'markdown')).toBe('/out/charte.md');
    expect(pathForFormat('C:\\RH\\charte.yaml', 'html')).toBe('C:\\RH\\charte.html');
  });

  it('keeps a path that already has the extension, and adds one after any other dot', () => {
    expect(pathForFormat('/out/charte.pdf', 'pdf')).toBe('/out/charte.pdf');
    expect(pathForFormat('/out/charte-v2.1', 'pdf')).toBe('/out/charte-v2.1.pdf');
    expect(pathForFormat('/out/charte', 'yaml')).toBe('/out/charte.yaml');
  });

  it('knows the usual variants of an extension', () => {
    expect(pathForFormat('/out/charte.yml', 'docx')).toBe('/out/charte.docx');
    expect(pathForFormat('/out/charte.htm', 'yaml')).toBe('/out/charte.yaml');
  });
});

describe('exportTargets', () => {
  it('names one file per format after the typed path', () => {
    expect(exportTargets('/out/charte.pdf', ['pdf', 'docx', 'yaml'])).toEqual([
      { format: 'pdf', path: '/out/charte.pdf' },
      { format: 'docx', path: '/out/charte.docx' },
      { format: 'yaml', path: '/out/charte.yaml' },
    ]);
  });

  it('names no file when the path ends with a folder', () => {
    expect(exportTargets('/out/', ['pdf', 'docx'])).toEqual([]);
    expect(exportTargets('C:\\RH\\', ['pdf'])).toEqual([]);
  });
});
