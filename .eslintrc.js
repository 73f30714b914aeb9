require('@rushstack/eslint-config/patch/modern-module-resolution');

/**
 * ESLint: the SPFx React profile everywhere, plus the house's import rules
 * (see README, "Where code lives"): domain imports nothing of ours; nothing in src imports the workbench.
 * 'prettier' last: layout is Prettier's (npm run format), so no lint rule argues with it.
 */
module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react', 'prettier'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['src/domain/**/*.ts', 'src/domain/**/*.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: [
                  '**/lists',
                  '**/lists/**',
                  '**/data',
                  '**/data/**',
                  '**/ui',
                  '**/ui/**',
                  '**/webparts/**',
                  '**/workbench',
                  '**/workbench/**'
                ],
                message: 'src/domain is pure: it imports nothing of ours outside src/domain.'
              },
              {
                group: ['react', 'react-dom', '@pnp/*', '@microsoft/*', '@fluentui/*'],
                message: 'src/domain is pure: no React, no SharePoint.'
              }
            ]
          }
        ]
      }
    },
    {
      // Styling in one place (src/ui/layout.ts): classes from the spacing ramp and the theme, no style objects.
      // A value that changes per item at run time (a share of seats, a person's colour) says so with an eslint-disable comment.
      files: ['src/**/*.tsx'],
      rules: {
        'react/forbid-dom-props': [
          'error',
          { forbid: [{ propName: 'style', message: "Give it a class (src/ui/layout.ts: space, useLayout, or the view's own classes)." }] }
        ],
        'react/forbid-component-props': [
          'error',
          { forbid: [{ propName: 'style', message: "Give it a class (src/ui/layout.ts: space, useLayout, or the view's own classes)." }] }
        ]
      }
    },
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['src/domain/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [{ group: ['**/workbench', '**/workbench/**'], message: 'Nothing in src imports the workbench.' }]
          }
        ]
      }
    }
  ]
};
