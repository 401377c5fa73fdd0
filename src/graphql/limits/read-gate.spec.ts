import { Gate } from './read-gate.js';

describe('Gate', () => {
  it('grants up to its capacity at once, then queues in order', async () => {
    const gate = new Gate(2);
    const first = await gate.acquire(1000);
    const second = await gate.acquire(1000);
    expect(gate.active).toBe(2);
    const order: string[] = [];
    const third = gate.acquire(1000).then((release) => {
      order.push('third');
      return release;
    });
    const fourth = gate.acquire(1000).then((release) => {
      order.push('fourth');
      return release;
    });
    first?.();
    (await third)?.();
    second?.();
    (await fourth)?.();
    expect(order).toEqual(['third', 'fourth']);
    expect(gate.active).toBe(0);
  });

  it('gives up after the timeout, and a late release does not count twice', async () => {
    const gate = new Gate(1);
    const held = await gate.acquire(1000);
    expect(await gate.acquire(20)).toBeNull();
    held?.();
    held?.();
    expect(gate.active).toBe(0);
    const again = await gate.acquire(20);
    expect(again).not.toBeNull();
    expect(gate.active).toBe(1);
  });
});
