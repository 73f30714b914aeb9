import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import { createServices, HubServices } from '../../data/services';
import { HubWebPartBase, HubWebPartProperties } from './HubWebPartBase';

export type { HubAppHost } from '../../ui/host';
export { HubWebPartBase } from './HubWebPartBase';

/**
 * The SharePoint side of every web part: builds the services from the page's context,
 * follows the section's theme and renders the app. Subclasses only name their app.
 */
export abstract class HubWebPart<TProperties extends HubWebPartProperties> extends HubWebPartBase<TProperties> {
  protected createServices(sp: SPFI, page: PageFacts): HubServices {
    return createServices(sp, page);
  }
}
