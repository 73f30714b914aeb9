/**
 * jsdom plus Node's fetch API (fetch, Request, Response, Headers, streams), so component tests
 * can render an app whose services are real @pnp/sp clients talking to the emulator.
 * Use with the docblock `@jest-environment ./tests/support/jsdom-with-fetch.js`.
 */
'use strict';
const { TestEnvironment } = require('jest-environment-jsdom');

// AbortController too: Node's Request accepts only its own AbortSignal.
const FROM_NODE = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'ReadableStream',
  'TextEncoder',
  'TextDecoder',
  'AbortController',
  'AbortSignal',
  'structuredClone',
  'TransformStream',
  'WritableStream'
];

class JsdomWithFetch extends TestEnvironment {
  async setup() {
    await super.setup();
    for (const name of FROM_NODE) {
      if (typeof globalThis[name] !== 'undefined') this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetch;
