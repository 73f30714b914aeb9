/**
 * @jest-environment jsdom
 *
 * themeClasses makes a view's classes once per theme: every row shares them, a theme of its own
 * gets its own colours, and a reset of merge-styles' stylesheet (its rules gone) makes them anew.
 * Counted by how often the style function runs, which is what a row's mount used to repeat.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { createTheme, ITheme, Stylesheet } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { themeClasses } from '../../src/ui/themeClasses';

let made = 0;
const useRowClasses = themeClasses((theme: ITheme) => {
  made += 1;
  return { row: { color: theme.palette.themePrimary, fontWeight: 600 } };
});

function Row(props: { name: string }): JSX.Element {
  return <span className={useRowClasses().row}>{props.name}</span>;
}

const red = createTheme({ palette: { themePrimary: '#c80000' } });
const blue = createTheme({ palette: { themePrimary: '#0000c8' } });

function rows(theme: ITheme, prefix: string): JSX.Element {
  return (
    <ThemeProvider theme={theme}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Row key={n} name={`${prefix} ${n}`} />
      ))}
    </ThemeProvider>
  );
}

beforeEach(() => {
  made = 0;
  Stylesheet.getInstance().reset();
});

test('five rows in one theme make their classes once and share them', () => {
  render(rows(red, 'red'));
  expect(made).toBe(1);
  const classes = new Set([1, 2, 3, 4, 5].map((n) => screen.getByText(`red ${n}`).className));
  expect(classes.size).toBe(1);
  expect(getComputedStyle(screen.getByText('red 1')).color).toBe('rgb(200, 0, 0)');
});

test('another theme gets classes of its own, with its colours', () => {
  render(
    <>
      {rows(red, 'red')}
      {rows(blue, 'blue')}
    </>
  );
  expect(made).toBe(2);
  expect(screen.getByText('red 1').className).not.toBe(screen.getByText('blue 1').className);
  expect(getComputedStyle(screen.getByText('blue 3')).color).toBe('rgb(0, 0, 200)');
});

test('after the stylesheet is reset, the classes are made again (their rules were removed)', () => {
  // The same provider, so the same theme object: only the reset can tell the cache to forget.
  const view = render(rows(red, 'red'));
  Stylesheet.getInstance().reset();
  view.rerender(rows(red, 'again'));
  expect(made).toBe(2);
  expect(getComputedStyle(screen.getByText('again 2')).color).toBe('rgb(200, 0, 0)');
});
