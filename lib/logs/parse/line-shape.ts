import { parseFragmentPrefix, splitRecords, TIME_ONLY } from "./damage";
import { group, matchAt } from "./match";
import { debugLogDate, normaliseTime, parsePrefix, type Head } from "./prefix";

// Line kinds: one or more records, the rest of a damaged record, a lone time,
// or text that continues the record above.
type LineShape =
  | { type: "records"; heads: Head[] }
  | { type: "fragment"; heads: Head[] }
  | { type: "time"; date: string | null; time: string }
  | { type: "continuation" }
  | { type: "unknown" };

const STACK_LINE =
  /^(?:at |Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted)|>|Exception in thread )/;
const EXCEPTION_HEADER = /^(?:[a-z_$][\w$]*\.)+[A-Z_$][\w$]*(?::\s|:?$)/;
// Indented text that contains a damaged record rather than a continuation.
const DAMAGE_MARK =
  /\d{2}:\d{2}:\d{2}\]|\/[A-Za-z]{1,7}\]:|issued server command: | lost connection: | logged in with entity id |UUID of player | joined the game| left the game|\[AuthMe\] /;

function leadingBlanks(text: string): number {
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) break;
    index += 1;
  }
  return index;
}

export function analyseLine(text: string): LineShape {
  const lead = leadingBlanks(text);
  const head = parsePrefix(text, lead);
  if (head) return { type: "records", heads: splitRecords(text, head) };

  const time = matchAt(TIME_ONLY, text, lead);
  if (time) {
    return {
      type: "time",
      date: debugLogDate(time[1]),
      time: normaliseTime(group(time, 2)),
    };
  }

  const fragment = parseFragmentPrefix(text, lead);
  if (fragment) {
    return { type: "fragment", heads: splitRecords(text, fragment) };
  }

  return { type: isContinuation(text, lead) ? "continuation" : "unknown" };
}

// Stack frames, "Caused by:", "... N more", ">" lines, blank lines and
// indented text join the record above, unless the indented text is a record
// broken by damage.
function isContinuation(text: string, lead: number): boolean {
  if (lead === text.length) return true;
  const rest = lead === 0 ? text : text.slice(lead);
  if (STACK_LINE.test(rest) || EXCEPTION_HEADER.test(rest)) return true;
  return lead > 0 && !DAMAGE_MARK.test(rest);
}
