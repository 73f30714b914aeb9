/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The DDH Plans list's own forms as the workbench opens them (workbench/harness/listForm.tsx): the
 * binding is read from the list's Item content type through the emulator, and the plan form
 * customizer's app is mounted with real @pnp/sp services, for New, Edit and Display, with the
 * web part's guards.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@pnp/sp/content-types/list';
import { emptyPlan } from '../../src/domain/plans/plan';
import { LISTS } from '../../src/lists/schema';
import { PLAN_FORM_COMPONENT_ID } from '../../src/lists/planLists';
import { workbenchTheme } from '../../src/ui/theme';
import { ListFormPage, ListFormTarget, parseListFormTarget } from '../../workbench/harness/listForm';
import { common, strings } from '../plans/render';
import { completePlan, createPlanSite, PlanSite, Who } from '../plans/fixtures';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let ps: PlanSite;

beforeEach(async () => {
  window.localStorage.clear();
  ps = await createPlanSite();
});
afterEach(() => ps.site.dispose());

function open(who: Who, target: ListFormTarget): ReturnType<typeof render> {
  return render(
    <ListFormPage
      sp={ps.sp(who)}
      target={target}
      language="en-us"
      locale="en-GB"
      theme={workbenchTheme('light')}
      common={common}
      planStrings={strings}
    />
  );
}

async function draftOf(who: Who, title: string): Promise<number> {
  const plan = emptyPlan();
  plan.identity = { title, embassy: 'Tokyo', region: 'asiaOceania' };
  return (await ps.as(who).repository.create(plan)).id;
}

async function planRow(id: number): Promise<{ Title: string; Embassy: string }> {
  return ps.sp('anna').web.lists.getByTitle(LISTS.plans.title).items.getById(id).select('Title', 'Embassy')<{
    Title: string;
    Embassy: string;
  }>();
}

test('the harness reads ?form=plans&mode=…&id=… as the list form to open', () => {
  expect(parseListFormTarget('?form=plans&mode=edit&id=3&user=x')).toEqual({ list: 'plans', mode: 'edit', id: 3 });
  expect(parseListFormTarget('?form=plans')).toEqual({ list: 'plans', mode: 'new', id: undefined });
  expect(parseListFormTarget('?part=all')).toBeUndefined();
  expect(parseListFormTarget('?form=nosuchlist&mode=new')).toBeUndefined();
});

test('New form: an embassy author gets the plan form; Save creates the plan and calls formSaved', async () => {
  open('anna', { list: 'plans', mode: 'new' });
  expect(await screen.findByRole('heading', { level: 2, name: strings.NewPlan })).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'Instagram for Tokyo' } });
  fireEvent.change(screen.getByLabelText(strings.Field_embassy), { target: { value: 'Tokyo' } });
  fireEvent.click(screen.getByRole('button', { name: strings.SaveNow }));
  expect(await screen.findByText(/^Saved \(formSaved\)/)).toBeInTheDocument();
  const rows = await ps.sp('anna').web.lists.getByTitle(LISTS.plans.title).items.select('Id', 'Title', 'Embassy', 'PlanState', 'AuthorId')<
    Array<{ Title: string; Embassy: string; PlanState: string; AuthorId: number }>
  >();
  expect(rows).toEqual([
    expect.objectContaining({ Title: 'Instagram for Tokyo', Embassy: 'Tokyo', PlanState: 'draft', AuthorId: ps.id.anna })
  ]);
});

test('New form: someone who is not an embassy author is told so and offered only Close (formClosed)', async () => {
  open('sam', { list: 'plans', mode: 'new' });
  expect(await screen.findByText(strings.Reason_notAllowedForRole)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: strings.SaveNow })).toBeNull();
  expect(screen.queryByLabelText(strings.Field_title)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: strings.Close }));
  expect(await screen.findByText(/^Closed \(formClosed\)/)).toBeInTheDocument();
});

test('Edit form: the author edits her own draft and Save stores it with the ETag read', async () => {
  const id = await draftOf('anna', 'Facebook for Tokyo');
  open('anna', { list: 'plans', mode: 'edit', id });
  const title = await screen.findByLabelText(strings.Field_title);
  expect(title).toHaveValue('Facebook for Tokyo');
  fireEvent.change(title, { target: { value: 'Facebook for Tokyo, renewed' } });
  fireEvent.click(screen.getByRole('button', { name: strings.SaveNow }));
  expect(await screen.findByText(/^Saved \(formSaved\)/)).toBeInTheDocument();
  expect((await planRow(id)).Title).toBe('Facebook for Tokyo, renewed');
});

test("Edit form: a save over someone else's newer save is a conflict; nothing is overwritten and the text is kept", async () => {
  const id = await draftOf('anna', 'First title');
  open('anna', { list: 'plans', mode: 'edit', id });
  const title = await screen.findByLabelText(strings.Field_title);
  // Another window saves in the meantime.
  const other = await ps.as('anna').repository.load(id);
  await ps
    .as('anna')
    .repository.saveDraft(id, { ...other.plan, identity: { ...other.plan.identity, title: 'Saved elsewhere' } }, other.etag);
  fireEvent.change(title, { target: { value: 'Typed here' } });
  fireEvent.click(screen.getByRole('button', { name: strings.SaveNow }));
  expect(await screen.findByText(strings.Save_conflict)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: strings.ReloadServer })).toBeInTheDocument();
  expect(screen.queryByText(/formSaved/)).toBeNull();
  expect((await planRow(id)).Title).toBe('Saved elsewhere');
  expect(screen.getByLabelText(strings.Field_title)).toHaveValue('Typed here');
  expect(Object.keys(window.localStorage).some((k) => k.endsWith(`:${id}`))).toBe(true);
});

test('Edit form: another author, and the author once the plan is submitted, get it read-only', async () => {
  const id = await draftOf('anna', 'Facebook for Tokyo');
  const view = open('bo', { list: 'plans', mode: 'edit', id });
  expect(await screen.findByText(strings.ReadOnlyNotice)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: strings.SaveNow })).toBeNull();
  expect(screen.queryByRole('textbox')).toBeNull();
  view.unmount();

  const detail = await ps.as('anna').repository.load(id);
  await ps.as('anna').repository.submit(detail, completePlan('Tokyo'), detail.etag, 'Please review');
  open('anna', { list: 'plans', mode: 'edit', id });
  expect(await screen.findByText(strings.ReadOnlyNotice)).toBeInTheDocument();
  expect(screen.getByText(`State: ${strings.State_submitted}`, { exact: false })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: strings.SaveNow })).toBeNull();
});

test('Display form: read-only even for the author of a draft; Close calls formClosed', async () => {
  const id = await draftOf('anna', 'Facebook for Tokyo');
  open('anna', { list: 'plans', mode: 'display', id });
  expect(await screen.findByRole('heading', { level: 2, name: 'Facebook for Tokyo' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: strings.History })).toBeInTheDocument();
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(screen.queryByRole('button', { name: strings.SaveNow })).toBeNull();
  expect(screen.queryByText(strings.ReadOnlyNotice)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: strings.Close }));
  expect(await screen.findByText(/^Closed \(formClosed\)/)).toBeInTheDocument();
});

test('with no customizer bound (or another one), the page says what SharePoint would show instead', async () => {
  const list = ps.sp('anna').web.lists.getByTitle(LISTS.plans.title);
  const owner = ps.site.spAs(ps.site.adminLogin).web.lists.getByTitle(LISTS.plans.title);
  const rows = await list.contentTypes.select('StringId', 'NewFormClientSideComponentId', 'DisplayFormClientSideComponentId')<
    Array<Record<string, string | null>>
  >();
  const item = rows.find((r) => /^0x0100[0-9A-F]{32}$/.test(r.StringId ?? ''));
  expect(item).toMatchObject({
    NewFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
    DisplayFormClientSideComponentId: PLAN_FORM_COMPONENT_ID
  });
  await owner.contentTypes
    .getById(item?.StringId as string)
    .update({ NewFormClientSideComponentId: null, DisplayFormClientSideComponentId: '0d5b5e1a-0000-4000-8000-000000000001' });

  const view = open('anna', { list: 'plans', mode: 'new' });
  expect(await screen.findByText(/SharePoint would show its default list form/)).toBeInTheDocument();
  expect(screen.queryByLabelText(strings.Field_title)).toBeNull();
  view.unmount();
  open('anna', { list: 'plans', mode: 'display', id: await draftOf('anna', 'x') });
  expect(await screen.findByText(/bound to the component 0d5b5e1a-0000-4000-8000-000000000001/)).toBeInTheDocument();
});
