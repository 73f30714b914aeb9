/**
 * Services for tests: the common part built as every app builds it, and fakes of an app's services
 * for component tests.
 */
import type { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../src/data/page';
import { CommonServices, createAppServices } from '../../src/data/services';

/** The common part alone (site, set-up, connection), as every app's creator builds it: for the shared UI (src/ui). */
export function commonServices(sp: SPFI, page: PageFacts = {}): CommonServices {
  return createAppServices(sp, page, () => ({}));
}

/**
 * What a test may give of services T: any part of it, at any depth. Each member given is checked
 * against the real one (a misspelt name or a value of the wrong type does not compile); a method
 * may be any function of its type, such as a jest.fn().
 */
export type Fake<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: Fake<T[K]> } : T;

/**
 * An app's services (S, e.g. TrainingAppServices) faked for component tests: the test gives the
 * members the components it renders reach, and nothing else is there. The one cast of the tests'
 * fakes is here: what a test leaves out is what it does not exercise.
 */
export function fakeAppServices<S extends CommonServices>(given: Fake<S>): S {
  return given as S;
}
