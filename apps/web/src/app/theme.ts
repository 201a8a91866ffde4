import { Badge, createTheme } from '@mantine/core';

/** A dense admin look: small controls, compact tables. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily:
    'Inter, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'xs', fz: 'sm' } },
    // Vietnamese reads better without capitals.
    Badge: Badge.extend({ defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none' } } }),
  },
});
