/**
 * Opens the built .sppkg and checks what a tenant's app catalog will see: every web part of
 * config/config.json with its manifest, Teams hosts and icons, the assets inside the package
 * (includeClientSideAssets), tenant-wide deployment, and nothing of the workbench. Exits non-zero
 * on the first gap.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const root = path.resolve(__dirname, '..');
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8'));
const config = JSON.parse(fs.readFileSync(path.join(root, 'config/config.json'), 'utf8'));
const sppkg = path.join(root, 'sharepoint', solution.paths.zippedPackage);

const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function main() {
  const problems = [];
  const zip = await JSZip.loadAsync(fs.readFileSync(sppkg));
  const names = Object.keys(zip.files);
  const manifests = Object.values(config.bundles).flatMap((b) =>
    b.components.map((c) => JSON.parse(fs.readFileSync(path.join(root, c.manifest), 'utf8')))
  );

  const webParts = manifests.filter((m) => m.componentType === 'WebPart');
  for (const manifest of manifests.filter((m) => m.componentType !== 'WebPart')) {
    const inPackage = names.some((n) => n.endsWith(`_${manifest.id}.xml`));
    if (!inPackage) problems.push(`${manifest.alias}: extension ${manifest.id} is not in the package`);
    else console.log(`ok  ${manifest.alias} (${manifest.id}): ${manifest.extensionType || manifest.componentType}`);
  }
  for (const manifest of webParts) {
    const entry = names.find((n) => n.endsWith(`/WebPart_${manifest.id}.xml`));
    if (!entry) {
      problems.push(`${manifest.alias}: no WebPart_${manifest.id}.xml`);
      continue;
    }
    const xml = await zip.file(entry).async('string');
    const embedded = JSON.parse(decode(/ComponentManifest="([^"]*)"/.exec(xml)[1]));
    for (const host of ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']) {
      if (!embedded.supportedHosts.includes(host)) problems.push(`${manifest.alias}: host ${host} missing`);
    }
    if (!embedded.supportsThemeVariants) problems.push(`${manifest.alias}: supportsThemeVariants is off`);
    const scripts = Object.values(embedded.loaderConfig.scriptResources).filter((r) => r.type === 'path');
    for (const script of scripts) {
      if (!names.includes(`ClientSideAssets/${script.path}`)) problems.push(`${manifest.alias}: ${script.path} is not inside the package`);
    }
    for (const icon of [`${manifest.id}_color.png`, `${manifest.id}_outline.png`]) {
      if (!names.includes(`ClientSideAssets/${icon}`)) problems.push(`${manifest.alias}: Teams icon ${icon} missing`);
    }
    console.log(`ok  ${manifest.alias} (${manifest.id}): ${embedded.supportedHosts.join(', ')}`);
  }
  if (!solution.solution.includeClientSideAssets) problems.push('includeClientSideAssets must be true: assets stay in the tenant');
  // Tenant-wide deployment (Learn: "Tenant-scoped solution deployment for SharePoint Framework
  // solutions"; "Considerations when building for Microsoft Teams"): tabs in any team, the personal
  // app for everyone, no app install per site. SPFx writes it into AppManifest.xml only when true.
  const appManifest = names.find((n) => /(^|\/)AppManifest\.xml$/i.test(n));
  const appXml = appManifest ? await zip.file(appManifest).async('string') : '';
  if (!solution.solution.skipFeatureDeployment || !/SkipFeatureDeployment="true"/.test(appXml)) {
    problems.push('skipFeatureDeployment must be true (AppManifest.xml SkipFeatureDeployment="true"): the package is deployed tenant-wide');
  } else {
    console.log('ok  tenant-wide deployment (SkipFeatureDeployment="true")');
  }
  const workbench = names.filter((n) => /workbench|emulator/i.test(n));
  if (workbench.length) problems.push(`workbench code in the package: ${workbench.join(', ')}`);

  if (problems.length) {
    console.error(problems.map((p) => `FAIL ${p}`).join('\n'));
    process.exit(1);
  }
  console.log(
    `${path.relative(root, sppkg)}: ${webParts.length} web parts, ${manifests.length - webParts.length} extension(s), ${names.length} entries`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
