/**
 * The browser tests drive Debian's Chromium (no browser download: the network here reaches only
 * the npm and Debian registries). Runs before `npm test`: installs the package when it is missing
 * and we may (root), otherwise says exactly what to do.
 */
'use strict';
const fs = require('fs');
const { execSync } = require('child_process');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (fs.existsSync(CHROMIUM)) process.exit(0);
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log("Installing Debian's chromium for the browser tests…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  process.exit(fs.existsSync(CHROMIUM) ? 0 : 1);
}
console.error(`The browser tests need Chromium at ${CHROMIUM}: run "sudo apt-get install chromium" (Debian) or set CHROMIUM_PATH.`);
process.exit(1);
