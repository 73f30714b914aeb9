/** Plan submissions: the form model, its validation, the review workflow, review aids and the queue. */
export * from './plan';
export * from './validation';
export * from './workflow';
export * from './review';
export * from './queue';
