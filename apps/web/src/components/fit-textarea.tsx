import { Textarea, type TextareaProps } from '@mantine/core';

/** Chromium (123+) and Safari (26+) size a textarea to its text themselves. */
const SIZED_BY_BROWSER = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

type FitTextareaProps = Omit<TextareaProps, 'autosize' | 'minRows' | 'maxRows'> & {
  minRows?: number;
  maxRows?: number;
};

/**
 * A textarea as tall as its text, from `minRows` to `maxRows` lines. Mantine's `autosize`
 * measures each textarea in a hidden copy on every render, forcing a layout each time: on a
 * plan's tables of tasks that was a third of a second on an office computer before the plan
 * showed. Where the browser sizes it (`field-sizing: content`) no script measures anything;
 * elsewhere Mantine's autosize does as before.
 */
export function FitTextarea({ minRows = 1, maxRows, ...props }: FitTextareaProps) {
  if (!SIZED_BY_BROWSER) return <Textarea autosize minRows={minRows} maxRows={maxRows} {...props} />;
  const lines = (n: number) => `calc(${n}lh + 2 * var(--input-padding-y, 0rem) + 2px)`;
  return (
    <Textarea
      rows={minRows}
      {...props}
      styles={{
        input: {
          fieldSizing: 'content',
          minHeight: lines(minRows),
          ...(maxRows === undefined ? {} : { maxHeight: lines(maxRows) }),
        },
      }}
    />
  );
}
