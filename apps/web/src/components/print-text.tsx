import type { ReactNode } from 'react';

/**
 * What a field holds, as text on paper only: printed, a plan shows its values, not input boxes
 * (app.css hides the boxes and shows this in their place). Invisible on screen and to screen
 * readers, which read the field itself.
 */
export function PrintText({ children }: { children: ReactNode }) {
  return (
    <span className="print-only" aria-hidden>
      {children}
    </span>
  );
}
