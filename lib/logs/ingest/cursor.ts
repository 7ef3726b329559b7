import { z } from "zod";

const clockPositionSchema = z.object({ date: z.string(), time: z.string() });

const resumeStateSchema = z.object({
  parser: z.object({
    date: z.string().nullable(),
    time: z.string().nullable(),
  }),
  clock: clockPositionSchema.nullable(),
});

/** Parser and clock state that a parse resumed at the committed offset starts from. */
export type ResumeState = z.infer<typeof resumeStateSchema>;

/** End of the committed part of a file. */
export interface FileCursor {
  /** Byte offset (decompressed) just past the last committed line. */
  offset: number;
  /** Number of the last committed line (0 before the first). */
  line: number;
  resume: ResumeState | null;
}

export const START_CURSOR: FileCursor = { offset: 0, line: 0, resume: null };

/** Reads a stored resume_state, ignoring one this version cannot read. */
export function parseResumeState(value: unknown): ResumeState | null {
  const parsed = resumeStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
