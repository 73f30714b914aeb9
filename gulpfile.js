'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// SPFx 1.21+ keeps the old serve task under this name on the gulp toolchain.
var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// One tslib for the whole bundle: @pnp/sp, @pnp/queryable and @pnp/core each carry their own copy
// (2.8), which webpack would bundle beside the project's (2.3) in every web part's first view. They
// import only __decorate from it, which every tslib 2 has.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.resolve.alias = { ...config.resolve.alias, tslib$: require('path').join(require('path').dirname(require.resolve('tslib')), 'tslib.es6.js') };
    return config;
  }
});

build.initialize(require('gulp'));
