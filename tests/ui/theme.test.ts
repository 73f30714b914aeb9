import { teamsThemeName, workbenchTheme } from '../../src/ui/theme';

describe('themes', () => {
  test('Teams theme names map to the hub themes (unknown names fall back to light)', () => {
    expect(teamsThemeName('default')).toBe('light');
    expect(teamsThemeName('dark')).toBe('dark');
    expect(teamsThemeName('contrast')).toBe('highContrast');
    expect(teamsThemeName(undefined)).toBe('light');
    expect(teamsThemeName('something-new')).toBe('light');
  });

  test('dark and high contrast are inverted themes; none names a web font from a CDN', () => {
    expect(workbenchTheme('light').isInverted).toBe(false);
    expect(workbenchTheme('dark').isInverted).toBe(true);
    expect(workbenchTheme('highContrast').isInverted).toBe(true);
    for (const name of ['light', 'dark', 'highContrast'] as const) {
      expect(workbenchTheme(name).fonts.medium.fontFamily).not.toMatch(/Segoe UI Web/);
    }
  });
});
