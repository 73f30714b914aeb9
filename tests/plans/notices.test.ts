/** @jest-environment node */
/**
 * E-mail when it is someone's turn (#13 item 6), through @pnp/sp against the emulator and the
 * workbench's Graph stand-in: a submit tells the reviewers, a decision tells the plan's author;
 * the act is saved first and the message follows; the event's row records it, so it goes exactly
 * once — also when the first send fails and the person sends it again, and when the tab closed
 * in between (the plan still owes it, and only the one who acted can send it).
 */
import { createPlanServices, PlanServices } from '../../src/data/plans';
import { MessageNotSent } from '../../src/data/messages';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { createMailStandIn, MailStandIn } from '../../workbench/graph/mail';
import { graphClientAs } from '../support/graph';
import { completePlan, createPlanSite, PlanSite, Who } from './fixtures';

const PAGE = 'https://contoso.sharepoint.com/sites/hub/SitePages/Plans.aspx';
/** The site's clock starts on 2 March 2026 (fixtures.ts): a day later, its events are recent. */
const SOON = new Date(Date.UTC(2026, 2, 3));

describe('plan notices', () => {
  let s: PlanSite;
  let mail: MailStandIn;
  const emailOf: Record<string, string> = {};

  beforeAll(async () => {
    s = await createPlanSite();
    for (const who of ['anna', 'bo', 'erik', 'rita', 'sam'] as Who[])
      emailOf[s.login[who]] =
        `${who === 'erik' ? 'erik.reviewer' : who === 'rita' ? 'rita.both' : who === 'sam' ? 'sam.staff' : `${who}.author`}@formin.example`;
    mail = createMailStandIn((login) => (emailOf[login] ? { email: emailOf[login], title: login, loginName: login } : undefined));
  });
  afterAll(() => s.site.dispose());
  beforeEach(() => mail.clear());

  /** The person's plan services with a Graph client that calls the stand-in as them. */
  function as(who: Who): PlanServices {
    const client = graphClientAs(mail, s.login[who]);
    return createPlanServices(s.site.spAs(s.login[who]), { graph: async () => client });
  }

  test('a submit tells both reviewers once; a failed send is retried without submitting again', async () => {
    const anna = as('anna');
    const { id } = await anna.repository.create(completePlan('Oslo'));
    let detail = await anna.repository.load(id);
    await anna.repository.submit(detail, detail.plan, detail.etag);
    detail = await anna.repository.load(id);
    const annaNotices = await anna.notices();
    const owed = await annaNotices.owed(detail, SOON);
    expect(owed).toMatchObject({ kind: 'submitted', list: 'planRounds' });

    // The service is busy: nothing sent, nothing recorded; the plan is submitted all the same.
    mail.failNext(1);
    await expect(annaNotices.send(detail, owed!, PAGE)).rejects.toBeInstanceOf(MessageNotSent);
    expect(mail.inbox('erik.reviewer@formin.example')).toEqual([]);
    expect(detail.derived.state).toBe('submitted');
    expect(await annaNotices.owed(detail, SOON)).toEqual(owed);

    await annaNotices.send(detail, owed!, PAGE);
    for (const reviewer of ['erik.reviewer@formin.example', 'rita.both@formin.example']) {
      const inbox = mail.inbox(reviewer);
      expect(inbox).toHaveLength(1);
      expect(inbox[0].subject).toBe(
        'Uusi suunnitelma tarkistettavana: Facebook for Oslo / Ny plan att granska: Facebook for Oslo / A plan to review: Facebook for Oslo'
      );
      expect(inbox[0].content).toContain(`Open the plans: ${PAGE}`);
      expect(inbox[0].from).toBe('anna.author@formin.example');
    }
    expect(mail.inbox('sam.staff@formin.example')).toEqual([]);
    // Recorded on the round: owed no more, and sending again sends nothing.
    expect(await annaNotices.owed(detail, SOON)).toBeUndefined();
    await annaNotices.send(detail, owed!, PAGE);
    expect(mail.inbox('erik.reviewer@formin.example')).toHaveLength(1);
    // Nobody else owes it or can record it for her: the round row is hers (WriteSecurity 2).
    expect(await (await as('erik').notices()).owed(await as('erik').repository.load(id), SOON)).toBeUndefined();
    await expect(
      s.site.spAs(s.login.bo).web.lists.getByTitle(PLAN_LISTS.planRounds.title).items.getById(owed!.rowId).update({ NotifiedAt: null })
    ).rejects.toMatchObject({ status: expect.any(Number) });
  });

  test("a decision tells the plan's author with the reviewer's comment; a tab closed before sending still owes it", async () => {
    const anna = as('anna');
    const { id } = await anna.repository.create(completePlan('Lima'));
    let detail = await anna.repository.load(id);
    await anna.repository.submit(detail, detail.plan, detail.etag);
    const annaNotices = await anna.notices();
    const submitted = await anna.repository.load(id);
    await annaNotices.send(submitted, (await annaNotices.owed(submitted, SOON))!, PAGE);

    const erik = as('erik');
    detail = await erik.repository.load(id);
    await erik.repository.decide(detail, 'requestChanges', 'Please add the reply times.');
    // The tab closed here: a later visit finds the message still owed, and only Erik's.
    const later = await erik.repository.load(id);
    const erikNotices = await erik.notices();
    const owed = await erikNotices.owed(later, SOON);
    expect(owed).toMatchObject({ kind: 'requestChanges', list: 'planReviews' });
    // Ten days on it would be owed no more: the news is old (and events from before v5 never had a message).
    expect(await erikNotices.owed(later, new Date(Date.UTC(2026, 2, 12)))).toBeUndefined();
    expect(await (await as('rita').notices()).owed(await as('rita').repository.load(id), SOON)).toBeUndefined();
    await erikNotices.send(later, owed!, PAGE);
    const inbox = mail.inbox('anna.author@formin.example');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].subject).toContain('Changes requested in your plan: Facebook for Lima');
    expect(inbox[0].content).toContain('Please add the reply times.');
    expect(inbox[0].content).toContain('pyytää muutoksia suunnitelmaan "Facebook for Lima"');
    expect(await erikNotices.owed(later, SOON)).toBeUndefined();
  });

  test('sent but not recorded (the site refused the write): sending again records it without a second e-mail', async () => {
    const anna = as('anna');
    const { id } = await anna.repository.create(completePlan('Riga'));
    let detail = await anna.repository.load(id);
    await anna.repository.submit(detail, detail.plan, detail.etag);
    detail = await anna.repository.load(id);
    const annaNotices = await anna.notices();
    const owed = (await annaNotices.owed(detail, SOON))!;
    s.site.emulator.faults.failNext(10, {
      status: 500,
      match: (url, method) => method === 'MERGE' && new RegExp(`items\\(${owed.rowId}\\)`, 'i').test(url)
    });
    await expect(annaNotices.send(detail, owed, PAGE)).rejects.toMatchObject({ status: 500 });
    s.site.emulator.faults.clear();
    expect(mail.inbox('erik.reviewer@formin.example')).toHaveLength(1);
    await annaNotices.send(detail, owed, PAGE);
    expect(mail.inbox('erik.reviewer@formin.example')).toHaveLength(1);
    expect(await annaNotices.owed(detail, SOON)).toBeUndefined();
  });

  test('a page without Microsoft Graph sends nothing and says so', async () => {
    const anna = createPlanServices(s.site.spAs(s.login.anna));
    expect(anna.canSendMail).toBe(false);
  });
});
