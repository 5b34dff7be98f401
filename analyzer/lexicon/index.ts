/** The shared vocabulary of policy language: one named concept per export, each defined once and tested by its table. */
export * from './build';
export * from './negation';
export * from './frames';
export * from './time';
export * from './subjects';
export * from './tracking';
export * from './promise';
export * from './signals';
export * from './audience';
export * from './data-kinds';
export * from './sale';
export * from './cookies';
export * from './keeping';
export * from './phrase-parts';
export * from './disclosure';
