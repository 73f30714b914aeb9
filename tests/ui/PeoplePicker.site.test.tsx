/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/** The shared people picker wired to the organiser search, through @pnp/sp against the emulator: "Järv" offers Sofia Järvinen. */
import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HubApp } from '../../src/ui/HubApp';
import { workbenchTheme } from '../../src/ui/theme';
import { PeoplePicker, PickedPerson } from '../../src/ui/PeoplePicker';
import { readLocFile } from '../../workbench/loc';
import { fakeAppServices } from '../support/services';
import { createTrainingSite, MEMBERS, TrainingSite } from '../training/site';

const common = readLocFile(path.resolve(__dirname, '../../src/ui/loc/en-us.js')) as unknown as IHubCommonStrings;

let t: TrainingSite;
beforeAll(async () => {
  t = await createTrainingSite();
  t.site.addUser('sofia.jarvinen@contoso.onmicrosoft.com', 'Sofia Järvinen', MEMBERS);
});

test('typing "Järv" offers Sofia Järvinen from the site\'s users', async () => {
  const onChange = jest.fn<void, [PickedPerson | undefined]>();
  render(
    <HubApp services={fakeAppServices({})} common={common} locale="en-GB" theme={workbenchTheme('light')} label="test">
      <PeoplePicker
        idPrefix="t-site"
        source={{ search: (text) => t.admin.training.people.search(text) }}
        onChange={onChange}
        strings={{
          label: 'Organiser',
          suggestionsLabel: 'Suggested people',
          searching: 'Searching…',
          noResults: 'Nobody found',
          remove: 'Remove',
          selected: 'Chosen'
        }}
      />
    </HubApp>
  );
  const input = screen.getByRole('combobox', { name: 'Organiser' });
  input.focus();
  fireEvent.change(input, { target: { value: 'Järv' } });
  const list = await screen.findByRole('listbox', { name: 'Suggested people' }, { timeout: 5000 });
  expect(
    within(list)
      .getAllByRole('option')
      .map((o) => o.textContent)
  ).toEqual(['Sofia Järvinensofia.jarvinen@contoso.onmicrosoft.com']);
  fireEvent.keyDown(input, { key: 'Enter' });
  expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ name: 'Sofia Järvinen' }));
});
