/** The feed app in jsdom with real @pnp/sp against an emulator site, in English, as a person of that site. */
import * as path from 'path';
import * as React from 'react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { act, render, screen } from '@testing-library/react';
import { getNearestEditorFromDOMNode, LexicalEditor } from 'lexical';
import { createServices } from '../../src/data/services';
import { workbenchTheme } from '../../src/ui/theme';
import { PracticeFeedApp } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
import { $loadHtml, $writeHtml } from '../../src/webparts/practiceFeed/components/editor/richHtml';
import { readLoc } from '../../workbench/loc';
import type { TestSite } from '../support/sp';

// Icons come from the page in SharePoint; here they are not registered, and that is fine.
setIconOptions({ disableWarnings: true });

const root = path.resolve(__dirname, '../..');
export const strings = readLoc(root, 'practiceFeed', 'en-us') as unknown as IPracticeFeedWebPartStrings;
export const common = readLoc(root, 'common', 'en-us') as unknown as IHubCommonStrings;

export function renderApp(site: TestSite, login: string): ReturnType<typeof render> {
  return render(<PracticeFeedApp services={createServices(site.spAs(login))} common={common} locale="en-US" theme={workbenchTheme('light')} strings={strings} />);
}

/**
 * The post editor's text box and its Lexical editor. jsdom has no real typing into a
 * contenteditable (no beforeinput from the keyboard), so jsdom tests write through the editor's
 * API; the browser suites type with the keyboard (tests/e2e/keyboard.journey.test.ts).
 */
// jsdom lays nothing out and has no Range.getBoundingClientRect, which Lexical asks for to scroll the cursor into view.
if (typeof Range !== 'undefined' && !Range.prototype.getBoundingClientRect) {
  Range.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0, toJSON: () => ({}) });
}

export function postBody(): { box: HTMLElement; editor: LexicalEditor } {
  const box = screen.getByRole('textbox', { name: strings.FieldBody });
  const editor = getNearestEditorFromDOMNode(box);
  if (!editor) throw new Error('the post body is not a Lexical editor');
  return { box, editor };
}

/** Replaces the post body with the HTML, as if typed. */
export function writeBody(html: string): void {
  const { editor } = postBody();
  act(() => { editor.update(() => $loadHtml(editor, html), { discrete: true }); });
}

/** The post body as the editor would store it. */
export function bodyHtml(): string {
  const { editor } = postBody();
  return editor.getEditorState().read(() => $writeHtml(editor));
}
