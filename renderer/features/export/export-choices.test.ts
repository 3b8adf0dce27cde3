import { describe, expect, it } from 'vitest';
import { exportChoices, offeredBy, type TextScope } from './export-choices';

const everything = { includeOwners: true, includeComments: true, changesSince: 1 };
const version2: TextScope = {
  text: { selector: 'draft', number: 2, status: 'draft' },
  live: true,
  comparable: [1],
};

describe('offeredBy', () => {
  it('gathers the options of every chosen format, each with the formats that honour it', () => {
    expect([...offeredBy(['markdown', 'docx'])]).toEqual([
      ['includeOwners', ['markdown', 'docx']],
      ['includeComments', ['docx']],
      ['changesSince', ['docx']],
    ]);
    expect(offeredBy(['yaml']).size).toBe(0);
  });
});

describe('exportChoices', () => {
  it('asks a format only for the options it honours', () => {
    expect(exportChoices('pdf', everything, version2)).toEqual({
      version: 'draft',
      includeOwners: true,
      includeComments: false,
      changesSince: 1,
    });
    expect(exportChoices('yaml', everything, version2)).toEqual({
      version: 'draft',
      includeOwners: false,
      includeComments: false,
    });
  });

  it('drops what no longer applies to the chosen text', () => {
    const pastVersion: TextScope = {
      text: { selector: 1, number: 1, status: 'signed-off' },
      live: false,
      comparable: [],
    };
    expect(exportChoices('docx', everything, pastVersion)).toEqual({
      version: 1,
      includeOwners: true,
      includeComments: false,
    });
  });
});
