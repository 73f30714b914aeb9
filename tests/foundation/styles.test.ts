/**
 * merge-styles (Fluent's styling) adds "px" to a bare number for every property it does not
 * know as unitless, and lineHeight is not one of them: `lineHeight: 1.5` becomes 1.5px and draws
 * a paragraph's lines on top of each other. A unitless line height is written as a string.
 * (tests/e2e/layout finds the result in the browser; this finds the cause in the source.)
 */
import * as fs from 'fs';
import * as path from 'path';

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
