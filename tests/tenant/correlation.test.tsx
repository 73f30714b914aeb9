/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Support can find a failure (issue #11.8): the emulator sends SharePoint's SPRequestGuid with
 * every answer; a problem carries it, is logged with SPFx's Log.error together with it, and the
 * problem message shows its short form, labelled in the page's language.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { Log } from '@microsoft/sp-core-library';
import { commonServices } from '../support/services';
import { Problem, setProblemLog, shortCorrelationId, toProblem } from '../../src/data/errors';
import { HubApp } from '../../src/ui/HubApp';
import { ProblemMessage } from '../../src/ui/ProblemMessage';
import { logProblemsToSpfx } from '../../src/ui/problemLog';
import { workbenchTheme } from '../../src/ui/theme';
import { readLoc } from '../../workbench/loc';
import { createTestSite } from '../support/sp';

describe('a failure support can find', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  afterAll(() => {
    setProblemLog(undefined);
    site.dispose();
  });

  async function failedProblem(): Promise<{ problem: Problem; guid: string }> {
    let guid = '';
    try {
      await sp.web.lists.getByTitle('No such list')();
    } catch (error) {
      guid = (error as { response: Response }).response.headers.get('SPRequestGuid') ?? '';
      return { problem: await toProblem(error), guid };
    }
    throw new Error('Expected the read to fail.');
  }

  test("the problem carries the answer's SPRequestGuid and is logged with Log.error together with it", async () => {
    const logged = jest.spyOn(Log, 'error').mockImplementation(() => undefined);
    try {
      logProblemsToSpfx();
      const { problem, guid } = await failedProblem();
      expect(guid).toMatch(/^[0-9a-f-]{36}$/);
      expect(problem).toMatchObject({ kind: 'notFound', status: 404, correlationId: guid });
      expect(logged).toHaveBeenCalledTimes(1);
      const [source, error] = logged.mock.calls[0];
      expect(source).toBe('DDH');
      expect(error.message).toContain(`SPRequestGuid ${guid}`);
      expect(error.message).toContain('notFound 404');
    } finally {
      logged.mockRestore();
      setProblemLog(undefined);
    }
  });

  test.each([
    ['fi-fi', 'Tunniste tukipalvelua varten: '],
    ['sv-se', 'Referens för supporten: '],
    ['en-us', 'Reference for support: ']
  ])('the message shows the short id a user can quote (%s)', async (locale, label) => {
    const { problem, guid } = await failedProblem();
    const short = shortCorrelationId(guid);
    expect(short).toMatch(/^[0-9A-F]{8}$/);
    expect(guid.replace(/-/g, '').toUpperCase().startsWith(short)).toBe(true);
    const common = readLoc(process.cwd(), 'common', locale as 'en-us') as unknown as IHubCommonStrings;
    const view = render(
      <HubApp services={commonServices(sp)} common={common} locale={locale} theme={workbenchTheme('light')} label="Test">
        <ProblemMessage problem={problem} />
      </HubApp>
    );
    expect(screen.getByRole('alert')).toHaveTextContent(`${label}${short}`);
    view.unmount();
  });

  test('a problem without an answer (offline) shows no reference', () => {
    const common = readLoc(process.cwd(), 'common', 'en-us') as unknown as IHubCommonStrings;
    render(
      <HubApp services={commonServices(sp)} common={common} locale="en-US" theme={workbenchTheme('light')} label="Test">
        <ProblemMessage problem={{ kind: 'offline' }} />
      </HubApp>
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('Reference for support');
  });
});
