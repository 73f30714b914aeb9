/**
 * A web part added to a page starts with the presets its manifest names (preconfiguredEntries'
 * properties): every preset the property pane offers exists there, with "no preset" as its value.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const manifest = (part: string, name: string): { preconfiguredEntries: Array<{ properties: Record<string, unknown> }> } =>
  JSON.parse(fs.readFileSync(path.join(root, 'src/webparts', part, `${name}.manifest.json`), 'utf8'));

test.each([
  ['practiceFeed', 'PracticeFeedWebPart', { feedKind: '', feedKeyword: '', feedBlog: '' }],
  ['trainingRegistry', 'TrainingRegistryWebPart', { topic: '' }],
  ['planSubmissions', 'PlanSubmissionsWebPart', { openingTab: '' }]
])('%s starts with its presets unset', (part, name, presets) => {
  const [entry] = manifest(part, name).preconfiguredEntries;
  expect(entry.properties).toEqual(presets);
  // The title is set from the page's language when the web part is added (HubWebPartBase.onInit), not here.
  expect(entry.properties.title).toBeUndefined();
});
