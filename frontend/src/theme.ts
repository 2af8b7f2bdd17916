import { createTheme } from '@mantine/core';

/**
 * The app's Mantine theme. Colours that differ from Mantine's defaults (primary shade 8 and a
 * darker dimmed text, for WCAG AA contrast) are set as CSS variables in styles.css: see CSP_SAFE.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  defaultRadius: 'sm',
});

/**
 * MantineProvider options that inject no <style> element: the gateway's Content-Security-Policy
 * (style-src 'self') refuses them. The theme's variables and the hidden/visible-from classes are
 * in styles.css instead; components' own `style` attributes are set by React through the DOM,
 * which the policy allows.
 */
export const CSP_SAFE = { withCssVariables: false, withGlobalClasses: false } as const;
