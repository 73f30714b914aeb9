/**
 * merge-styles (Fluent's styling) adds "px" to a bare number for every property it does not
 * know as unitless, and lineHeight is not one of them: `lineHeight: 1.5` becomes 1.5px and draws
 * a paragraph's lines on top of each other. A unitless line height is written as a string.
 * (tests/e2e/layout finds the result in the browser; this finds the cause in the source.)
 * The same trap holds for every property CSS reads without a unit that merge-styles does not
 * know (`WebkitLineClamp: 2` became `2px`, which switched a teaser's clamp off): which ones is
 * asked of merge-styles itself, so a new version that learns or forgets one changes the check.
 */
import * as fs from 'fs';
import * as path from 'path';
import { mergeStyles, Stylesheet } from '@fluentui/merge-styles';

const root = path.resolve(__dirname, '../..');

function sources(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

test("no line height is a bare number in src or workbench (write '1.5', or with a unit)", () => {
  const found: string[] = [];
  for (const file of [...sources('src'), ...sources('workbench')]) {
    fs.readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/\blineHeight\s*:\s*\d/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});

/** Properties CSS reads as a plain number (React's unitless list, as style-object names). */
const UNITLESS_IN_CSS = [
  'animationIterationCount',
  'aspectRatio',
  'borderImageOutset',
  'borderImageSlice',
  'borderImageWidth',
  'columnCount',
  'columns',
  'fillOpacity',
  'flex',
  'flexGrow',
  'flexShrink',
  'floodOpacity',
  'fontWeight',
  'gridArea',
  'gridColumn',
  'gridColumnEnd',
  'gridColumnStart',
  'gridRow',
  'gridRowEnd',
  'gridRowStart',
  'lineClamp',
  'lineHeight',
  'opacity',
  'order',
  'orphans',
  'scale',
  'stopOpacity',
  'strokeMiterlimit',
  'strokeOpacity',
  'tabSize',
  'WebkitLineClamp',
  'widows',
  'zIndex',
  'zoom'
];

/** The unitless properties merge-styles writes with "px" after a bare number: found by asking it. */
function pixelledByMergeStyles(): string[] {
  return UNITLESS_IN_CSS.filter((property) => {
    const className = mergeStyles({ [property]: 7 } as Record<string, number>);
    const rule = Stylesheet.getInstance()
      .getRules(true)
      .split('}')
      .find((r) => r.includes(`.${className}`));
    return /:\s*7px/.test(rule ?? '');
  });
}

test('merge-styles still writes px after a bare line height and line clamp (what the check below looks for)', () => {
  const pixelled = pixelledByMergeStyles();
  expect(pixelled).toEqual(expect.arrayContaining(['lineHeight', 'WebkitLineClamp']));
  expect(pixelled).not.toContain('opacity');
  expect(pixelled).not.toContain('zIndex');
});

test('no unitless CSS property that merge-styles would give px is a bare number in src (write it as a string)', () => {
  const pixelled = pixelledByMergeStyles();
  const pattern = new RegExp(`\\b(${pixelled.join('|')})\\s*:\\s*\\d`);
  const found: string[] = [];
  for (const file of sources('src')) {
    fs.readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});
