import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../export/docx-export';
import { CharterError } from '../errors/charter-error';
import { commentedProject } from '../review/test-support/commented-project';
import { readWordComments } from './read-word-comments';
import { xmlEvents } from './xml-events';

/** Runs `read`; a CharterError is an answer, any other failure fails the property. */
function refusedOrRead(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof CharterError)) throw error;
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/\.docx|XML/);
  }
}

let reviewed: Uint8Array;
beforeAll(async () => {
  reviewed = await exportDocx(await commentedProject(), { includeComments: true });
});

describe('Word comment import, property-based', () => {
  it('any bytes: comments or a clear refusal, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        refusedOrRead(() => readWordComments(bytes, 'fuzz.docx'));
      }),
      { numRuns: 1_000 },
    );
  });

  it('a reviewed document damaged anywhere: comments or a clear refusal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat()),
        (flips, cut) => {
          const bytes = reviewed.slice(0, cut === null ? undefined : cut % reviewed.length);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          refusedOrRead(() => readWordComments(bytes, 'fuzz.docx'));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('any text as a WordprocessingML part: its events or a clear refusal', () => {
    const markup = fc.constantFrom(
      '<w:p>',
      '</w:p>',
      '<w:t xml:space="preserve">',
      '</w:t>',
      '<w:commentRangeStart w:id="1"/>',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      '&e;',
      '&amp;',
      '&#x110000;',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?xml version="1.0"?>',
      '<',
      '>',
      '"',
      "'",
      '=',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(markup, fc.string({ maxLength: 8 })), { maxLength: 40 }),
        (parts) => {
          refusedOrRead(() => xmlEvents(parts.join(''), 'fuzz.docx (word/document.xml)'));
        },
      ),
      { numRuns: 1_500 },
    );
  });
});
