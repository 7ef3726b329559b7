import { describe, expect, it } from "vitest";

import {
  ClockResolver,
  addDays,
  dateFromFileName,
  isValidDate,
  parseClockTime,
} from "./timestamps";

describe("dateFromFileName", () => {
  it.each([
    ["2021-06-16-1.log.gz", "2021-06-16"],
    ["logs/2020-01-14-3.log.gz", "2020-01-14"],
    ["2015-02-27-13 wrapper.log", "2015-02-27"],
    ["C:\\srv\\logs\\2019-12-19-1.log.gz", "2019-12-19"],
    ["/srv/2019-12-19/latest.log", null],
    ["latest.log", null],
    ["debug-2.log.gz", null],
    ["2021-02-30-1.log.gz", null],
    ["12021-06-16-1.log.gz", null],
  ])("reads %j as %j", (name, date) => {
    expect(dateFromFileName(name)).toBe(date);
  });
});

describe("date and time helpers", () => {
  it("validates calendar dates", () => {
    expect(isValidDate("2024-02-29")).toBe(true);
    expect(isValidDate("2023-02-29")).toBe(false);
    expect(isValidDate("2023-13-01")).toBe(false);
    expect(isValidDate("20230101")).toBe(false);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("parses clock times to milliseconds", () => {
    expect(parseClockTime("00:00:00")).toBe(0);
    expect(parseClockTime("13:35:33.677")).toBe(48_933_677);
    expect(parseClockTime("13:35:33.5")).toBe(48_933_500);
    expect(parseClockTime("06:06:06.297767615")).toBe(21_966_297);
    expect(parseClockTime("24:00:00")).toBeNull();
    expect(parseClockTime("12:60:00")).toBeNull();
    expect(parseClockTime("noon")).toBeNull();
  });
});

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

describe("ClockResolver", () => {
  it("advances the date when midnight passes", () => {
    const clock = new ClockResolver({
      startDate: "2021-06-16",
      timeZone: "UTC",
    });
    const times = ["23:58:00", "23:59:59.500", "00:00:03", "00:10:00"];
    const instants = times.map((time) =>
      iso(clock.resolve({ date: null, time })),
    );
    expect(instants).toEqual([
      "2021-06-16T23:58:00.000Z",
      "2021-06-16T23:59:59.500Z",
      "2021-06-17T00:00:03.000Z",
      "2021-06-17T00:10:00.000Z",
    ]);
    expect(clock.current).toEqual({ date: "2021-06-17", time: "00:10:00" });
  });

  it("keeps the date for small backward steps", () => {
    const clock = new ClockResolver({
      startDate: "2021-06-16",
      timeZone: "UTC",
    });
    clock.resolve({ date: null, time: "12:00:00" });
    expect(iso(clock.resolve({ date: null, time: "00:04:13" }))).toBe(
      "2021-06-16T00:04:13.000Z",
    );
  });

  it("lets a record's own date reset the date", () => {
    const clock = new ClockResolver({
      startDate: "2021-06-16",
      timeZone: "UTC",
    });
    clock.resolve({ date: null, time: "23:00:00" });
    expect(iso(clock.resolve({ date: "2022-08-05", time: "01:00:00" }))).toBe(
      "2022-08-05T01:00:00.000Z",
    );
    expect(iso(clock.resolve({ date: null, time: "02:00:00" }))).toBe(
      "2022-08-05T02:00:00.000Z",
    );
  });

  it("returns null for a missing or invalid time", () => {
    const clock = new ClockResolver({
      startDate: "2021-06-16",
      timeZone: "UTC",
    });
    expect(clock.resolve({ date: null, time: null })).toBeNull();
    expect(clock.resolve({ date: null, time: "25:00:00" })).toBeNull();
    expect(clock.current).toBeNull();
  });

  it("resumes from a saved position", () => {
    const clock = new ClockResolver({
      startDate: "2021-06-16",
      timeZone: "UTC",
      previous: { date: "2021-06-18", time: "23:59:00" },
    });
    expect(iso(clock.resolve({ date: null, time: "00:01:00" }))).toBe(
      "2021-06-19T00:01:00.000Z",
    );
  });

  it("converts from a time zone in summer and winter", () => {
    const clock = new ClockResolver({
      startDate: "2024-01-10",
      timeZone: "Europe/Paris",
    });
    expect(iso(clock.resolve({ date: null, time: "12:00:00" }))).toBe(
      "2024-01-10T11:00:00.000Z",
    );
    expect(iso(clock.resolve({ date: "2024-06-16", time: "12:00:00" }))).toBe(
      "2024-06-16T10:00:00.000Z",
    );
  });

  it("moves a time in a DST gap forward", () => {
    const paris = new ClockResolver({
      startDate: "2024-03-31",
      timeZone: "Europe/Paris",
    });
    expect(iso(paris.resolve({ date: null, time: "01:59:59" }))).toBe(
      "2024-03-31T00:59:59.000Z",
    );
    expect(iso(paris.resolve({ date: null, time: "02:30:00" }))).toBe(
      "2024-03-31T01:30:00.000Z",
    );
    expect(iso(paris.resolve({ date: null, time: "03:00:00" }))).toBe(
      "2024-03-31T01:00:00.000Z",
    );

    const newYork = new ClockResolver({
      startDate: "2024-03-10",
      timeZone: "America/New_York",
    });
    expect(iso(newYork.resolve({ date: null, time: "02:30:00" }))).toBe(
      "2024-03-10T07:30:00.000Z",
    );
  });

  it("keeps time moving in repeated hour", () => {
    const clock = new ClockResolver({
      startDate: "2024-10-27",
      timeZone: "Europe/Paris",
    });
    const resolve = (time: string) => iso(clock.resolve({ date: null, time }));
    expect(resolve("02:30:00")).toBe("2024-10-27T00:30:00.000Z");
    expect(resolve("02:59:00")).toBe("2024-10-27T00:59:00.000Z");
    expect(resolve("02:00:30")).toBe("2024-10-27T01:00:30.000Z");
    expect(resolve("03:10:00")).toBe("2024-10-27T02:10:00.000Z");
  });

  it("takes earlier repeated time first", () => {
    const clock = new ClockResolver({
      startDate: "2024-11-03",
      timeZone: "America/New_York",
    });
    expect(iso(clock.resolve({ date: null, time: "01:30:00" }))).toBe(
      "2024-11-03T05:30:00.000Z",
    );
  });

  it("rejects an unknown time zone", () => {
    expect(
      () =>
        new ClockResolver({ startDate: "2024-01-01", timeZone: "Mars/Base" }),
    ).toThrow(/Invalid time zone "Mars\/Base"/);
  });

  it("rejects an invalid start date", () => {
    expect(
      () => new ClockResolver({ startDate: "2024-02-30", timeZone: "UTC" }),
    ).toThrow(/Invalid startDate/);
  });
});
