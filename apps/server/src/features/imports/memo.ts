/**
 * A cell reader that remembers its answers. A million-row time export repeats a few thousand people,
 * accounts, days and hour values: reading each distinct text once (regexes, calendar checks, BigInt
 * arithmetic, name normalising) instead of once per row takes most of the checking's time off. Readers
 * must be pure. Bounded: past `limit` distinct texts it starts over, so a file of all-distinct values
 * costs a map, not the file's worth of memory.
 */
export function remembered<T>(read: (text: string) => T, limit = 100_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let answer = seen.get(text);
    if (answer === undefined) {
      if (seen.size >= limit) seen.clear();
      answer = read(text);
      seen.set(text, answer);
    }
    return answer;
  };
}
