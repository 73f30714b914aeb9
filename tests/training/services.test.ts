import { createTrainingAppServices } from '../../src/data/trainingAppServices';
import { createTrainingSite, TrainingSite } from './site';

describe("the training web part's services (src/data/trainingAppServices.ts)", () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });
  afterAll(() => {
    t.site.dispose();
  });

  test('serve the first view through @pnp/sp: the viewer, upcoming sessions and their seats', async () => {
    const session = await t.newSession({
      title: 'Services test session',
      start: new Date(Date.now() + 86400000 * 30),
      end: new Date(Date.now() + 86400000 * 30 + 3600000),
      signUpDeadline: undefined
    });
    const staff = t.member(1);
    await staff.training.registrations.signUp(session, { id: staff.id, title: staff.title, email: staff.email }, 'Unit', new Date());
    const services = createTrainingAppServices(t.site.spAs(staff.loginName));
    const first = await services.training.firstView(new Date());
    expect(first.viewer).toMatchObject({ id: staff.id, isAdmin: false });
    expect(first.upcoming.rows.map((r) => r.session.title)).toContain('Services test session');
    expect(first.seats.get(session.session.id)?.map((r) => r.person.id)).toEqual([staff.id]);
    expect((await services.setup.status()).state).toBe('ready');
  });

  test('are the common part and training only: the plan and feed services are not there (nor in the type)', () => {
    const services = createTrainingAppServices(t.site.spAs(t.admin.loginName));
    expect(Object.keys(services).sort()).toEqual(['connection', 'setup', 'site', 'training']);
  });
});
