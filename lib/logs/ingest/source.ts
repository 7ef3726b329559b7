import { createHash } from "node:crypto";
import { open, type FileHandle } from "node:fs/promises";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/**
 * Bytes of decompressed content that identify a file. A server restarted at
 * the same second every day can write the same first kilobytes of start-up
 * lines into each day's file; 64 KiB reaches past the start-up phase.
 */
export const HEAD_LENGTH = 64 * 1024;

const CHUNK = 256 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export interface ReadOptions {
  /** Decompressed byte offset to start at. */
  offset: number;
  /** Stop at this on-disk offset (plain files only): the size seen by a poll. */
  end?: number;
  /** Called with the number of on-disk bytes consumed so far. */
  onDiskBytes?: (bytes: number) => void;
}

/**
 * An open log file, plain or gzip (detected by its magic bytes). The handle stays
 * open, so a file renamed while it is read is still read to its end.
 */
export class LogSource {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    readonly compressed: boolean,
    /** Size on disk when opened (compressed size for gzip). */
    readonly size: number,
    readonly mtime: Date,
    readonly inode: number,
  ) {}

  static async open(path: string): Promise<LogSource> {
    const handle = await open(path, "r");
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw new Error("not a regular file");
      const magic = Buffer.alloc(2);
      const { bytesRead } = await handle.read(magic, 0, 2, 0);
      const compressed =
        bytesRead === 2 &&
        magic[0] === GZIP_MAGIC[0] &&
        magic[1] === GZIP_MAGIC[1];
      return new LogSource(
        path,
        handle,
        compressed,
        stats.size,
        stats.mtime,
        stats.ino,
      );
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Current size on disk of the open file (it may have grown). */
  async currentSize(): Promise<number> {
    return (await this.handle.stat()).size;
  }

  /** Gzip only: the content length modulo 2^32 stored in the trailer. */
  async trailerLength(): Promise<number> {
    const trailer = Buffer.alloc(4);
    await this.handle.read(trailer, 0, 4, this.size - 4);
    return trailer.readUInt32LE(0);
  }

  /** Reads the first min(size, `length`) bytes of the decompressed content. */
  async head(length = HEAD_LENGTH): Promise<Buffer> {
    const parts: Buffer[] = [];
    let total = 0;
    const end = this.compressed ? undefined : length;
    for await (const chunk of this.read({ offset: 0, end })) {
      parts.push(chunk);
      total += chunk.length;
      if (total >= length) break;
    }
    return Buffer.concat(parts, total).subarray(0, length);
  }

  /** Streams the decompressed content from `options.offset`. */
  read(options: ReadOptions): AsyncIterable<Buffer> {
    if (!this.compressed) {
      return readRange(
        this.handle,
        options.offset,
        options.end,
        options.onDiskBytes,
      );
    }
    const raw = readRange(this.handle, 0, undefined, options.onDiskBytes);
    // pipeline() destroys every stage when one fails, so a corrupt archive
    // surfaces as an error in the loop that reads it.
    const gunzip = pipeline(Readable.from(raw), createGunzip(), () => {});
    return skipBytes(gunzip, options.offset);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function* readRange(
  handle: FileHandle,
  start: number,
  end: number | undefined,
  onDiskBytes?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  let position = start;
  while (end === undefined || position < end) {
    const length = end === undefined ? CHUNK : Math.min(CHUNK, end - position);
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    onDiskBytes?.(position);
    yield buffer.subarray(0, bytesRead);
  }
}

async function* skipBytes(
  input: AsyncIterable<Buffer>,
  count: number,
): AsyncGenerator<Buffer> {
  let left = count;
  for await (const chunk of input) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
