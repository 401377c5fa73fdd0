import { isPrivateAddress } from './network-policy.js';
import { retryDelayMs } from './retry-schedule.js';

describe('isPrivateAddress', () => {
  it.each<[string, boolean]>([
    ['127.0.0.1', true],
    ['10.20.30.40', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it.each<[number, number, number]>([
    [1, 30_000, 30_000],
    [2, 30_000, 60_000],
    [3, 30_000, 120_000],
    [7, 30_000, 1_920_000],
    [1, 100, 100],
    [4, 100, 800],
    [30, 30_000, 6 * 60 * 60 * 1000],
  ])('after attempt %i with base %i ms: %i ms', (attempt, base, expected) => {
    expect(retryDelayMs(attempt, base)).toBe(expected);
  });
});
