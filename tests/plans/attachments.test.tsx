/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Attachments on the plan page (#13 item 3), with real @pnp/sp services against the emulator:
 * - the author adds files from the form: a refused one is named with the reason, nothing sent; a
 *   dropped upload stays listed with "Try again" and the plan's text is untouched; the file then
 *   shows as a link, and the next save of the text is no conflict (the attachment's new ETag);
 * - the author removes a file;
 * - a reviewer sees the files of a submitted plan as links, with nothing to add or remove.
 */
import * as React from 'react';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { PlanPage } from '../../src/webparts/planSubmissions/components/PlanPage';
import { completePlan, createPlanSite, PlanSite } from './fixtures';
import { renderInHub, strings } from './render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let ps: PlanSite;
const servicesAs = (who: 'anna' | 'erik'): ReturnType<typeof createPlanAppServices> => createPlanAppServices(ps.sp(who));

beforeAll(async () => {
  ps = await createPlanSite();
});
afterAll(() => ps.site.dispose());

const pdf = (name: string): File => new File(['%PDF-1.7\n%%EOF\n'], name, { type: 'application/pdf' });

function choose(files: File[]): void {
  const input = document.getElementById('ddh-plan-attachments-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

test('the author adds files from the form: a refused one says why, a dropped one is tried again, the text stays and saves', async () => {
  const anna = servicesAs('anna');
  const { id } = await anna.plans.repository.create(completePlan('Oslo'));
  renderInHub(anna, <PlanPage id={id} />);
  const section = await screen.findByRole('region', { name: 'Attachments' });
  expect(within(section).getByText('No files attached.')).toBeInTheDocument();
  const title = await screen.findByLabelText(new RegExp(strings.Field_title));
  fireEvent.change(title, { target: { value: 'Facebook for Oslo, spring' } });

  // Every upload fails like a dropped connection until the network is back.
  ps.site.emulator.faults.dropNext(20, (url, method) => method === 'POST' && /AttachmentFiles\/add/i.test(url));
  choose([new File(['MZ'], 'setup.exe'), pdf('Survey 2026.pdf')]);
  expect(await within(section).findByRole('alert')).toHaveTextContent('setup.exe was not added: this kind of file cannot be attached.');
  const failed = await within(section).findByText(/Survey 2026\.pdf was not added: The connection was lost/, { selector: 'li span' });
  expect(failed).toBeInTheDocument();
  expect((title as HTMLInputElement).value).toBe('Facebook for Oslo, spring');

  ps.site.emulator.faults.clear();
  fireEvent.click(within(section).getByRole('button', { name: 'Try again' }));
  const link = await within(section).findByRole('link', { name: 'Survey 2026.pdf' });
  expect(link.getAttribute('href')).toMatch(/\/Lists\/.+\/Attachments\/\d+\/Survey%202026\.pdf$|\/Attachments\/\d+\/Survey 2026\.pdf$/);
  expect(within(section).getByRole('heading', { name: 'Attachments (1)' })).toBeInTheDocument();

  // The text typed before, saved after the attachment changed the plan: no conflict.
  fireEvent.change(title, { target: { value: 'Facebook for Oslo, spring 2027' } });
  expect(await screen.findByText(strings.Save_saved, {}, { timeout: 10000 })).toBeInTheDocument();
  await waitFor(async () => expect((await anna.plans.repository.load(id)).plan.identity.title).toBe('Facebook for Oslo, spring 2027'), {
    timeout: 10000
  });
  expect(screen.queryByText(strings.Save_conflict)).toBeNull();

  fireEvent.click(within(section).getByRole('button', { name: 'Remove Survey 2026.pdf' }));
  await waitFor(() => expect(within(section).queryByRole('link', { name: 'Survey 2026.pdf' })).toBeNull());
  expect((await anna.plans.repository.load(id)).attachments).toEqual([]);
});

test('a reviewer sees the files of a submitted plan as links, with nothing to add or remove', async () => {
  const anna = servicesAs('anna');
  const { id } = await anna.plans.repository.create(completePlan('Rome'));
  await (
    await anna.plans.attachments()
  ).add(id, { name: 'Audience survey.pdf', size: 14, arrayBuffer: async () => new TextEncoder().encode('%PDF-1.7\n%%EOF').buffer });
  await (
    await anna.plans.attachments()
  ).add(id, {
    name: 'logo.svg',
    size: 40,
    arrayBuffer: async () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>').buffer
  });
  const draft = await anna.plans.repository.load(id);
  await anna.plans.repository.submit(draft, draft.plan, draft.etag);

  renderInHub(servicesAs('erik'), <PlanPage id={id} />);
  ps.site.emulator.faults.clear();
  const section = await screen.findByRole('region', { name: 'Attachments (2)' });
  const survey = within(section).getByRole('link', { name: 'Audience survey.pdf' });
  expect(survey.getAttribute('target')).toBe('_blank');
  // An SVG is only downloaded: its script, if any slipped in through REST, would run on the site.
  const logo = within(section).getByRole('link', { name: 'logo.svg (download)' });
  expect(logo.getAttribute('download')).toBe('logo.svg');
  expect(within(section).queryByRole('button')).toBeNull();
});
