/** Training-session registry: the public rules. */
export * from './session';
export * from './seats';
export * from './times';
export * from './ics';
export * from './csv';
