import { describe, expect, it } from 'vitest';
import { pdfFooterTemplate, pdfHeaderTemplate } from './pdf-layout';

describe('PDF header and footer templates', () => {
  it('escape their text and let Chromium fill in the page numbers', () => {
    const options = {
      headerTitle: 'Charte <b>&</b>',
      footerLabel: 'Dupré & Fils <SA>',
      language: 'en',
    } as const;
    expect(pdfHeaderTemplate(options)).toContain('Charte &lt;b&gt;&amp;&lt;/b&gt;');
    const footer = pdfFooterTemplate(options);
    expect(footer).toContain('Dupré &amp; Fils &lt;SA&gt;');
    expect(footer).toContain(
      'Page <span class="pageNumber"></span> / <span class="totalPages"></span>',
    );
    expect(footer).toMatch(/font: 7\.5pt/);
    expect(footer).not.toMatch(/<SA>|<b>/);
  });
});
