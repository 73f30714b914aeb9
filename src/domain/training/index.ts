/** Training-session registry: the public rules. */
export * from './session';
export * from './seats';
export * from './log';
export * from './times';
export * from './ics';
export * from './csv';
export * from './forYou';
export * from './notices';
