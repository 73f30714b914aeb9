/** @jest-environment jsdom */
import * as React from 'react';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { emptyPlan } from '../../src/domain/plans/plan';
import { PlanEditor } from '../../src/webparts/planSubmissions/components/PlanEditor';
import { draftKey, readDraft, writeDraft } from '../../src/webparts/planSubmissions/components/draftStore';
import { completePlan } from './fixtures';
import { fakeServices, httpError, renderInHub, strings } from './render';

// Fluent UI forms are large DOMs: give jsdom time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(60000);

const SITE = 'https://contoso.sharepoint.test/sites/hub';
const LOGIN = 'i:0#.f|membership|anna.author@formin.example';

function editor(
  services: ReturnType<typeof fakeServices>,
  initial = { id: 7, etag: '"1"', plan: emptyPlan(), modified: '2026-03-01T08:00:00Z' },
  onSubmit = jest.fn()
) {
  return renderInHub(
    services,
    <PlanEditor siteUrl={SITE} loginName={LOGIN} initial={initial} onSubmit={onSubmit} onReload={jest.fn()} autosaveDelayMs={20} />
  );
}

beforeEach(() => window.localStorage.clear());

const saveStatus = (): HTMLElement => document.getElementById('ddh-plan-save-status') as HTMLElement;

describe('the plan form', () => {
  test('submitting an incomplete plan shows a focused summary of what is missing, in words, with links to the inputs', async () => {
    const onSubmit = jest.fn();
    editor(fakeServices({}), undefined, onSubmit);
    fireEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    const summary = await screen.findByRole('alert', { name: strings.SummaryTitle });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(summary).toHaveTextContent('Name of the plan: this is required.');
    expect(summary).toHaveTextContent('Channels the plan covers: choose or add at least one.');
    expect(summary).toHaveTextContent('Social media and web use in the host country or region: this is required.');
    fireEvent.click(screen.getByRole('link', { name: /8\. Background: Social media and web use/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(strings.Field_background)));
    expect(screen.getByRole('heading', { name: '8. Background' })).toBeInTheDocument();
  });

  test("a blank plan opens without errors: a field's error shows when it is left, a section's when the section is left, all on submit", async () => {
    editor(fakeServices({}));
    const required = (field: string): string => `${field}: this is required.`;
    // Opening: no red "required" anywhere, no alert, nothing marked invalid.
    expect(screen.queryByText(required(strings.Field_title), { exact: false })).toBeNull();
    expect(screen.queryByText(required(strings.Field_embassy), { exact: false })).toBeNull();
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    // Leaving the name empty: its error shows, the others' still not.
    const title = screen.getByLabelText(strings.Field_title);
    fireEvent.focusIn(title);
    fireEvent.focusOut(title, { relatedTarget: screen.getByLabelText(strings.Field_embassy) });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText(required(strings.Field_title), { exact: false }).length).toBeGreaterThan(0);
    expect(screen.queryByText(required(strings.Field_embassy), { exact: false })).toBeNull();
    // Leaving the section (Next) and coming back: every field of it is checked.
    fireEvent.click(screen.getByRole('button', { name: strings.Next }));
    expect(screen.queryByText(required(strings.Field_title), { exact: false })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: strings.Previous }));
    expect(screen.getAllByText(required(strings.Field_embassy), { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByLabelText(strings.Field_embassy)).toHaveAttribute('aria-invalid', 'true');
    // A section not yet left stays quiet until submit, which shows the summary (focused) and the fields' errors.
    fireEvent.click(screen.getByRole('button', { name: /^8\. Background/ }));
    expect(screen.getByLabelText(strings.Field_background)).not.toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    const summary = await screen.findByRole('alert', { name: strings.SummaryTitle });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByLabelText(strings.Field_background)).toHaveAttribute('aria-invalid', 'true');
  });

  test('the section list jumps to any section and says which are complete, in text', () => {
    editor(fakeServices({}), { id: 7, etag: '"1"', plan: completePlan(), modified: '2026-03-01T08:00:00Z' });
    const nav = screen.getByRole('navigation', { name: strings.SectionList });
    expect(nav).toHaveTextContent('6. People (complete)');
    fireEvent.click(screen.getByRole('button', { name: '6. People (complete)' }));
    expect(screen.getByRole('heading', { name: '6. People' })).toBeInTheDocument();
    expect(screen.getByText(strings.OfficeHoursHint)).toBeInTheDocument();
    expect(screen.getByLabelText(strings.Field_publicNotice)).toHaveValue('This page is followed on weekdays 9–16.');
  });

  test('the background counts characters live and reports going over 1000', () => {
    editor(fakeServices({ saveDraft: jest.fn().mockResolvedValue({ etag: '"2"' }) }));
    fireEvent.click(screen.getByRole('button', { name: /^8\. Background/ }));
    fireEvent.change(screen.getByLabelText(strings.Field_background), { target: { value: 'Café 🙂' } });
    expect(screen.getByText('6 / 1000 characters')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(strings.Field_background), { target: { value: 'x'.repeat(1003) } });
    expect(screen.getByText('1003 / 1000 characters — 3 characters too many')).toBeInTheDocument();
  });

  test('the privacy warning is shown', async () => {
    editor(fakeServices({}));
    expect(await screen.findByText(strings.PrivacyWarning)).toBeInTheDocument();
  });

  test('typing saves to the browser at once and to SharePoint after a pause; the status is announced', async () => {
    const saveDraft = jest.fn().mockResolvedValue({ etag: '"2"' });
    editor(fakeServices({ saveDraft }));
    fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'Instagram for Oslo' } });
    const status = saveStatus();
    expect(status).toHaveTextContent(strings.Save_pending);
    expect(readDraft(draftKey(SITE, LOGIN, 7))?.plan.identity.title).toBe('Instagram for Oslo');
    await waitFor(() => expect(status).toHaveTextContent(strings.Save_saved));
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft.mock.calls[0][0]).toBe(7);
    expect(saveDraft.mock.calls[0][1].identity.title).toBe('Instagram for Oslo');
    expect(saveDraft.mock.calls[0][2]).toBe('"1"');
    expect(readDraft(draftKey(SITE, LOGIN, 7))).toBeUndefined();
  });

  test("a failed save (throttled) keeps the typed text, keeps the local copy and says why in the page's language", async () => {
    const saveDraft = jest.fn().mockRejectedValue(httpError(503));
    editor(fakeServices({ saveDraft }));
    fireEvent.change(screen.getByLabelText(strings.Field_embassy), { target: { value: 'Oslo' } });
    const status = saveStatus();
    await waitFor(() => expect(status).toHaveTextContent('Not saved to SharePoint: SharePoint is busy right now.'));
    expect(screen.getByLabelText(strings.Field_embassy)).toHaveValue('Oslo');
    expect(readDraft(draftKey(SITE, LOGIN, 7))?.plan.identity.embassy).toBe('Oslo');
    saveDraft.mockResolvedValueOnce({ etag: '"2"' });
    fireEvent.click(screen.getByRole('button', { name: strings.SaveNow }));
    await waitFor(() => expect(status).toHaveTextContent(strings.Save_saved));
  });

  test('a dropped connection and a conflict are explained too; a conflict is not retried over the other save', async () => {
    const saveDraft = jest.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValue(httpError(412));
    editor(fakeServices({ saveDraft }));
    fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'A' } });
    const status = saveStatus();
    await waitFor(() => expect(status).toHaveTextContent('The connection was lost.'));
    fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'AB' } });
    await waitFor(() => expect(status).toHaveTextContent(strings.Save_conflict));
    // Another change after the conflict: run the autosave timer out on jest's clock; no third save is sent.
    jest.useFakeTimers();
    try {
      fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'ABC' } });
      act(() => {
        jest.runOnlyPendingTimers();
      });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
    await act(() => Promise.resolve());
    expect(saveDraft).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: strings.ReloadServer })).toBeInTheDocument();
    expect(readDraft(draftKey(SITE, LOGIN, 7))?.plan.identity.title).toBe('ABC');
  });

  test("reopening offers the browser's newer copy; restoring puts the text back", async () => {
    const local = { ...emptyPlan(), goals: { goals: 'Typed before the tab closed.' } };
    writeDraft(draftKey(SITE, LOGIN, 7), { plan: local, savedAt: '2026-03-01T09:00:00Z' });
    editor(fakeServices({ saveDraft: jest.fn().mockResolvedValue({ etag: '"2"' }) }));
    expect(await screen.findByText(/This browser has a newer, unsaved copy/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: strings.Restore_use }));
    fireEvent.click(screen.getByRole('button', { name: /^3\. Goals/ }));
    expect(screen.getByLabelText(strings.Field_goals)).toHaveValue('Typed before the tab closed.');
  });

  test("an older browser copy than the server's is not offered", async () => {
    writeDraft(draftKey(SITE, LOGIN, 7), { plan: { ...emptyPlan(), goals: { goals: 'old' } }, savedAt: '2026-02-01T09:00:00Z' });
    editor(fakeServices({}));
    await screen.findByText(strings.PrivacyWarning);
    expect(screen.queryByText(/This browser has a newer, unsaved copy/)).toBeNull();
  });

  test('a new plan is created on the first save, then saved by its new id', async () => {
    const create = jest.fn().mockResolvedValue({ id: 42, etag: '"1"' });
    const saveDraft = jest.fn().mockResolvedValue({ etag: '"2"' });
    editor(fakeServices({ create, saveDraft }), { etag: '*', plan: emptyPlan() } as never);
    fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'New' } });
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(strings.Save_saved));
    fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'New plan' } });
    await waitFor(() => expect(saveDraft).toHaveBeenCalledWith(42, expect.anything(), '"1"'));
  });

  test('a complete plan is saved first, then submitted with the comment', async () => {
    const saveDraft = jest.fn().mockResolvedValue({ etag: '"5"' });
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    editor(fakeServices({ saveDraft }), { id: 7, etag: '"4"', plan: completePlan(), modified: '2026-03-01T08:00:00Z' }, onSubmit);
    fireEvent.change(screen.getByLabelText(strings.Field_title), { target: { value: 'Facebook for Tokyo, v2' } });
    fireEvent.change(screen.getByLabelText(strings.CommentLabel), { target: { value: 'Ready' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][1]).toEqual({ id: 7, etag: '"5"' });
    expect(onSubmit.mock.calls[0][2]).toBe('Ready');
  });

  test("people come from the site's users, or from the directory by e-mail (ensureuser)", async () => {
    const services = fakeServices({ saveDraft: jest.fn().mockResolvedValue({ etag: '"2"' }) });
    const people = jest.mocked(services.plans.people);
    people.search.mockImplementation(async (text: string) =>
      text === 'Bo' ? [{ id: 2, loginName: 'i:0#.f|membership|bo@x', title: 'Bo Author' }] : []
    );
    people.ensure.mockResolvedValue({ id: 12, loginName: 'i:0#.f|membership|new.person@formin.example', title: 'New Person' });
    editor(services);
    // Text queries, not role queries: role queries are slow on a form this large in jsdom.
    fireEvent.click(screen.getByText('6. People (incomplete)'));
    fireEvent.click(screen.getAllByText(strings.AddRow)[0]);
    fireEvent.click(screen.getAllByText(strings.AddRow)[1]);
    const [first, second] = screen.getAllByPlaceholderText(strings.People_search);
    fireEvent.change(first, { target: { value: 'Bo' } });
    fireEvent.click(await screen.findByText('Bo Author', {}, { timeout: 5000 }));
    expect(screen.getByText(/Chosen: Bo Author/)).toBeInTheDocument();
    fireEvent.change(second, { target: { value: 'new.person@formin.example' } });
    fireEvent.click(await screen.findByText('Add new.person@formin.example from the directory', {}, { timeout: 5000 }));
    expect(await screen.findByText(/Chosen: New Person/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(people.ensure).toHaveBeenCalledWith('new.person@formin.example');
  });
});
