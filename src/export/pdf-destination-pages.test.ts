import { describe, expect, it } from 'vitest';
import { minimalPdf } from './test-support/minimal-pdf';
import { namedDestinationPages } from './pdf-destination-pages';

describe('namedDestinationPages', () => {
  it('finds none in a PDF without named destinations', () => {
    expect(namedDestinationPages(minimalPdf())).toEqual(new Map());
  });

  it('says what it could not read in a PDF it cannot parse', () => {
    expect(() => namedDestinationPages(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))).toThrow(
      /page numbers could not be read/,
    );
  });
});
