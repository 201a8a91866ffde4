/** Non-empty trimmed lines: how a textarea holds a list (legal bases, agencies). */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
