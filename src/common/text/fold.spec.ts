import { foldKey, foldText, originalSpan } from './fold.js';

describe('foldText', () => {
  it.each([
    ['Ødegaard', 'odegaard'],
    ['ØDEGAARD', 'odegaard'],
    ['Sáblíková', 'sablikova'],
    ['Wüst', 'wust'],
    ['Gaßner', 'gassner'],
    ['Małgorzata', 'malgorzata'],
    ['Đoković', 'dokovic'],
    ['Þór', 'thor'],
    ['Cœur', 'coeur'],
    ['Æsir', 'aesir'],
    ['Çelik', 'celik'],
    ['Leerdam\u2019s', "leerdam's"],
    ['women\u2019s 1000\u00a0m', "women's 1000 m"],
    ['Rijpma\u2013de Jong', 'rijpma-de jong'],
    ['e\u0301lodie', 'elodie'],
    ['two  spaces\n\tand  more', 'two spaces and more'],
    ['高木 美帆', '高木 美帆'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text).text).toBe(folded);
  });

  it('maps every folded unit back to the characters it came from, across expansions, removals and surrogate pairs', () => {
    const text = 'Æ 😀 Ødegaard\u2019s  goal: Gaßner';
    const folded = foldText(text);
    expect(folded.text).toBe("ae 😀 odegaard's goal: gassner");
    const span = (needle: string) => {
      const from = folded.text.indexOf(needle);
      const { start, end } = originalSpan(folded, from, from + needle.length);
      return text.slice(start, end);
    };
    expect(span('odegaard')).toBe('Ødegaard');
    expect(span('ae')).toBe('Æ');
    expect(span('😀')).toBe('😀');
    expect(span('gassner')).toBe('Gaßner');
    expect(span("'s goal")).toBe('\u2019s  goal');
    expect(folded.starts).toHaveLength(folded.text.length);
    expect(folded.ends).toHaveLength(folded.text.length);
  });

  it('keeps the mapping right for text that grows past its first allocation', () => {
    const text = 'Æ'.repeat(40);
    const folded = foldText(text);
    expect(folded.text).toBe('ae'.repeat(40));
    expect(originalSpan(folded, 78, 80)).toEqual({ start: 39, end: 40 });
  });

  it('folds a name to its dictionary key, trimmed', () => {
    expect(foldKey('  Martin Ødegaard ')).toBe('martin odegaard');
  });

  it.each(['Ødegaard', '  Æ  😀 Gaßner\t', 'e\u0301lodie  ', 'Leerdam\u2019s', '\ud800', 'Rijpma\u2013de  Jong', '高木 美帆', ''])(
    'keys %j as the folded text trimmed',
    (name) => {
      expect(foldKey(name)).toBe(foldText(name).text.trim());
    },
  );
});
