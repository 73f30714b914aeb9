/**
 * The baseline the bench builds next to the project in the same run: the smallest React web part
 * the SPFx gulp toolchain makes (a class that renders "Hello" with React), with the project's own
 * config, compiler and packages, so the difference in size is what the project's code adds.
 */
export const HELLO_BUNDLE = 'hello-world-web-part';

export const HELLO_FILES: Record<string, string> = {
  'src/webparts/helloWorld/HelloWorldWebPart.ts': `import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

export default class HelloWorldWebPart extends BaseClientSideWebPart<{}> {
  public render(): void {
    ReactDom.render(React.createElement('div', null, 'Hello'), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}
`,
  'src/webparts/helloWorld/HelloWorldWebPart.manifest.json': JSON.stringify(
    {
      $schema: 'https://developer.microsoft.com/json-schemas/spfx/client-side-web-part-manifest.schema.json',
      id: '9b3f6a52-6d1e-4c55-9a57-0c2f4d6b7e11',
      alias: 'HelloWorldWebPart',
      componentType: 'WebPart',
      version: '*',
      manifestVersion: 2,
      requiresCustomScript: false,
      supportedHosts: ['SharePointWebPart'],
      preconfiguredEntries: [
        {
          groupId: '5c03119e-3074-46fd-976b-c60198311f70',
          group: { default: 'Advanced' },
          title: { default: 'Hello world' },
          description: { default: 'Bench baseline.' },
          officeFabricIconFontName: 'Page',
          properties: {}
        }
      ]
    },
    null,
    2
  ),
  'config/config.json': JSON.stringify(
    {
      $schema: 'https://developer.microsoft.com/json-schemas/spfx-build/config.2.0.schema.json',
      version: '2.0',
      bundles: {
        [HELLO_BUNDLE]: {
          components: [
            {
              entrypoint: './lib/webparts/helloWorld/HelloWorldWebPart.js',
              manifest: './src/webparts/helloWorld/HelloWorldWebPart.manifest.json'
            }
          ]
        }
      },
      externals: {},
      localizedResources: {}
    },
    null,
    2
  )
};
