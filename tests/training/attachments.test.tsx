/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Slides and handouts on a training session (#13 item 3), with real @pnp/sp services against the
 * emulator: a training admin adds them on the session's page, everyone who sees the session reads
 * them (they come with the session's own read), and staff cannot add or remove one — the server
 * refuses them (403) and the page offers them nothing to try.
 */
import * as React from 'react';
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { StoredSession } from '../../src/data/training';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { createTrainingSite, Person, TrainingSite } from './site';
import { renderWith } from './ui';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let t: TrainingSite;
beforeAll(async () => {
  t = await createTrainingSite();
});
afterAll(() => t.site.dispose());

const pdf = (text: string): { name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> } => {
  const bytes = new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
  return { name: 'Slides.pdf', size: bytes.length, arrayBuffer: async () => bytes.buffer };
};

test('admins add files to a session; staff read them with the session and are refused adding or removing', async () => {
  const stored = await t.newSession({ title: 'Writing for the web' });
  expect(stored.attachments).toEqual([]);
  await (await t.admin.training.attachments()).add(stored.session.id, pdf('day one'));
  const seen = await t.member(1).training.sessions.get(stored.session.id);
  expect(seen.attachments).toEqual([{ name: 'Slides.pdf', url: expect.stringMatching(/\/Attachments\/\d+\/Slides\.pdf$/) }]);
  const { upcoming } = await t.member(1).training.upcomingWithSeats(new Date(Date.UTC(2026, 0, 1)));
  expect(upcoming.rows.find((s) => s.session.id === stored.session.id)?.attachments.map((a) => a.name)).toEqual(['Slides.pdf']);
  await expect((await t.member(1).training.attachments()).add(stored.session.id, { ...pdf('x'), name: 'mine.pdf' })).rejects.toMatchObject({
    status: 403
  });
  await expect((await t.member(1).training.attachments()).remove(stored.session.id, 'Slides.pdf')).rejects.toMatchObject({ status: 403 });
  // The session's ETag moved with the file: an edit with the one read before is a conflict, never an overwrite.
  await expect(t.admin.training.sessions.update(stored.session, stored.etag)).rejects.toMatchObject({ status: 412 });
});

/** The details page as the app shows it: re-read after each change. */
function Details(props: { who: Person; first: StoredSession; admin: boolean }): JSX.Element {
  const [stored, setStored] = React.useState(props.first);
  const viewer = { id: props.who.id, title: props.who.title, email: props.who.email, loginName: props.who.loginName, isAdmin: props.admin };
  return (
    <SessionDetails
      stored={stored}
      registrations={[]}
      viewer={viewer}
      onChanged={async () => {
        setStored(await props.who.training.sessions.get(stored.session.id));
        return undefined;
      }}
    />
  );
}

test('on the session page an admin adds and removes handouts; staff see the links only', async () => {
  const stored = await t.newSession({ title: 'Crisis communication' });
  const admin = renderWith({ training: t.admin.training }, <Details who={t.admin} first={stored} admin />);
  const section = await screen.findByRole('region', { name: 'Attachments' });
  const input = document.getElementById('ddh-session-attachments-input') as HTMLInputElement;
  fireEvent.change(input, {
    target: { files: [new File(['%PDF-1.7\n%%EOF'], 'Handout.pdf'), new File(['<svg onload="x()"/>'], 'chart.svg')] }
  });
  expect(await within(section).findByRole('alert')).toHaveTextContent('chart.svg was not added: the SVG picture contains script');
  expect(await within(section).findByRole('link', { name: 'Handout.pdf' })).toBeInTheDocument();
  admin.unmount();

  const staff = renderWith(
    { training: t.member(2).training },
    <Details who={t.member(2)} first={await t.member(2).training.sessions.get(stored.session.id)} admin={false} />
  );
  const seen = await screen.findByRole('region', { name: 'Attachments (1)' });
  expect(within(seen).getByRole('link', { name: 'Handout.pdf' })).toBeInTheDocument();
  expect(within(seen).queryByRole('button')).toBeNull();
  staff.unmount();

  renderWith(
    { training: t.admin.training },
    <Details who={t.admin} first={await t.admin.training.sessions.get(stored.session.id)} admin />
  );
  const again = await screen.findByRole('region', { name: 'Attachments (1)' });
  fireEvent.click(within(again).getByRole('button', { name: 'Remove Handout.pdf' }));
  expect(await screen.findByRole('region', { name: 'Attachments' })).toBeInTheDocument();
  expect(await within(screen.getByRole('region', { name: 'Attachments' })).findByText('No files attached.')).toBeInTheDocument();
  expect((await t.admin.training.sessions.get(stored.session.id)).attachments).toEqual([]);
});
