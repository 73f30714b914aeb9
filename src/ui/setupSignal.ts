import * as React from 'react';
import { Problem } from '../data/errors';

/**
 * How an app's loads tell the set-up gate what happened, so the gate needs no request of its own
 * on the first view's critical path: it checks the site's lists only after the first view has
 * loaded (for the "update" offer) or when a load failed as if lists or columns were missing.
 */
export interface SetupSignal {
  loaded(): void;
  failed(problem: Problem): void;
}

export const SetupSignalContext = React.createContext<SetupSignal | undefined>(undefined);
