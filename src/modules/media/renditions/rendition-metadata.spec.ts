import { embeddedMetadata } from './rendition-metadata.js';

const NONE = { credit: null, copyrightNotice: null, creators: [], webStatement: null, licensorUrl: null };

describe('embeddedMetadata', () => {
  it('writes nothing when there is nothing to credit', () => {
    expect(embeddedMetadata({ ...NONE, credit: '  ', creators: [' '] })).toEqual({ exif: null, xmp: null });
  });

  it('puts the creators and copyright in EXIF, and creator, rights and credit in XMP', () => {
    const { exif, xmp } = embeddedMetadata({
      credit: 'AFP via Getty Images',
      copyrightNotice: '© 2026 AFP',
      creators: ['Kirill Kudryavtsev', 'Anne-Christine Poujoulat'],
      webStatement: 'https://www.gettyimages.com/eula',
      licensorUrl: 'https://www.gettyimages.com/detail/1',
    });
    expect(exif).toEqual({ IFD0: { Artist: 'Kirill Kudryavtsev; Anne-Christine Poujoulat', Copyright: '© 2026 AFP' } });
    expect(xmp).toContain(
      '<dc:creator><rdf:Seq><rdf:li>Kirill Kudryavtsev</rdf:li><rdf:li>Anne-Christine Poujoulat</rdf:li></rdf:Seq></dc:creator>',
    );
    expect(xmp).toContain('<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2026 AFP</rdf:li></rdf:Alt></dc:rights>');
    expect(xmp).toContain('<photoshop:Credit>AFP via Getty Images</photoshop:Credit>');
    expect(xmp).toContain('<xmpRights:WebStatement>https://www.gettyimages.com/eula</xmpRights:WebStatement>');
    expect(xmp).toContain('<plus:LicensorURL>https://www.gettyimages.com/detail/1</plus:LicensorURL>');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const { xmp } = embeddedMetadata({ ...NONE, credit: 'Smith & Sons <Photo> "quoted"\u0000\u0007 \uD800x' });
    expect(xmp).toContain('<photoshop:Credit>Smith &amp; Sons &lt;Photo&gt; &quot;quoted&quot; x</photoshop:Credit>');
  });
});
