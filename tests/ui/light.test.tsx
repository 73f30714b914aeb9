/**
 * @jest-environment jsdom
 *
 * LightText and LightLink take a caller's class. Joined as two class names, which rule won
 * depended on which was inserted into the style sheet first (same specificity: the later one), so
 * a caller's colour could lose to the component's `color: inherit`. Merged into one class, the
 * caller's rules come last and win, whatever the order.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { mergeStyles } from '@fluentui/merge-styles';
import { LightLink, LightText } from '../../src/ui/light';

test("a caller's colour wins on LightText and LightLink, even when its rule was inserted first", () => {
  // Registered before the components insert their own rules: the order in which the old join lost.
  const red = mergeStyles({ color: 'rgb(200, 0, 0)', fontWeight: 600 });
  render(
    <>
      <LightText className={red}>Text</LightText>
      <LightLink className={red}>Link</LightLink>
    </>
  );
  for (const name of ['Text', 'Link']) {
    const style = getComputedStyle(screen.getByText(name));
    expect(style.color).toBe('rgb(200, 0, 0)');
    expect(style.fontWeight).toBe('600');
  }
});
