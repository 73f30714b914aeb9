/**
 * Draws the Teams icons of every web part from one source: a glyph on a 32-unit grid per
 * component, drawn white on the web part's colour (192×192 colour icon) and white on
 * transparent (32×32 outline icon), as Teams asks. Run `npm run icons` after changing a glyph.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');

// Each glyph is a list of rectangles [x, y, width, height] on a 32×32 grid.
const webParts = [
  {
    manifest: 'src/webparts/planSubmissions/PlanSubmissionsWebPart.manifest.json',
    colour: [15, 108, 189],
    // A form: page outline with four lines of text.
    glyph: [
      [7, 3, 18, 2],
      [7, 27, 18, 2],
      [7, 3, 2, 26],
      [23, 3, 2, 26],
      [11, 9, 10, 2],
      [11, 13, 10, 2],
      [11, 17, 10, 2],
      [11, 21, 6, 2]
    ]
  },
  {
    manifest: 'src/webparts/practiceFeed/PracticeFeedWebPart.manifest.json',
    colour: [0, 120, 90],
    // A speech bubble with two lines of text.
    glyph: [
      [4, 5, 24, 2],
      [4, 21, 24, 2],
      [4, 5, 2, 18],
      [26, 5, 2, 18],
      [8, 23, 2, 4],
      [10, 25, 2, 2],
      [9, 10, 14, 2],
      [9, 15, 10, 2]
    ]
  },
  {
    manifest: 'src/webparts/trainingRegistry/TrainingRegistryWebPart.manifest.json',
    colour: [135, 60, 160],
    // A calendar page with rings and days.
    glyph: [
      [4, 7, 24, 2],
      [4, 27, 24, 2],
      [4, 7, 2, 22],
      [26, 7, 2, 22],
      [4, 11, 24, 2],
      [9, 3, 2, 6],
      [21, 3, 2, 6],
      [9, 16, 3, 3],
      [15, 16, 3, 3],
      [21, 16, 3, 3],
      [9, 22, 3, 3],
      [15, 22, 3, 3]
    ]
  }
];

function draw(size, glyph, background) {
  const png = new PNG({ width: size, height: size });
  const scale = size / 32;
  const inGlyph = (px, py) => glyph.some(([x, y, w, h]) => px >= x && px < x + w && py >= y && py < y + h);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // Sample the centre of the pixel on the 32-grid.
      const on = inGlyph((x + 0.5) / scale, (y + 0.5) / scale);
      const [r, g, b, a] = on ? [255, 255, 255, 255] : background ? [...background, 255] : [0, 0, 0, 0];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

const root = path.resolve(__dirname, '..');
for (const part of webParts) {
  const { id } = JSON.parse(fs.readFileSync(path.join(root, part.manifest), 'utf8'));
  fs.writeFileSync(path.join(root, 'teams', `${id}_color.png`), draw(192, part.glyph, part.colour));
  fs.writeFileSync(path.join(root, 'teams', `${id}_outline.png`), draw(32, part.glyph, undefined));
  console.log(`teams/${id}_color.png, teams/${id}_outline.png`);
}

module.exports = { webParts, draw };
