import '@testing-library/jest-dom';
import { registerWorkbenchIcons } from '../../workbench/harness/icons';

// Component tests render Fluent UI icons as the workbench page does: local SVGs, no icon font.
if (typeof document !== 'undefined') registerWorkbenchIcons();
