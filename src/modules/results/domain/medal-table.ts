export interface MedalCount {
  nocCode: string;
  gold: number;
  silver: number;
  bronze: number;
}

export interface RankedMedalCount extends MedalCount {
  rank: number;
  total: number;
}

/** Orders by gold, then silver, then bronze (the IOC table); equal counts share a rank, ties listed by code. */
export function rankMedalTable(rows: readonly MedalCount[]): RankedMedalCount[] {
  const sorted = [...rows].sort(
    (a, b) => b.gold - a.gold || b.silver - a.silver || b.bronze - a.bronze || a.nocCode.localeCompare(b.nocCode),
  );
  const ranked: RankedMedalCount[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked.at(-1);
    const tied = previous && previous.gold === row.gold && previous.silver === row.silver && previous.bronze === row.bronze;
    ranked.push({ ...row, total: row.gold + row.silver + row.bronze, rank: tied ? previous.rank : i + 1 });
  });
  return ranked;
}
