import {
  decodeIimText,
  isHttpUrl,
  parseExifDate,
  parseIimDate,
  parseXmpDate,
  toCountryIso2,
  withoutControlCharacters,
} from './metadata-values.js';

/** A string the way exifr gives IIM text: one character per byte. */
const bytes = (text: string, encoding: BufferEncoding) => Buffer.from(text, encoding).toString('latin1');

describe('decodeIimText', () => {
  it.each([
    ['ASCII', bytes('Getty Images', 'latin1'), 'Getty Images'],
    ['UTF-8 bytes', bytes('Søren Jørgensen, München, 高木美帆', 'utf8'), 'Søren Jørgensen, München, 高木美帆'],
    ['ISO-8859-1 bytes', bytes('Søren Jørgensen, Müller, © 2026', 'latin1'), 'Søren Jørgensen, Müller, © 2026'],
  ])('reads %s', (_case, input, expected) => {
    expect(decodeIimText(input)).toBe(expected);
  });
});

describe('toCountryIso2', () => {
  it.each([
    ['IT', 'IT'],
    ['it', 'IT'],
    [' nl ', 'NL'],
    ['ITA', 'IT'],
    ['deu', 'DE'],
    ['XK', 'XK'],
    ['Holland', null],
    ['ZZ', null],
    ['UK', null],
    ['', null],
  ])('%j → %j', (code, expected) => {
    expect(toCountryIso2(code)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-09T16:42:10+01:00', '2026-02-09T15:42:10.000Z'],
    ['2026-02-09T16:42:10.25Z', '2026-02-09T16:42:10.250Z'],
    ['2026-02-09T16:42', '2026-02-09T16:42:00.000Z'],
    ['2026-02-09', '2026-02-09T00:00:00.000Z'],
    ['2026-02', '2026-02-01T00:00:00.000Z'],
    ['2026', '2026-01-01T00:00:00.000Z'],
    ['2026:02:09 16:42:10-0500', '2026-02-09T21:42:10.000Z'],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['yesterday', null],
  ])('XMP %j', (text, expected) => {
    expect(parseXmpDate(text)?.toISOString() ?? null).toBe(expected);
  });

  it.each([
    ['20260209', '164210+0100', '2026-02-09T15:42:10.000Z'],
    ['20260209', null, '2026-02-09T00:00:00.000Z'],
    ['20260000', null, '2026-01-01T00:00:00.000Z'],
    ['2026-02-09', null, null],
    ['20260209', '4pm', null],
  ])('IIM %j %j', (date, time, expected) => {
    expect(parseIimDate(date, time)?.toISOString() ?? null).toBe(expected);
  });

  it.each([
    ['2026:02:09 16:42:10', '+01:00', '2026-02-09T15:42:10.000Z'],
    ['2026:02:09 16:42:10', null, '2026-02-09T16:42:10.000Z'],
    ['0000:00:00 00:00:00', null, null],
    ['2026:02:09 16:42:10', 'CET', null],
  ])('EXIF %j %j', (dateTime, offset, expected) => {
    expect(parseExifDate(dateTime, offset)?.toISOString() ?? null).toBe(expected);
  });
});

describe('withoutControlCharacters', () => {
  it('removes NUL, other C0 controls and lone surrogates, keeping tabs and line breaks', () => {
    expect(withoutControlCharacters('A\u0000P\u0007\tx\ny\ud800z😀')).toEqual({ text: 'AP\tx\nyz😀', removed: true });
    expect(withoutControlCharacters('clean')).toEqual({ text: 'clean', removed: false });
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://www.gettyimages.example/eula', true],
    ['http://ap.example', true],
    ['www.gettyimages.com/eula', false],
    ['ftp://files.example/x', false],
    ['https://a b.example', false],
  ])('%j → %j', (text, expected) => {
    expect(isHttpUrl(text)).toBe(expected);
  });
});
