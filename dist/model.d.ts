/** A param's direction as pypto reads it. `In` is the default (no wrapper). */
export type Direction = 'In' | 'Out' | 'InOut';
/** Directions are ordered In < Out < InOut; the tool only ever raises them. */
export declare function rank(d: Direction): number;
