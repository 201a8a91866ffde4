import { foldVietnamese } from '@cchc/domain';
import { Fragment } from 'react';

/**
 * Marks where `query` occurs in `text`, ignoring case and diacritics: "nga nam"
 * marks "Ngã Năm". Each character folds on its own, so positions line up.
 */
export function FoldHighlight({ text, query }: { text: string; query: string }) {
  const needle = foldVietnamese(query);
  if (!needle) return <>{text}</>;
  const chars = Array.from(text);
  const folded = chars.map((c) => foldVietnamese(c) || c);
  const haystack = folded.join('');
  // Map each folded position back to its character.
  const owner: number[] = [];
  folded.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) owner.push(i);
  });
  const parts: { text: string; mark: boolean }[] = [];
  let from = 0;
  let at = haystack.indexOf(needle);
  while (at >= 0 && needle.length > 0) {
    const start = owner[at] ?? chars.length;
    const end = (owner[at + needle.length - 1] ?? chars.length - 1) + 1;
    if (start > from) parts.push({ text: chars.slice(from, start).join(''), mark: false });
    parts.push({ text: chars.slice(start, end).join(''), mark: true });
    from = end;
    at = haystack.indexOf(needle, at + needle.length);
  }
  if (from < chars.length) parts.push({ text: chars.slice(from).join(''), mark: false });
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one string, never reordered
          <mark key={i}>{p.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one string, never reordered
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
