/**
 * Runs the CLI for Microsoft 365's offline SPFx project doctor and fails on any finding, so
 * the project keeps matching what its SPFx version expects. No login or network is needed.
 */
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const cli = path.resolve(__dirname, '../node_modules/.bin/m365');
const output = execFileSync(cli, ['spfx', 'project', 'doctor', '--output', 'json'], {
  cwd: path.resolve(__dirname, '..'),
  env: { ...process.env, CLIMICROSOFT365_NOUPDATE: '1' },
  encoding: 'utf8'
});
const findings = JSON.parse(output);
for (const f of findings) console.error(`${f.severity} ${f.id} ${f.title}: ${f.description} (${f.resolution})`);
console.log(`SPFx project doctor: ${findings.length} finding(s)`);
process.exit(findings.length ? 1 : 0);
