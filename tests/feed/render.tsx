/** The feed app in jsdom with real @pnp/sp against an emulator site, in English, as a person of that site. */
import * as path from 'path';
import * as React from 'react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { act, render, screen } from '@testing-library/react';
import type Squire from 'squire-rte';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { workbenchTheme } from '../../src/ui/theme';
import { PracticeFeedApp } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
import { editorOf } from '../../src/webparts/practiceFeed/components/editor/RichTextEditor';
import { storedHtml } from '../../src/webparts/practiceFeed/components/editor/richHtml';
import { readLoc } from '../../workbench/loc';
import type { TestSite } from '../support/sp';

// Icons come from the page in SharePoint; here they are not registered, and that is fine.
setIconOptions({ disableWarnings: true });

const root = path.resolve(__dirname, '../..');
export const strings = readLoc(root, 'practiceFeed', 'en-us') as unknown as IPracticeFeedWebPartStrings;
export const common = readLoc(root, 'common', 'en-us') as unknown as IHubCommonStrings;

export function renderApp(site: TestSite, login: string): ReturnType<typeof render> {
  return render(
    <PracticeFeedApp
      services={createFeedAppServices(site.spAs(login))}
      common={common}
      locale="en-US"
      theme={workbenchTheme('light')}
      strings={strings}
    />
  );
}

/**
 * The post editor's text box and its Squire editor. jsdom has no real typing into a
 * contenteditable (no beforeinput, no editing from the keyboard), so jsdom tests write and select
 * through the editor's API; the browser suites type with the keyboard
 * (tests/e2e/keyboard.journey.test.ts).
 */
export function postBody(): { box: HTMLElement; editor: Squire } {
  const box = screen.getByRole('textbox', { name: strings.FieldBody });
  const editor = editorOf(box);
  if (!editor) throw new Error('the post body is not a Squire editor');
  return { box, editor };
}

/** Replaces the post body with the HTML, as if typed (Squire reports the change as it would a keystroke). */
export function writeBody(html: string): void {
  const { editor } = postBody();
  act(() => {
    editor.setHTML(html);
    editor.fireEvent('input');
  });
}

/** The post body as the editor would store it. */
export function bodyHtml(): string {
  return storedHtml(postBody().editor.getHTML());
}

/** Puts the selection on `text` (the whole of it, or the part given; `collapse` for the cursor at its end), as a person would. */
export function selectText(text: string, part?: string, collapse?: boolean): void {
  const { box, editor } = postBody();
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let node: Node | null;
  while ((node = walker.nextNode()) && (node.nodeValue || '').indexOf(text) < 0);
  if (!node) throw new Error(`no text "${text}"`);
  const value = node.nodeValue || '';
  const start = value.indexOf(part || text);
  const range = document.createRange();
  range.setStart(node, collapse ? start + (part || text).length : start);
  range.setEnd(node, start + (part || text).length);
  act(() => {
    editor.focus();
    editor.setSelection(range);
    editor.fireEvent('pathChange');
  });
}
