/**
 * The plans lists a reviewer opens only now and then, in one lazy chunk with the readers they
 * bring: the approved list searched by its filters, and the older plans still waiting.
 */
export { ApprovedSearch } from './ApprovedSearch';
export { OlderQueue } from './OlderQueue';
