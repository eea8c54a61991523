/**
 * `Math` as a module binding. Inside jest's vm context every lookup of a global such as `Math` takes
 * a slow path (about 0.2 µs), and the generator calls these functions millions of times for the
 * benchmark snapshots.
 */
export const math: Pick<Math, 'ceil' | 'floor' | 'imul' | 'max' | 'min' | 'round'> = Math;
