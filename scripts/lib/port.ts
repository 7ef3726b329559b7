import { createServer, type ListenOptions } from "node:net";

function tryListen(
  options: ListenOptions,
): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ ...options, exclusive: true }, () =>
      server.close(() => resolve(null)),
    );
  });
}

/**
 * Rejects, with a message naming the port, when something already listens
 * on `port` on every interface (where `next start` binds) or on loopback.
 */
export async function checkPortFree(port: number): Promise<void> {
  for (const options of [{ port }, { port, host: "127.0.0.1" }]) {
    const error = await tryListen(options);
    if (!error) continue;
    const reason =
      error.code === "EADDRINUSE"
        ? `Port ${port} is already in use.`
        : `Port ${port} cannot be used (${error.code ?? error.message}).`;
    const other = port === 3000 ? 3001 : 3000;
    throw new Error(
      `${reason} Stop what is using it, or set PORT to a free port: PORT=${other} npm run demo`,
    );
  }
}
