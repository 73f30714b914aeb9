import '@testing-library/jest-dom';
import { registerWorkbenchIcons } from '../../workbench/harness/icons';
import { installDialogStandIn } from './dialog';

// Component tests render Fluent UI icons as the workbench page does: local SVGs, no icon font.
if (typeof document !== 'undefined') registerWorkbenchIcons();
// jsdom's <dialog> has no showModal()/close(): a stand-in (see ./dialog).
if (typeof HTMLDialogElement !== 'undefined') installDialogStandIn(HTMLDialogElement);
