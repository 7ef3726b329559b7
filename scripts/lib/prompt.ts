import { createInterface } from "node:readline";

/** Reads all of stdin (for piped input) and returns its first line. */
async function readFirstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/**
 * Asks for a secret without echoing it on a terminal; when stdin is a pipe,
 * takes its first line instead.
 */
export async function readSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLineOfStdin();
  return new Promise((resolve) => {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
    });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let prompted = false;
    output._writeToOutput = (text: string) => {
      // Print the question once, then nothing for the typed characters.
      if (!prompted) {
        process.stdout.write(text);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
