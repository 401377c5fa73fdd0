import { missingFields, type PublishableFields } from './media-issues.js';

const complete: PublishableFields = {
  caption: 'Jutta Leerdam celebrates',
  altText: 'A skater in orange raises her arms',
  webStatement: null,
  usageTerms: 'Editorial use only',
  copyrightNotice: null,
};

describe('missingFields', () => {
  it.each<[string, Partial<PublishableFields>, string | null, string[]]>([
    ['nothing when complete', {}, 'Getty Images', []],
    ['CREDIT without a credit', {}, null, ['CREDIT']],
    ['CREDIT with a blank credit', {}, '  ', ['CREDIT']],
    ['ALT_TEXT', { altText: null }, 'Getty Images', ['ALT_TEXT']],
    ['CAPTION when blank', { caption: ' ' }, 'Getty Images', ['CAPTION']],
    ['RIGHTS when no rights field is set', { usageTerms: null }, 'Getty Images', ['RIGHTS']],
    ['no RIGHTS with a web statement only', { usageTerms: null, webStatement: 'https://www.gettyimages.com/eula' }, 'x', []],
    ['no RIGHTS with a copyright notice only', { usageTerms: '', copyrightNotice: '© 2026 Getty Images' }, 'x', []],
    ['everything, in order', { caption: null, altText: null, usageTerms: null }, null, ['CREDIT', 'ALT_TEXT', 'CAPTION', 'RIGHTS']],
  ])('%s', (_, change, credit, expected) => {
    expect(missingFields({ ...complete, ...change }, credit)).toEqual(expected);
  });
});
