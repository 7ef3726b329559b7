export function matchAt(pattern: RegExp, text: string, at: number) {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Returns a capture group that the pattern always fills. */
export function group(match: RegExpExecArray, index: number): string {
  return match[index] ?? "";
}
