/** @jest-environment jsdom */
import * as path from 'path';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HubApp } from '../../src/ui/HubApp';
import { workbenchTheme } from '../../src/ui/theme';
import type { Person } from '../../src/data/people';
import type { PeopleSource } from '../../src/data/peopleSearch';
import { PeoplePicker, PeoplePickerStrings, PickedPerson } from '../../src/ui/PeoplePicker';
import { readLocFile } from '../../workbench/loc';
import { fakeAppServices } from '../support/services';

const common = readLocFile(path.resolve(__dirname, '../../src/ui/loc/en-us.js')) as unknown as IHubCommonStrings;

const strings: PeoplePickerStrings = {
  label: 'Reviewers',
  hint: 'Type a name',
  suggestions: 'People on this site',
  suggestionsLabel: 'Suggested people',
  searching: 'Searching…',
  noResults: 'Nobody found',
  remove: 'Remove reviewer',
  selected: 'Chosen reviewers'
};

const person = (id: number, title: string): Person => ({
  id,
  title,
  email: `${title.split(' ')[0].toLowerCase()}@contoso.test`,
  loginName: `i:0#.f|membership|${id}`
});
const anna = person(1, 'Anna Aho');
const antti = person(2, 'Antti Anttila');
const aino = person(3, 'Aino Ahonen');

function renderPicker(element: React.ReactElement) {
  return render(
    <HubApp services={fakeAppServices({})} common={common} locale="en-GB" theme={workbenchTheme('dark')} label="test">
      {element}
    </HubApp>
  );
}

function Several(props: {
  source: PeopleSource;
  initial?: PickedPerson[];
  onChange?: (p: PickedPerson[]) => void;
  errorMessage?: string;
}): JSX.Element {
  const [value, setValue] = React.useState<PickedPerson[]>(props.initial || []);
  return (
    <PeoplePicker
      multiple
      idPrefix="t-people"
      strings={strings}
      source={props.source}
      value={value}
      errorMessage={props.errorMessage}
      onChange={(people) => {
        if (props.onChange) props.onChange(people);
        setValue(people);
      }}
    />
  );
}

function One(props: { source: PeopleSource; onChange?: (p: PickedPerson | undefined) => void }): JSX.Element {
  const [value, setValue] = React.useState<PickedPerson | undefined>();
  return (
    <PeoplePicker
      idPrefix="t-one"
      strings={{ ...strings, chosen: 'Chosen: {0}', fromDirectory: 'Add {0} from the directory' }}
      source={props.source}
      value={value}
      onChange={(p) => {
        if (props.onChange) props.onChange(p);
        setValue(p);
      }}
    />
  );
}

const combobox = (): HTMLInputElement => screen.getByRole('combobox', { name: strings.label }) as HTMLInputElement;

describe('<PeoplePicker> (shared ARIA combobox)', () => {
  test('several people: searches once typing pauses, arrows wrap, Enter picks, chosen people are not suggested again, remove returns the focus', async () => {
    const search = jest.fn(async (text: string) => [anna, antti, aino].filter((p) => p.title.startsWith(text)));
    const onChange = jest.fn();
    renderPicker(<Several source={{ search }} initial={[{ id: aino.id, name: aino.title }]} onChange={onChange} />);
    const input = combobox();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    input.focus();
    fireEvent.change(input, { target: { value: 'A' } });
    fireEvent.change(input, { target: { value: 'An' } });
    const list = await screen.findByRole('listbox', { name: strings.suggestionsLabel });
    // One search, for the text as it was when typing paused ("A" is too short to search).
    expect(search.mock.calls).toEqual([['An']]);
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Anna Ahoanna@contoso.test', 'Antti Anttilaantti@contoso.test']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    // Enter picks and is kept from the form around the picker.
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith([
      { id: aino.id, name: aino.title },
      { id: antti.id, name: antti.title, email: antti.email, loginName: antti.loginName }
    ]);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.value).toBe('');
    expect(document.activeElement).toBe(input);
    const chosen = screen.getByRole('list', { name: strings.selected });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['Aino Ahonen', 'Antti Anttila']);

    // Antti is chosen: the next search does not offer him.
    fireEvent.change(input, { target: { value: 'An' } });
    await waitFor(() => expect(search).toHaveBeenCalledTimes(2));
    expect((await screen.findAllByRole('option')).map((o) => o.id)).toHaveLength(1);
    expect(screen.getByRole('option').textContent).toContain('Anna Aho');
    fireEvent.keyDown(input, { key: 'Escape' });

    fireEvent.click(screen.getByRole('button', { name: `${strings.remove} Aino Ahonen` }));
    expect(onChange).toHaveBeenLastCalledWith([{ id: antti.id, name: antti.title, email: antti.email, loginName: antti.loginName }]);
    expect(document.activeElement).toBe(input);
  });

  test('Enter with the list closed is left to the form; Escape closes the list and goes no further', async () => {
    const search = jest.fn(async () => [anna]);
    const outer = jest.fn();
    renderPicker(
      <div onKeyDown={(e) => outer(e.key)}>
        <Several source={{ search }} />
      </div>
    );
    const input = combobox();
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(true);
    fireEvent.change(input, { target: { value: 'Ann' } });
    await screen.findByRole('listbox');
    expect(fireEvent.keyDown(input, { key: 'Escape' })).toBe(false);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    expect(outer.mock.calls).toEqual([['Enter']]);
  });

  test('an older answer is dropped; no match says so in the status region', async () => {
    let first: (people: Person[]) => void = () => undefined;
    const search = jest
      .fn()
      .mockImplementationOnce(
        () =>
          new Promise<Person[]>((resolve) => {
            first = resolve;
          })
      )
      .mockImplementationOnce(async () => []);
    renderPicker(<Several source={{ search }} />);
    const input = combobox();
    fireEvent.change(input, { target: { value: 'An' } });
    await waitFor(() => expect(search).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status').textContent).toBe(strings.searching);
    fireEvent.change(input, { target: { value: 'Anx' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(strings.noResults));
    await act(async () => {
      first([anna]);
    });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(strings.noResults);
  });

  test('one person, ensured on the site: the remove button takes the focus; removing brings the search field back, focused', async () => {
    const ensure = jest.fn(async (p: Person) => ({ ...p, id: p.id + 100 }));
    const onChange = jest.fn();
    renderPicker(<One source={{ search: async () => [anna, antti], ensure }} onChange={onChange} />);
    fireEvent.change(combobox(), { target: { value: 'An' } });
    await screen.findByRole('listbox');
    fireEvent.click(screen.getAllByRole('option')[1]);
    expect(ensure).toHaveBeenCalledWith(antti);
    const remove = await screen.findByRole('button', { name: `${strings.remove} Antti Anttila` });
    expect(onChange).toHaveBeenCalledWith({ id: 102, name: 'Antti Anttila', email: antti.email, loginName: antti.loginName });
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText(antti.email)).toBeTruthy();
    expect(screen.getByText('Chosen: Antti Anttila')).toBeTruthy();
    fireEvent.click(remove);
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    await waitFor(() => expect(document.activeElement).toBe(combobox()));
  });

  test('a failed search or ensure is explained in words; the field stays usable', async () => {
    const failure = Object.assign(new Error('Forbidden'), { status: 403 });
    const ensure = jest.fn().mockRejectedValue(failure);
    const onChange = jest.fn();
    renderPicker(<One source={{ search: async () => [anna], ensure }} onChange={onChange} />);
    const input = combobox();
    input.focus();
    fireEvent.change(input, { target: { value: 'An' } });
    await screen.findByRole('listbox');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(common.ErrorAccessDenied)).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(combobox().disabled).toBe(false));
  });

  test('nobody found for an e-mail address: the directory is offered as an option, and Enter adds the person from there', async () => {
    const fromDirectory = jest.fn(async (email: string) => ({
      id: 40,
      title: 'New Person',
      email,
      loginName: `i:0#.f|membership|${email}`
    }));
    const onChange = jest.fn();
    renderPicker(<One source={{ search: async () => [], fromDirectory }} onChange={onChange} />);
    // Strings with the directory option and a "Chosen: {0}" reading are the plans' use.
    const input = combobox();
    fireEvent.change(input, { target: { value: 'nobody' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(strings.noResults));
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.change(input, { target: { value: 'new.person@contoso.test' } });
    const option = await screen.findByRole('option');
    expect(option.textContent).toBe('Add new.person@contoso.test from the directory');
    expect(screen.getByRole('status').textContent).toBe(strings.noResults);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({
        id: 40,
        name: 'New Person',
        email: 'new.person@contoso.test',
        loginName: 'i:0#.f|membership|new.person@contoso.test'
      })
    );
    expect(fromDirectory).toHaveBeenCalledWith('new.person@contoso.test');
    expect(screen.getByText('Chosen: New Person')).toBeTruthy();
  });

  test('label, hint and error are tied to the group and the input', () => {
    renderPicker(<Several source={{ search: async () => [] }} errorMessage="Choose at least one" />);
    const group = screen.getByRole('group', { name: strings.label });
    expect(group.getAttribute('aria-describedby')).toBe('t-people-hint t-people-error');
    expect(within(group).getByRole('alert').textContent).toBe('Choose at least one');
    expect(combobox().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(strings.label, { selector: 'input' })).toBe(combobox());
  });
});
