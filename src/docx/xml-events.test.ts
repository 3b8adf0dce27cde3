import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { xmlEvents } from './xml-events';

describe('xmlEvents', () => {
  it('reads elements, attributes, text, entities and CDATA', () => {
    const xml = `<?xml version="1.0"?><!-- c --><w:p w14:paraId='0A'><w:t xml:space="preserve">a &lt;b&gt; &amp; &#233;&#x2019;</w:t><w:tab/><![CDATA[<x>]]></w:p>`;
    expect(xmlEvents(xml, 'part')).toEqual([
      { type: 'open', name: 'w:p', attributes: { 'w14:paraId': '0A' } },
      { type: 'open', name: 'w:t', attributes: { 'xml:space': 'preserve' } },
      { type: 'text', text: 'a <b> & é’' },
      { type: 'close', name: 'w:t' },
      { type: 'open', name: 'w:tab', attributes: {} },
      { type: 'close', name: 'w:tab' },
      { type: 'text', text: '<x>' },
      { type: 'close', name: 'w:p' },
    ]);
  });

  it('refuses DOCTYPE and ENTITY declarations, so no entity is ever expanded or fetched', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><w:t>&lol2;</w:t>`;
    const external = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:t>&xxe;</w:t>`;
    for (const xml of [laughs, external])
      expect(() => xmlEvents(xml, 'a.docx (word/document.xml)')).toThrow(
        /^a\.docx \(word\/document\.xml\) holds a DOCTYPE or ENTITY declaration.*save it again as \.docx\.$/,
      );
  });

  it('refuses unknown entities and broken markup as a damaged document', () => {
    for (const xml of ['<w:t>&nbsp;</w:t>', '<w:t>a & b</w:t>', '<w:t', '<w:t a=1>', '<>'])
      expect(() => xmlEvents(xml, 'part'), xml).toThrow(
        new CharterError(
          'invalid-file',
          'part is not well-formed XML: the document is damaged. Open it in Word or LibreOffice and save it again as .docx.',
        ),
      );
  });
});
