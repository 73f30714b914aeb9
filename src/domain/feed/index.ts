/** Internal blog and good-practice feed: the public rules. */
export * from './post';
export * from './keywords';
export * from './plainText';
export * from './sanitize';
export * from './writingHelp';
export * from './feed';
