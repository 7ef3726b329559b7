import { describe, expect, it } from "vitest";

import { LineSplitter, readLines, splitText, type Line } from "./lines";

async function* chunksOf(
  bytes: Uint8Array,
  size: number,
): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) {
    yield bytes.slice(start, start + size);
  }
}

async function collect(
  input: AsyncIterable<Buffer | Uint8Array>,
  options?: Parameters<typeof readLines>[1],
): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const line of readLines(input, options)) lines.push(line);
  return lines;
}

describe("readLines", () => {
  it("splits LF lines with byte offsets", async () => {
    const bytes = Buffer.from("one\ntwo\n\nfour\n");
    expect(await collect(chunksOf(bytes, 1024))).toEqual([
      { text: "one", start: 0, end: 4, number: 1 },
      { text: "two", start: 4, end: 8, number: 2 },
      { text: "", start: 8, end: 9, number: 3 },
      { text: "four", start: 9, end: 14, number: 4 },
    ]);
  });

  it("strips CRLF and counts both bytes", async () => {
    const bytes = Buffer.from("a\r\nbc\r\n");
    expect(await collect(chunksOf(bytes, 1024))).toEqual([
      { text: "a", start: 0, end: 3, number: 1 },
      { text: "bc", start: 3, end: 7, number: 2 },
    ]);
  });

  it("keeps a lone CR inside the text", async () => {
    const lines = await collect(chunksOf(Buffer.from("a\rb\n"), 1024));
    expect(lines.map((line) => line.text)).toEqual(["a\rb"]);
  });

  it("counts multi-byte characters as bytes", async () => {
    const bytes = Buffer.from("brisé\n你好\nok\n");
    const lines = await collect(chunksOf(bytes, 1024));
    expect(lines.map(({ start, end }) => [start, end])).toEqual([
      [0, 7],
      [7, 14],
      [14, 17],
    ]);
    expect(lines[1]?.text).toBe("你好");
  });

  it("gives the same lines for any chunk size", async () => {
    const bytes = Buffer.from("é\r\n你好 world\r\n\r\nlast line é\r\n");
    const whole = await collect(chunksOf(bytes, bytes.length));
    for (const size of [1, 2, 3, 5, 7]) {
      expect(await collect(chunksOf(bytes, size))).toEqual(whole);
    }
  });

  it("replaces invalid UTF-8 with U+FFFD", async () => {
    const bytes = Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82, 0x0a, 0x63]);
    const lines = await collect(chunksOf(bytes, 2));
    expect(lines).toEqual([
      { text: "a\uFFFDb\uFFFD", start: 0, end: 6, number: 1 },
      { text: "c", start: 6, end: 7, number: 2 },
    ]);
  });

  it("replaces NUL with U+FFFD", async () => {
    const bytes = Buffer.from([0x61, 0x00, 0x62, 0x0a]);
    const lines = await collect(chunksOf(bytes, 1024));
    expect(lines[0]?.text).toBe("a\uFFFDb");
    expect(lines[0]?.end).toBe(4);
  });

  it("drops a leading byte order mark", async () => {
    const bytes = Buffer.from("\uFEFFfirst\n\uFEFFsecond\n");
    const lines = await collect(chunksOf(bytes, 1024));
    expect(lines.map((line) => line.text)).toEqual(["first", "\uFEFFsecond"]);
    expect(lines[0]?.start).toBe(0);
  });

  it("yields a final line without terminator by default", async () => {
    const lines = await collect(chunksOf(Buffer.from("a\nlast"), 3));
    expect(lines.at(-1)).toEqual({ text: "last", start: 2, end: 6, number: 2 });
  });

  it("holds back an unterminated line when not final", async () => {
    const bytes = Buffer.from("a\nhalf a li");
    const lines = await collect(chunksOf(bytes, 4), { final: false });
    expect(lines).toEqual([{ text: "a", start: 0, end: 2, number: 1 }]);
  });

  it("resumes from the end of the last line", async () => {
    const grown = Buffer.from("a\nhalf a line\nnext\n");
    const lines = await collect(chunksOf(grown.subarray(2), 4), {
      startOffset: 2,
      startLine: 2,
    });
    expect(lines).toEqual([
      { text: "half a line", start: 2, end: 14, number: 2 },
      { text: "next", start: 14, end: 19, number: 3 },
    ]);
  });

  it("yields nothing for empty input", async () => {
    expect(await collect(chunksOf(Buffer.alloc(0), 4))).toEqual([]);
  });
});

describe("LineSplitter", () => {
  it("copies the unterminated tail of a chunk", () => {
    const splitter = new LineSplitter();
    const chunk = Buffer.from("ab");
    expect(splitter.push(chunk)).toEqual([]);
    chunk.fill(0x7a);
    expect(splitter.push(Buffer.from("c\n"))[0]?.text).toBe("abc");
  });

  it("reports the offset to resume from", () => {
    const splitter = new LineSplitter({ startOffset: 10, final: false });
    splitter.push(Buffer.from("ab\ncd"));
    expect(splitter.finish()).toEqual([]);
    expect(splitter.resumeOffset).toBe(13);
  });
});

describe("splitText", () => {
  it("matches readLines on the same bytes", async () => {
    const text = "é\r\nx\n\ny";
    const bytes = Buffer.from(text);
    expect(splitText(text)).toEqual(await collect(chunksOf(bytes, 2)));
  });
});
