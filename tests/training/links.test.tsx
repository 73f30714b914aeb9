/** @jest-environment jsdom */
/**
 * A session's meeting link as another client may have written it through REST: a seat holder
 * sees a live "Join online" link only for https (or mailto / this site); anything else shows as
 * the stored text, never as an href.
 */
import * as React from 'react';
import { screen } from '@testing-library/react';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { HOSTILE_URLS } from '../fixtures/hostile-urls';
import { registration, renderWith, stored, strings, viewer } from './ui';

const BEFORE = () => new Date('2030-01-15T09:00:00Z');

function renderFor(url: string): HTMLElement {
  const view = renderWith(
    { training: { siteKey: 'site', registrations: {} } },
    <SessionDetails
      stored={stored({ onlineMeetingUrl: url })}
      registrations={[registration(3, viewer.id)]}
      viewer={viewer}
      onChanged={jest.fn().mockResolvedValue(undefined)}
      now={BEFORE}
    />
  );
  return view.container;
}

describe('the meeting link of a session', () => {
  test.each(HOSTILE_URLS.filter((u) => u.trim() !== '').map((url) => [JSON.stringify(url), url]))(
    '%s is shown as text to a seat holder',
    (_name, url) => {
      const container = renderFor(url);
      expect(screen.queryByText(strings.JoinOnline)).toBeNull();
      const shown = Array.from(container.querySelectorAll('dd')).find((dd) => dd.textContent === url);
      expect(shown).toBeTruthy();
      expect(shown?.querySelector('[href]')).toBeNull();
      expect(Array.from(container.querySelectorAll('[href]')).map((a) => a.getAttribute('href'))).toEqual([]);
    }
  );

  test('an https link stays a link, written as the browser reads it', () => {
    renderFor('  HTTPS://Teams.Example.test/l/meetup-join/abc\n');
    expect(screen.getByText(strings.JoinOnline).closest('a')?.getAttribute('href')).toBe('https://teams.example.test/l/meetup-join/abc');
  });
});
