import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * The app's Mantine theme. Shade 8 of blue as the primary colour: white text on Mantine's
 * default shade 6 is under the 4.5:1 contrast WCAG AA asks for (axe reports it as serious).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  defaultRadius: 'sm',
});

/** Mantine's dimmed text (gray 6) is 3.3:1 on white; gray 7 reads at 7:1. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' },
  dark: {},
});
