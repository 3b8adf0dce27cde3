import { describe, expect, it } from 'vitest';
import { requireTool } from '../export/test-support/require-tool';
import { runTool } from '../export/test-support/run-tool';
import { spreadsheetCsv } from './spreadsheet-csv';

const hasPython = requireTool('python3', ['-c', 'import csv']);

/** Python's csv module, reading as Excel does: the BOM stripped, CRLF records, quoted fields. */
async function pythonCsv(text: string): Promise<string[][]> {
  const json = await runTool(
    'python3',
    [
      '-c',
      'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")))))',
    ],
    { input: text },
  );
  return JSON.parse(json) as string[][];
}

const TRICKY = [
  ['plain', 'with, a comma', 'with "quotes"', 'two\nlines'],
  ['=SUM(A1:A2)', '+33 6 12 34 56 78', '-1', '@channel'],
  ['\tcmd', '\rcmd', 'a=b', 'élève « à »'],
  ['', '', "'already", 'crlf\r\ninside'],
];

describe('spreadsheetCsv', () => {
  it('writes RFC 4180: a BOM, CRLF after each record, quotes only where needed, doubled inside', () => {
    expect(
      spreadsheetCsv([
        ['a', 'b, c'],
        ['say "hi"', ''],
      ]),
    ).toBe('\uFEFFa,"b, c"\r\n"say ""hi""",\r\n');
  });

  it('turns every cell that a spreadsheet would run as a formula into text', () => {
    const lines = spreadsheetCsv(TRICKY).slice(1).split('\r\n');
    expect(lines[1]).toBe("'=SUM(A1:A2),'+33 6 12 34 56 78,'-1,'@channel");
    expect(lines[2]).toBe(`'\tcmd,"'\rcmd",a=b,élève « à »`);
  });

  it.skipIf(!hasPython)('reads back in Python’s csv module cell for cell', async () => {
    expect(await pythonCsv(spreadsheetCsv(TRICKY))).toEqual([
      TRICKY[0],
      ["'=SUM(A1:A2)", "'+33 6 12 34 56 78", "'-1", "'@channel"],
      ["'\tcmd", "'\rcmd", 'a=b', 'élève « à »'],
      TRICKY[3],
    ]);
  });
});
