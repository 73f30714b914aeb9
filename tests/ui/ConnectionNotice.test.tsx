/** @jest-environment jsdom */
/**
 * The app frame tells, in a polite live region, that SharePoint is busy and when it will be tried
 * again — in fi, sv and en, with the plural each language needs — and goes quiet when nothing waits.
 */
import * as path from 'path';
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { HubApp } from '../../src/ui/HubApp';
import { ConnectionStatus } from '../../src/data/connection';
import { busyText } from '../../src/ui/ConnectionNotice';
import { workbenchTheme } from '../../src/ui/theme';
import { readLocFile } from '../../workbench/loc';
import { fakeAppServices } from '../support/services';

const loc = (lang: string): IHubCommonStrings =>
  readLocFile(path.resolve(__dirname, `../../src/ui/loc/${lang}.js`)) as unknown as IHubCommonStrings;

function renderFrame(connection: ConnectionStatus | undefined, lang: string, locale: string): ReturnType<typeof render> {
  return render(
    <HubApp services={fakeAppServices({ connection })} common={loc(lang)} locale={locale} theme={workbenchTheme('light')} label="app">
      <p>Saving…</p>
    </HubApp>
  );
}

const live = (): HTMLElement => screen.getAllByRole('status').find((e) => e.hasAttribute('data-connection')) as HTMLElement;

describe('the busy notice', () => {
  test.each([
    ['en-us', 'en-GB', 'SharePoint is busy; trying again in 5 seconds…', 'SharePoint is busy; trying again in 1 second…'],
    [
      'fi-fi',
      'fi-FI',
      'SharePoint on kiireinen; yritetään uudelleen 5 sekunnin kuluttua…',
      'SharePoint on kiireinen; yritetään uudelleen 1 sekunnin kuluttua…'
    ],
    ['sv-se', 'sv-SE', 'SharePoint är upptaget; försöker igen om 5 sekunder…', 'SharePoint är upptaget; försöker igen om 1 sekund…']
  ])('%s: says the seconds while a request waits, in a polite live region, and nothing when none does', (lang, locale, five, one) => {
    const connection = new ConnectionStatus();
    renderFrame(connection, lang, locale);
    const region = live();
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    let done = (): void => undefined;
    act(() => {
      done = connection.waiting({ status: 429, seconds: 5 });
    });
    expect(live().textContent).toBe(five);
    act(() => done());
    expect(live().textContent).toBe('');
    act(() => {
      done = connection.waiting({ status: 503, seconds: 1 });
    });
    expect(live().textContent).toBe(one);
    act(() => done());
    expect(live().textContent).toBe('');
  });

  test('two requests waiting: the longer wait is said until it is over', () => {
    const connection = new ConnectionStatus();
    renderFrame(connection, 'en-us', 'en-GB');
    let short = (): void => undefined;
    let long = (): void => undefined;
    act(() => {
      short = connection.waiting({ status: 429, seconds: 2 });
      long = connection.waiting({ status: 429, seconds: 30 });
    });
    expect(live().textContent).toBe('SharePoint is busy; trying again in 30 seconds…');
    act(() => long());
    expect(live().textContent).toBe('SharePoint is busy; trying again in 2 seconds…');
    act(() => short());
    act(() => short());
    expect(live().textContent).toBe('');
  });

  test('a wait already in progress when the frame mounts is shown; services without a status show nothing', () => {
    const connection = new ConnectionStatus();
    connection.waiting({ status: 503, seconds: 7 });
    const view = renderFrame(connection, 'en-us', 'en-GB');
    expect(live().textContent).toBe('SharePoint is busy; trying again in 7 seconds…');
    view.unmount();
    renderFrame(undefined, 'en-us', 'en-GB');
    expect(document.querySelector('[data-connection]')).toBeNull();
  });

  test('plurals follow Intl.PluralRules of the page language', () => {
    expect(busyText(loc('en-us'), 'en-GB', 0)).toBe('SharePoint is busy; trying again in 0 seconds…');
    expect(busyText(loc('sv-se'), 'sv-SE', 21)).toBe('SharePoint är upptaget; försöker igen om 21 sekunder…');
    expect(busyText(loc('en-us'), 'not a locale!', 1)).toBe('SharePoint is busy; trying again in 1 second…');
  });
});
