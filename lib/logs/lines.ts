export interface Line {
  /** Decoded UTF-8 without the LF or CRLF terminator. */
  text: string;
  /** Byte offset of the first byte of the line in the input. */
  start: number;
  /** Byte offset just past the terminator. */
  end: number;
  /** 1-based line number. */
  number: number;
}

export interface LineOptions {
  /** File offset of the first input byte, when resuming (default 0). */
  startOffset?: number;
  /** Number of the first line read, when resuming (default 1). */
  startLine?: number;
  /** Yield a last line that has no terminator (default true). */
  final?: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines synchronously: push chunks in order, then
 * call finish() once at end of input.
 */
export class LineSplitter {
  private offset: number;
  private lineNumber: number;
  private readonly final: boolean;
  private carry: Buffer[] = [];
  private carryLength = 0;

  constructor(options: LineOptions = {}) {
    this.offset = options.startOffset ?? 0;
    this.lineNumber = options.startLine ?? 1;
    this.final = options.final ?? true;
  }

  /** Offset just past the last line returned, where a later read resumes. */
  get resumeOffset(): number {
    return this.offset;
  }

  push(chunk: Buffer | Uint8Array): Line[] {
    const bytes = asBuffer(chunk);
    const lines: Line[] = [];
    let from = 0;
    let newline = bytes.indexOf(LF, from);
    while (newline !== -1) {
      lines.push(this.takeLine(bytes.subarray(from, newline + 1), true));
      from = newline + 1;
      newline = bytes.indexOf(LF, from);
    }
    if (from < bytes.length) {
      // Copy, because callers may reuse the chunk's memory after push().
      const rest = Buffer.from(bytes.subarray(from));
      this.carry.push(rest);
      this.carryLength += rest.length;
    }
    return lines;
  }

  /** Returns the last unterminated line, unless `final` is false. */
  finish(): Line[] {
    if (this.carryLength === 0 || !this.final) return [];
    return [this.takeLine(Buffer.alloc(0), false)];
  }

  private takeLine(tail: Buffer, terminated: boolean): Line {
    const bytes =
      this.carryLength === 0
        ? tail
        : Buffer.concat([...this.carry, tail], this.carryLength + tail.length);
    this.carry = [];
    this.carryLength = 0;
    let contentEnd = bytes.length;
    if (terminated) {
      contentEnd -= 1;
      if (contentEnd > 0 && bytes[contentEnd - 1] === CR) contentEnd -= 1;
    }
    const line: Line = {
      text: decodeLine(bytes.subarray(0, contentEnd), this.offset === 0),
      start: this.offset,
      end: this.offset + bytes.length,
      number: this.lineNumber,
    };
    this.offset = line.end;
    this.lineNumber += 1;
    return line;
  }
}

/**
 * Splits a byte stream into lines. With `final: false` a last line without
 * terminator is held back, so a caller tailing a growing file resumes from the
 * `end` of the last line yielded.
 */
export async function* readLines(
  input: AsyncIterable<Buffer | Uint8Array>,
  options?: LineOptions,
): AsyncGenerator<Line> {
  const splitter = new LineSplitter(options);
  for await (const chunk of input) {
    yield* splitter.push(chunk);
  }
  yield* splitter.finish();
}

/** Splits a whole text; offsets count UTF-8 bytes. */
export function splitText(text: string, options?: LineOptions): Line[] {
  const splitter = new LineSplitter(options);
  return [...splitter.push(Buffer.from(text, "utf8")), ...splitter.finish()];
}

function asBuffer(chunk: Buffer | Uint8Array): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// Invalid UTF-8 decodes to U+FFFD. NUL becomes U+FFFD as well because
// PostgreSQL text columns cannot store it. A byte order mark is dropped only
// at the very start of the file.
function decodeLine(bytes: Buffer, atFileStart: boolean): string {
  let text = bytes.toString("utf8");
  if (atFileStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\0")) text = text.replaceAll("\0", "\uFFFD");
  return text;
}
