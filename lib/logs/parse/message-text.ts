import type { Head } from "./prefix";

const ESC = "\u001b";
const ANSI_SEQUENCE = new RegExp(
  `${ESC}\\[[0-?]*[ -/]*[@-~]|${ESC}[@-Z\\\\-_]`,
  "g",
);
const SECTION_CODE = /§[0-9a-fk-orx]/gi;

function stripAnsi(text: string): string {
  return text.includes(ESC) ? text.replace(ANSI_SEQUENCE, "") : text;
}

function stripSectionCodes(text: string): string {
  return text.includes("§") ? text.replace(SECTION_CODE, "") : text;
}

/** Removes ANSI escape sequences and § colour codes. */
export function stripColour(text: string): string {
  return stripSectionCodes(stripAnsi(text));
}

export interface Body {
  message: string;
  /**
   * The body without ANSI codes but with § codes. Plugin loggers write their
   * "[Name]" tag plainly, while a tag with § codes is a chat rank prefix.
   */
  tagText: string;
}

export function headBody(text: string, head: Head): Body {
  const tagText = stripAnsi(text.slice(head.bodyStart, head.bodyEnd)).trimEnd();
  let message = stripSectionCodes(tagText);
  if (head.braced && message.startsWith("{") && message.endsWith("}")) {
    message = message.slice(1, -1);
  }
  return { message, tagText };
}
