import { describe, expect, it } from "vitest";
import { splitText } from "../lines";
import { LogParser, type ParsedRecord } from "../parser";
import { START_CURSOR } from "./cursor";
import { RecordQueue } from "./record-queue";

const LINES = [
  "[10:00:00] [Server thread/INFO]: Steve joined the game",
  "[10:00:01] [Server thread/INFO]: Steve left the game [10:00:02] [Server thread/INFO]: Alex joined the game",
  "[10:00:03] [Server thread/ERROR]: Broken",
  "java.lang.IllegalStateException: broken",
  "\tat a.b.C.d(C.java:1)",
  "[23:59:59] [Server thread/INFO]: Alex left the game",
  "[00:00:01] [Server thread/INFO]: Steve joined the game",
];

function queueWith(records: ParsedRecord[]) {
  const queue = new RecordQueue({
    cursor: START_CURSOR,
    startDate: "2026-05-01",
    timeZone: "UTC",
  });
  queue.add(records);
  return queue;
}

function parseAll(): ParsedRecord[] {
  const parser = new LogParser();
  const records = splitText(LINES.join("\n") + "\n").flatMap((line) =>
    parser.push(line),
  );
  return [...records, ...parser.end()];
}

describe("RecordQueue", () => {
  it("never ends a batch between two records of one line", () => {
    const records = parseAll();
    expect(records.map((r) => r.lineNumber)).toEqual([1, 2, 2, 3, 6, 7]);
    const queue = queueWith(records);
    expect(queue.take(1)?.rows.map((r) => r.record.lineNumber)).toEqual([1]);
    expect(queue.take(1)?.rows.map((r) => r.record.lineNumber)).toEqual([2, 2]);
    const batch = queue.take(5);
    expect(batch?.rows.map((r) => r.record.lineNumber)).toEqual([3, 6]);
    expect(batch?.to).toMatchObject({ line: 6 });
  });

  it("holds back the last record until the input is closed", () => {
    const queue = queueWith(parseAll());
    expect(queue.take()?.rows).toHaveLength(5);
    expect(queue.take()).toBeNull();
    queue.close();
    const last = queue.take();
    expect(last?.to).toMatchObject({
      line: 7,
      offset: Buffer.byteLength(LINES.join("\n") + "\n"),
      resume: {
        parser: { date: null, time: "00:00:01" },
        clock: { date: "2026-05-02", time: "00:00:01" },
      },
    });
    expect(last?.rows[0]?.ts.toISOString()).toBe("2026-05-02T00:00:01.000Z");
  });

  it("places a record without any time at the start of the file's date", () => {
    const parser = new LogParser();
    const records = [
      ...splitText("no prefix here\n").flatMap((line) => parser.push(line)),
      ...parser.end(),
    ];
    const queue = new RecordQueue({
      cursor: START_CURSOR,
      startDate: "2026-07-01",
      timeZone: "America/New_York",
    });
    queue.add(records);
    queue.close();
    const batch = queue.take();
    expect(batch?.rows[0]?.ts.toISOString()).toBe("2026-07-01T04:00:00.000Z");
    expect(batch?.unknownCount).toBe(1);
  });
});
