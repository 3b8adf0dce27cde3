import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS } from './export-labels';
import { EXPORT_CONTENT_SECURITY_POLICY, exportHtml } from './html-export';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import {
  expectedClauseLines,
  expectedRationales,
  normalizeSpace,
} from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

/** Python's HTML parser, as a browser would tokenize the page: elements, attributes and text. */
const READ_HTML = `
import json, sys
from html.parser import HTMLParser

class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text, self.stack = [], [], [], []
        self.headings = []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(name for name, _ in attrs)
        if tag == 'meta':
            self.attributes.append(json.dumps(dict(attrs)))
        self.stack.append(tag)
    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass
    def handle_data(self, data):
        inside = self.stack[-1] if self.stack else ''
        if inside in ('h1', 'h2', 'h3') or (inside == 'span' and 'h2' in self.stack):
            self.headings.append((inside, data))
        if inside not in ('style', 'title'):
            self.text.append(data)

reader = Reader()
reader.feed(sys.stdin.read())
print(json.dumps({'tags': reader.tags, 'attributes': reader.attributes, 'text': ''.join(reader.text), 'headings': reader.headings}))
`;

interface ReadHtml {
  tags: string[];
  attributes: string[];
  text: string;
  headings: [string, string][];
}

const hasPython = requireTool('python3', ['-c', 'import html.parser']);

function hostileProject() {
  const project = createSampleProject();
  project.meta.title = '<script>alert("titre")</script> & “Charte”';
  const [section] = project.sections;
  if (section) section.title = `"><img src=x onerror=alert(1)> & <b>gras</b>`;
  return project;
}

describe('exportHtml', () => {
  it('is one standalone document with a restrictive policy and nothing to run or fetch', () => {
    const html = exportHtml(createSampleProject());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr" data-accent="#1f4e6b">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">`,
    );
    expect(EXPORT_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:",
    );
    // The one picture is the draft mark, drawn inline; nothing else loads anything.
    const [mark, ...otherImages] = html.match(/<img [^>]*>/g) ?? [];
    expect(mark).toMatch(/^<img alt="" src="data:image\/svg\+xml,[^"]+">$/);
    expect(otherImages).toEqual([]);
    expect(html.replace(mark ?? '', '')).not.toMatch(/<script|<link|<iframe|<img|\bsrc=|@import/i);
    // The only links lead within the page; the only URLs are the fonts, inlined.
    for (const [, href] of html.matchAll(/\bhref="([^"]*)"/g)) expect(href).toMatch(/^#[\w.-]+$/);
    for (const [, url] of html.matchAll(/url\(([^)]{0,30})/g))
      expect(url).toMatch(/^data:font\/woff2;base64,/);
  });

  it('escapes every text it writes', () => {
    const html = exportHtml(hostileProject());
    expect(html).toContain('&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt; &amp; “Charte”');
    expect(html).toContain('Société Dupré &amp; Fils &lt;SA&gt;');
    expect(html).toContain(
      '&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;gras&lt;/b&gt;',
    );
    expect(html).toContain('tel que &lt;script&gt;alert(1)&lt;/script&gt;.');
    expect(html).not.toContain('<SA>');
  });

  it('writes fixed words in the charter language, or with the labels it is given', () => {
    const project = createSampleProject();
    expect(exportHtml(project)).toContain('Version 2 · Validation demandée');
    expect(exportHtml(project)).toContain('<th scope="col">Décision</th>');
    project.meta.language = 'en';
    const english = exportHtml(project);
    expect(english).toContain('<html lang="en" ');
    expect(english).toContain('Version 2 · Sign-off requested');
    expect(english).toContain('Why this rule?');
    expect(exportHtml(project, { labels: EXPORT_LABELS.fr })).toContain(
      'Pourquoi cette règle\u202f?',
    );
  });

  it('leaves owners out unless asked, since employees read them as the person in charge', () => {
    const project = createSampleProject();
    expect(exportHtml(project)).not.toContain('class="owner"');
    expect(exportHtml(project)).not.toContain('Responsable');
    project.meta.language = 'en';
    expect(exportHtml(project, { includeOwners: true })).toContain('Owner: Human resources');
  });

  it('shows the owner of a clause, when asked, only where it differs from its section', () => {
    const html = exportHtml(createSampleProject(), { includeOwners: true });
    const owners = [...html.matchAll(/<p class="owner">([^<]*)<\/p>/g)].map((match) => match[1]);
    expect(owners).toEqual([
      'Responsable\u202f: Ressources humaines',
      'Responsable\u202f: Communication',
      'Responsable\u202f: Communication',
      'Responsable\u202f: Informatique',
      'Responsable\u202f: Juridique',
      'Responsable\u202f: Ressources humaines',
    ]);
  });

  it('shows a rationale under its clause, titled in the charter language, and no empty one', () => {
    const project = createSampleProject();
    const emptied = project.sections[2]?.clauses[0];
    if (emptied) emptied.rationale = ' ';
    const html = exportHtml(project);
    expect(html.match(/<aside class="rationale">/g)).toHaveLength(1);
    expect(html).toMatch(
      /<article class="clause" id="clause-conduct\.principles">[\s\S]*?<\/div>\n<aside class="rationale">\n<p class="rationale-title">Pourquoi cette règle\u202f\?<\/p>\n<p>Les informations internes \(résultats, projets de R&amp;D\)[^<]*<\/p>\n<\/aside>\n<\/article>/,
    );
    project.meta.language = 'en';
    expect(exportHtml(project)).toContain('<p class="rationale-title">Why this rule?</p>');
  });

  it('still renders a preview before the company is named, and without approvals', () => {
    const project = createSampleProject();
    delete project.answers['company.name'];
    project.approvals = [];
    const html = exportHtml(project);
    // The cover keeps its accent rule, as the DOCX does, with no name under it.
    expect(html).toContain('<p class="company"></p>');
    expect(html).not.toContain('class="approvals"');
    expect(html).toContain('<h1>Charte d’utilisation des réseaux sociaux</h1>');
  });
});

describe.skipIf(!hasPython)('exportHtml read by an HTML parser', () => {
  it('has no script element, one policy, the headings of the charter and every clause text', async () => {
    const project = hostileProject();
    const read = JSON.parse(
      await runTool('python3', ['-c', READ_HTML], { input: exportHtml(project) }),
    ) as ReadHtml;
    expect(read.tags).not.toContain('script');
    // The draft mark alone; the section title's <img> stayed text.
    expect(read.tags.filter((tag) => tag === 'img')).toHaveLength(1);
    expect(read.attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(read.attributes.filter((name) => name.includes('Content-Security-Policy'))).toHaveLength(
      1,
    );
    expect(read.tags.filter((tag) => tag === 'h1')).toHaveLength(1);
    expect(read.headings.filter(([tag]) => tag === 'h1').map(([, text]) => text)).toEqual([
      project.meta.title,
    ]);
    // Each title after its number, which is in a span of its own.
    expect(read.headings.filter(([tag]) => tag === 'h3').map(([, text]) => text.trim())).toEqual(
      project.sections.flatMap((section) =>
        section.clauses.flatMap((clause) => (clause.title ? [clause.title] : [])),
      ),
    );
    const text = normalizeSpace(read.text);
    expect(text).toContain(SAMPLE_COMPANY);
    expect(text).toContain(`Article 1 — ${project.sections[0]?.title}`);
    for (const { clauseId, line } of expectedClauseLines(project))
      expect(text, clauseId).toContain(line);
    for (const { clauseId, rationale } of expectedRationales(project))
      expect(text, clauseId).toContain(`Pourquoi cette règle ? ${rationale}`);
  });
});
