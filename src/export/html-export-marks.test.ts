import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { selectVersion } from '../signoff/select-version';
import { exportFingerprint } from './export-document';
import { exportHtml } from './html-export';
import { RENDERER_CONTENT_SECURITY_POLICY } from '../host/content-security-policy';
import { fontFaceCss } from './fonts/charter-fonts';
import { CHARTER_STYLES } from './html-styles';
import { createSampleProject } from './sample-project.fixture';
import { createSignedOffSample } from './test-support/signed-off-project';

const draft = createSampleProject();
const signedOff = selectVersion(createSignedOffSample().project);
const fingerprint = exportFingerprint(signedOff);

/** The number of letters drawn in the page's draft mark. */
function markPaths(html: string): number {
  const source =
    /<div class="draft-mark" aria-hidden="true"><img alt="" src="data:image\/svg\+xml,([^"]+)"><\/div>/.exec(
      html,
    )?.[1];
  const svg = decodeURIComponent(source ?? '');
  return [...svg.matchAll(/<path [^>]*d="M[^"]+"\/>/g)].length;
}

describe('exportHtml marks', () => {
  it('lays PROJET across a draft, hidden from screen readers, and DRAFT in English', () => {
    const html = exportHtml(draft, { fingerprint });
    expect(html.match(/class="draft-mark"/g)).toHaveLength(1);
    // Drawn, not written: one stroked path per letter, and no word for extraction to read.
    expect(markPaths(html)).toBe(6);
    expect(html).not.toMatch(/>PROJET</);
    // Fixed: Chromium prints it on every page.
    expect(html).toMatch(/\.draft-mark \{\n {2}position: fixed;/);
    const english = { ...draft, meta: { ...draft.meta, language: 'en' as const } };
    expect(markPaths(exportHtml(english))).toBe(5);
    expect(exportHtml(signedOff, { fingerprint })).not.toContain('class="draft-mark"');
  });

  it('styles its marks in the fixed stylesheets the app’s policy allows by hash', () => {
    const html = exportHtml(draft, { fingerprint, pageFrame: false });
    expect(html.match(/<style>/g)).toHaveLength(2);
    expect(html).toContain(`<style>${CHARTER_STYLES}</style>`);
    expect(html).toContain(`<style>${fontFaceCss()}</style>`);
    expect(CHARTER_STYLES).toContain('.draft-mark {');
    for (const css of [CHARTER_STYLES, fontFaceCss()]) {
      const hash = createHash('sha256').update(css).digest('base64');
      expect(RENDERER_CONTENT_SECURITY_POLICY).toContain(`'sha256-${hash}'`);
    }
  });

  it('carries the full fingerprint in a <meta>, the keywords and the footer', () => {
    const html = exportHtml(signedOff, { fingerprint });
    expect(html).toContain(`<meta name="charter-fingerprint" content="${fingerprint}">`);
    expect(html).toMatch(
      new RegExp(`<meta name="keywords" content="charte, réseaux sociaux, [^"]*, ${fingerprint}">`),
    );
    expect(html).toContain(
      `<meta name="description" content="Charte d’utilisation des réseaux sociaux — Société Dupré &amp; Fils &lt;SA&gt; — Version 2 · Validée — ${fingerprint}">`,
    );
    expect(html).toContain(
      `<footer class="document-footer">Société Dupré &amp; Fils &lt;SA&gt; · Version 2 · Validée<br>Empreinte <code>${fingerprint}</code></footer>`,
    );
  });

  it('has no fingerprint in a preview, which changes at each keystroke', () => {
    const html = exportHtml(draft);
    expect(html).not.toContain('charter-fingerprint');
    expect(html).not.toContain('Empreinte <code>');
    expect(html).toContain('<footer class="document-footer">');
  });

  it('shows a signed-off version’s approvals as a table with row and column headings', () => {
    const html = exportHtml(signedOff, { fingerprint });
    const section =
      /<section class="approvals" id="approvals">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(
      [...section.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((match) => match[1]),
    ).toEqual(['Fonction', 'Nom', 'Décision', 'Date', 'Signature']);
    const rows = [...section.matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map((match) =>
      (match[1] ?? '')
        .split(/<\/t[hd]><td[^>]*>/)
        .map((cell) => cell.replace(/<br>.*|<\/td>$/, '')),
    );
    expect(rows).toEqual([
      ['Ressources humaines', 'Claire Martin', 'Approuvée', '1er mars 2026', 'non signée'],
      ['Juridique', 'Maître Élodie Fournier', 'Refusée', '2 mars 2026', 'non signée'],
      ['Juridique', 'Maître Élodie Fournier', 'Approuvée', '1er avril 2026', 'signée (Ed25519)'],
      ['Informatique', 'Karim Benali', 'Approuvée', '2 avril 2026', 'signée (Ed25519)'],
    ]);
    expect(section).toContain(
      `<p class="fingerprint">Décisions prises sur le texte d’empreinte<br><code>${fingerprint}</code></p>\n</section>`,
    );
  });
});
