/**
 * @jest-environment node
 *
 * The suite's own safety on a tenant: cleanup removes what the run created and nothing else, and
 * says what it could not remove. Runs on both targets like the rest of tests/conformance.
 */
import { openTarget } from './target';

const target = openTarget();
const untracked = `${target.prefix}Untracked`;

afterAll(async () => {
  try {
    await target.owner.web.lists.getByTitle(untracked).delete();
  } catch {
    // Already gone, or never made: either way nothing of this run is left.
  }
  await target.close();
});

describe(`cleanup (${target.kind})`, () => {
  test('removes the lists the run created and tracked, and leaves a list it did not track', async () => {
    const { title, list } = await target.createList('Tracked');
    await list.items.add({ Title: 'a row' });
    await target.owner.web.lists.add(untracked, 'Made outside the target; cleanup must leave it.', 100, false);

    expect(await target.cleanup()).toEqual([]);
    const gone = await target.owner.web.lists
      .getByTitle(title)
      .select('Id')()
      .then(
        () => 'there',
        (e: { status?: number }) => e.status
      );
    expect(gone).toBe(404);
    expect(await target.owner.web.lists.getByTitle(untracked).select('Title')()).toMatchObject({ Title: untracked });
  });

  test('a tracked name that does not exist (a run that failed before making it) counts as removed', async () => {
    // A name SharePoint cannot have (the prefix is random), tracked as a list: absent means gone.
    target.track('list', `${target.prefix}NeverMade`);
    expect(await target.cleanup()).toEqual([]);
  });
});
