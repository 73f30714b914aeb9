// Stand-in for @msinternal/* modules that @microsoft/sp-core-library's CommonJS build requires
// but that are not published to npm.
module.exports = {};
