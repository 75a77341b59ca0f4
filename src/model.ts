/** A param's direction as pypto reads it. `In` is the default (no wrapper). */
export type Direction = 'In' | 'Out' | 'InOut';

const RANK: Record<Direction, number> = { In: 0, Out: 1, InOut: 2 };

/** Directions are ordered In < Out < InOut; the tool only ever raises them. */
export function rank(d: Direction): number {
  return RANK[d];
}
