import { demoSheet } from '../../../../../test/fixtures/fact-check/demo-sheet.js';
import { footballSheet } from '../../../../../test/fixtures/fact-check/football-sheet.js';
import { checkProse } from '../check-prose.js';
import type { ClaimKind, ProseParagraph } from '../claims.js';

const skating = demoSheet();

function about(text: string, kind: ClaimKind, span: string, mentions: ProseParagraph['mentions'] = [], sheet = skating) {
  const claim = checkProse([{ blockIndex: 0, text, mentions }], sheet, 'en').find((c) => c.kind === kind && c.text.includes(span));
  return claim ? { entityId: claim.entityId, verdict: claim.verdict } : null;
}

describe('who a claim is about', () => {
  it.each([
    ["Kok's 1:12.59 was beaten by Leerdam's 1:12.31.", 'TIME', '1:12.59', 'femke-kok'],
    ["Kok's 1:12.59 was beaten by Leerdam's 1:12.31.", 'TIME', '1:12.31', 'jutta-leerdam'],
    ['Leerdam clocked 1:12.31, with Kok on 1:12.59.', 'TIME', '1:12.59', 'femke-kok'],
    ['Miho Takagi, paired with Leerdam in that last race, won bronze in 1:13.95.', 'TIME', '1:13.95', 'miho-takagi'],
    ['Bowe raced alongside Kok and finished 2.24 seconds behind the winner.', 'MARGIN', '2.24', 'brittany-bowe'],
    ['Bowe finished behind Kok, who took silver.', 'MEDAL', 'silver', 'femke-kok'],
    ['Her compatriot Erin Jackson placed sixth.', 'PLACING', 'sixth', 'erin-jackson'],
    ['The 27-year-old Leerdam went last.', 'AGE', '27', 'jutta-leerdam'],
    ['Kok had led after pair 14. She took silver.', 'MEDAL', 'silver', 'femke-kok'],
    // The one who beat the other holds the place, whichever verb says so.
    ...(['edged', 'outpaced', 'outskated', 'overcame', 'got the better of'] as const).map(
      (verb) => [`Miho Takagi ${verb} Brittany Bowe for third place.`, 'PLACING', 'third', 'miho-takagi'] as const,
    ),
  ] as const)('%s (%s %s) → %s', (text, kind, span, entityId) => {
    expect(about(text, kind, span)).toEqual({ entityId, verdict: 'CONFIRMED' });
  });

  it('reads names the desk did not mark, diacritics or not', () => {
    const football = footballSheet();
    expect(about('Odegard scored twice.', 'COUNT', 'twice', [], football)).toEqual({ entityId: 'odegard', verdict: 'CONFIRMED' });
    expect(about('ØDEGÅRD scored twice.', 'COUNT', 'twice', [], football)?.entityId).toBe('odegard');
    expect(about('Penalver, 35, scored.', 'AGE', '35', [], football)).toEqual({ entityId: 'penalver', verdict: 'CONFIRMED' });
  });

  it('prefers the desk’s marked mention over the name in the text', () => {
    const text = 'The champion clocked 1:12.59.';
    expect(about(text, 'TIME', '1:12.59', [{ start: 4, end: 12, targetId: 'femke-kok' }])).toEqual({
      entityId: 'femke-kok',
      verdict: 'CONFIRMED',
    });
  });

  it('does not guess a contradiction: a claim that holds for someone the sentence may be about is confirmed', () => {
    expect(about('Takagi raced with Leerdam in the last pair. She finished third.', 'PLACING', 'third')).toEqual({
      entityId: 'miho-takagi',
      verdict: 'CONFIRMED',
    });
  });

  it('leaves a claim about no one UNVERIFIABLE', () => {
    expect(about('The Dutch skater clocked 1:12.31.', 'TIME', '1:12.31')).toEqual({ entityId: null, verdict: 'UNVERIFIABLE' });
  });

  it('does not check claims inside quotes', () => {
    expect(about('Leerdam said “I won in 1:12.13” and laughed.', 'TIME', '1:12.13')).toBeNull();
  });
});
