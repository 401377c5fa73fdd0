import { XmlError } from './xml-tree.js';
import { readXmpPacket, xmpKey, XmpNs, xmpStruct, xmpText, xmpTexts } from './xmp-packet.js';

const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';
const packet = (body: string, namespaces = '') =>
  `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ${RDF}>` +
  `<rdf:Description rdf:about="" ${namespaces}>${body}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
const PS = 'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"';
const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';

const credit = (xml: string) => xmpText(readXmpPacket(xml).properties.get(xmpKey(XmpNs.photoshop, 'Credit')));
const description = (xml: string) => xmpText(readXmpPacket(xml).properties.get(xmpKey(XmpNs.dc, 'description')));

describe('readXmpPacket', () => {
  it.each([
    ['element text', packet('<photoshop:Credit>AP</photoshop:Credit>', PS), 'AP'],
    ['an attribute', packet('', `${PS} photoshop:Credit="AP"`), 'AP'],
    [
      'predefined entities and character references',
      packet('<photoshop:Credit>Smith &amp; Sons&#39; &#x4E2D;&lt;</photoshop:Credit>', PS),
      "Smith & Sons' 中<",
    ],
    ['an entity in an attribute', packet('', `${PS} photoshop:Credit="A&quot;B"`), 'A"B'],
    ['CDATA', packet('<photoshop:Credit><![CDATA[<AP>]]></photoshop:Credit>', PS), '<AP>'],
    ['text that looks like a number, kept as written', packet('<photoshop:Credit>0012</photoshop:Credit>', PS), '0012'],
    ['the namespace bound to another prefix', packet('<ps:Credit>AP</ps:Credit>', 'xmlns:ps="http://ns.adobe.com/photoshop/1.0/"'), 'AP'],
    [
      'a packet without x:xmpmeta, after garbage bytes',
      `XML:com.adobe.xmp\0\0<rdf:RDF ${RDF}><rdf:Description ${PS} photoshop:Credit="AP"/></rdf:RDF>\0\0`,
      'AP',
    ],
  ])('reads %s', (_case, xml, expected) => {
    expect(credit(xml)).toBe(expected);
  });

  it('takes the first of two descriptions giving the same property', () => {
    const xml = `<rdf:RDF ${RDF}><rdf:Description ${PS} photoshop:Credit="First"/><rdf:Description ${PS} photoshop:Credit="Second"/></rdf:RDF>`;
    expect(credit(xml)).toBe('First');
  });

  it.each([
    ['x-default wherever it is', '<rdf:li xml:lang="nl">Nederlands</rdf:li><rdf:li xml:lang="x-default">Default</rdf:li>', 'Default'],
    ['the first without an x-default', '<rdf:li xml:lang="nl">Nederlands</rdf:li><rdf:li xml:lang="de">Deutsch</rdf:li>', 'Nederlands'],
  ])('picks from a language alternative %s', (_case, items, expected) => {
    expect(description(packet(`<dc:description><rdf:Alt>${items}</rdf:Alt></dc:description>`, DC))).toBe(expected);
  });

  it('reads ordered and unordered lists in order', () => {
    const xml = packet(
      '<dc:creator><rdf:Seq><rdf:li>B</rdf:li><rdf:li>A</rdf:li></rdf:Seq></dc:creator><dc:subject><rdf:Bag><rdf:li>x</rdf:li></rdf:Bag></dc:subject>',
      DC,
    );
    const { properties } = readXmpPacket(xml);
    expect(xmpTexts(properties.get(xmpKey(XmpNs.dc, 'creator')))).toEqual(['B', 'A']);
    expect(xmpTexts(properties.get(xmpKey(XmpNs.dc, 'subject')))).toEqual(['x']);
  });

  it.each([
    ['parseType="Resource"', '<rdf:li rdf:parseType="Resource"><plus:LicensorURL>https://l.example</plus:LicensorURL></rdf:li>'],
    [
      'a nested rdf:Description',
      '<rdf:li><rdf:Description><plus:LicensorURL>https://l.example</plus:LicensorURL></rdf:Description></rdf:li>',
    ],
    ['attributes of the item', '<rdf:li plus:LicensorURL="https://l.example"/>'],
  ])('reads a struct in a list written with %s', (_case, item) => {
    const xml = packet(`<plus:Licensor><rdf:Seq>${item}</rdf:Seq></plus:Licensor>`, 'xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"');
    const licensor = xmpStruct(readXmpPacket(xml).properties.get(xmpKey(XmpNs.plus, 'Licensor')));
    expect(xmpText(licensor?.get(xmpKey(XmpNs.plus, 'LicensorURL')))).toBe('https://l.example');
  });

  it('gives the packet as JSON under conventional prefixes', () => {
    const xml = packet(
      '<ps:Credit>AP</ps:Credit><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© AP</rdf:li></rdf:Alt></dc:rights>',
      `xmlns:ps="http://ns.adobe.com/photoshop/1.0/" ${DC}`,
    );
    expect(readXmpPacket(xml).json).toEqual({ 'photoshop:Credit': 'AP', 'dc:rights': { 'x-default': '© AP' } });
  });

  it.each([
    ['an unclosed element', packet('<photoshop:Credit>AP', PS)],
    ['crossed tags', packet('<photoshop:Credit><b>AP</photoshop:Credit></b>', PS)],
    ['an undeclared prefix', packet('<photoshop:Credit>AP</photoshop:Credit>')],
    ['an unknown entity', packet('<photoshop:Credit>&nbsp;</photoshop:Credit>', PS)],
    ['a bare ampersand', packet('<photoshop:Credit>A & B</photoshop:Credit>', PS)],
    ['a DOCTYPE (no entity expansion, ever)', `<!DOCTYPE x [<!ENTITY a "aaaa">]><rdf:RDF ${RDF}/>`],
    ['no XML at all', 'not xml'],
  ])('refuses %s', (_case, xml) => {
    expect(() => readXmpPacket(xml)).toThrow(XmlError);
  });
});
