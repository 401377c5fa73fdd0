import { alignBlocks, type BlockAlignment } from './block-alignment.js';

/** Blocks written as "id:type"; the same id means the same unchanged block. */
const blocks = (spec: string) =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const [id, type] = item.split(':');
      return { id, type };
    });

/** An alignment written compactly: "=0/0" unchanged, "~1/1" changed, "+/2" added, "-3/" removed, ">0/2" moved. */
const show = (lines: BlockAlignment[]) =>
  lines
    .map((l) => {
      const sign = { UNCHANGED: '=', CHANGED: '~', ADDED: '+', REMOVED: '-', MOVED: '>' }[l.kind];
      return `${sign}${l.beforeIndex ?? ''}/${l.afterIndex ?? ''}`;
    })
    .join(' ');

describe('alignBlocks', () => {
  it.each([
    ['identical bodies', 'a:P b:H c:P', 'a:P b:H c:P', '=0/0 =1/1 =2/2'],
    ['a paragraph edited in place', 'a:P b:P c:P', 'a:P x:P c:P', '=0/0 ~1/1 =2/2'],
    ['a block added in the middle', 'a:P c:P', 'a:P b:H c:P', '=0/0 +/1 =1/2'],
    ['a block removed', 'a:P b:H c:P', 'a:P c:P', '=0/0 -1/ =2/1'],
    ['an edit of another type is a removal and an addition', 'a:P b:H c:P', 'a:P x:Q c:P', '=0/0 -1/ +/1 =2/2'],
    ['edited blocks pair with their own type in order', 'a:P b:H c:P d:P', 'a:P x:H y:P d:P', '=0/0 ~1/1 ~2/2 =3/3'],
    ['an edit beside an insertion of the same type', 'a:P b:P z:H', 'a:P x:P y:P z:H', '=0/0 ~1/1 +/2 =2/3'],
    ['a block moved to the end', 'a:P b:H c:P', 'b:H c:P a:P', '=1/0 =2/1 >0/2'],
    ['a block moved to the start', 'a:P b:H c:P', 'c:P a:P b:H', '>2/0 =0/1 =1/2'],
    ['everything new', 'a:P b:P', 'x:H y:Q', '-0/ -1/ +/0 +/1'],
    ['from nothing', '', 'a:P b:H', '+/0 +/1'],
    ['to nothing', 'a:P b:H', '', '-0/ -1/'],
    ['edits on both sides of a kept block', 'a:P k:H b:P', 'x:P k:H y:P', '~0/0 =1/1 ~2/2'],
  ])('%s', (_name, before, after, expected) => {
    expect(show(alignBlocks(blocks(before), blocks(after)))).toBe(expected);
  });

  it('mentions every block of both bodies exactly once', () => {
    const before = blocks('a:P b:H c:P d:Q e:P f:I');
    const after = blocks('x:P c:P a:P y:H f:I z:P e:P');
    const lines = alignBlocks(before, after);
    const beforeSeen = lines.map((l) => l.beforeIndex).filter((i) => i !== null);
    const afterSeen = lines.map((l) => l.afterIndex).filter((j) => j !== null);
    expect([...beforeSeen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(afterSeen).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const line of lines.filter((l) => l.kind === 'CHANGED')) {
      expect(before[line.beforeIndex!].type).toBe(after[line.afterIndex!].type);
    }
  });
});
