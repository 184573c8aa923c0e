/**
 * The errors raised in src/io/, keyed by their code, in Korean and English. A message names where
 * a value is and what kind it looks like, never the value itself.
 */

const ko = {} satisfies Record<string, unknown>;

const en: typeof ko = {};

export const ioErrors = { ko, en };
