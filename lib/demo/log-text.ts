// Wording of the generated demo logs: Paper 1.20 servers with AuthMe,
// Essentials and a few common plugins. "@" in a template stands for another
// player's name.

export const PAPER_VERSION = "git-Paper-496 (MC: 1.20.4)";

export const SURVIVAL_COMMANDS: readonly [string, number][] = [
  ["/home", 14],
  ["/home base", 6],
  ["/spawn", 8],
  ["/tpa @", 6],
  ["/tpaccept", 5],
  ["/msg @ t'es où ?", 3],
  ["/msg @ come to my base", 3],
  ["/r ok", 3],
  ["/warp shop", 5],
  ["/warp mine", 4],
  ["/wpt faction", 4],
  ["/wpt mining", 4],
  ["/bal", 5],
  ["/pay @ 250", 2],
  ["/sethome base", 2],
  ["/kit daily", 3],
  ["/ah", 5],
  ["/ah sell 500", 2],
  ["/shop", 4],
  ["/f home", 3],
  ["/f map", 2],
  ["/back", 3],
  ["/jobs stats", 2],
  ["/vote", 2],
  ["/co i", 1],
  ["/trade @", 1],
];

export const LOBBY_COMMANDS: readonly [string, number][] = [
  ["/menu", 4],
  ["/hub", 2],
  ["/discord", 2],
  ["/rules", 2],
  ["/vote", 2],
  ["/msg @ tu viens en survie ?", 1],
];

// Commands of a player probing for a weakness.
export const PROBE_COMMANDS: readonly string[] = [
  "/plugins",
  "/pl",
  "/version",
  "/ver AuthMe",
  "/op @self",
  "/minecraft:op @self",
  "/gamemode creative",
  "/gmc",
  "//wand",
  "//calc 9^9^9",
  "/lp user @self permission set * true",
  "/minecraft:give @self diamond 64",
  "/icanhasbukkit",
  "/?",
];

export const CHAT_LINES: readonly string[] = [
  "salut tout le monde",
  "hello",
  "gg",
  "lag ?",
  "quelqu'un a du fer à vendre ?",
  "anyone selling diamonds?",
  "who wants to trade?",
  "brb",
  "re",
  "ptdr",
  "lol",
  "c'est quoi l'ip du discord ?",
  "how do i claim land",
  ".home oops",
  "tp moi stp",
  "merci !",
  "thanks",
  "qui veut faire un donjon ?",
  "the shop prices are crazy",
  "j'ai perdu mon stuff dans la lave",
  "i died with all my stuff",
  "farm à xp en construction, venez aider",
  "anyone up for the end?",
  "bonne nuit",
  "gn everyone",
  "le serveur lag de ouf",
  "new record on the parkour!",
  "combien pour un stack de diamants ?",
  "how much for a mending book",
  "je vends des totems",
  "follow the road north from spawn",
  "ok",
  "oui",
  "non merci",
  "wait for me",
  "attends moi",
  "who griefed my house??",
  "qui a cassé ma maison ??",
  "nice build",
  "trop beau ton château",
  "vote pour le serveur svp",
  "is there a staff online?",
  "un modo est là ?",
  "fight at spawn?",
  "ggwp",
  "haha",
  "xD",
  "i'm afk",
  "afk 5 min",
  "je reviens",
];

export const DEATHS: readonly string[] = [
  "was slain by Zombie",
  "was shot by Skeleton",
  "was blown up by Creeper",
  "fell from a high place",
  "drowned",
  "tried to swim in lava",
  "hit the ground too hard",
  "was slain by Enderman",
  "burned to death",
  "fell out of the world",
];

export const SMTP_FAILURES: readonly string[] = [
  "535 5.7.8 Authentication credentials invalid",
  "Could not connect to SMTP host: smtp.example.com, port: 587",
  "Read timed out after 10000 ms",
];

export const QUIT_REASONS: readonly [string, number][] = [
  ["Disconnected", 88],
  ["Timed out", 7],
  ["Internal Exception: java.net.SocketException: Connection reset", 5],
];

export const STACK_TRACES: readonly string[] = [
  [
    "Could not pass event PlayerInteractEvent to ShopGUIPlus v1.92.1",
    "org.bukkit.event.EventException: null",
    "\tat org.bukkit.plugin.java.JavaPluginLoader$1.execute(JavaPluginLoader.java:320) ~[paper-api-1.20.4-R0.1-SNAPSHOT.jar:?]",
    "\tat co.aikar.timings.TimedEventExecutor.execute(TimedEventExecutor.java:80) ~[paper-api-1.20.4-R0.1-SNAPSHOT.jar:git-Paper-496]",
    "\tat org.bukkit.plugin.RegisteredListener.callEvent(RegisteredListener.java:70) ~[paper-api-1.20.4-R0.1-SNAPSHOT.jar:?]",
    "\tat io.papermc.paper.plugin.manager.PaperEventManager.callEvent(PaperEventManager.java:54) ~[paper-1.20.4.jar:git-Paper-496]",
    "\tat net.minecraft.server.level.ServerPlayerGameMode.useItem(ServerPlayerGameMode.java:512) ~[paper-1.20.4.jar:git-Paper-496]",
    "\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]",
    'Caused by: java.lang.NullPointerException: Cannot invoke "org.bukkit.inventory.ItemStack.getType()" because "item" is null',
    "\tat net.brcdev.shopgui.listener.PlayerInteractListener.onInteract(PlayerInteractListener.java:58) ~[ShopGUIPlus-1.92.1.jar:?]",
    "\tat com.destroystokyo.paper.event.executor.asm.generated.GeneratedEventExecutor12.execute(Unknown Source) ~[?:?]",
    "\t... 5 more",
  ].join("\n"),
  [
    "Error occurred while enabling VotingPlugin v6.15 (Is it up to date?)",
    "java.sql.SQLTransientConnectionException: VotingPlugin - Connection is not available, request timed out after 30004ms.",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696) ~[VotingPlugin-6.15.jar:?]",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197) ~[VotingPlugin-6.15.jar:?]",
    "\tat com.bencodez.votingplugin.user.UserManager.getAllUUIDs(UserManager.java:88) ~[VotingPlugin-6.15.jar:?]",
    "\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]",
  ].join("\n"),
  [
    "Exception in thread pool while saving player data",
    "java.io.IOException: No space left on device",
    "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
    "\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:290)",
    "\tat net.minecraft.world.level.storage.PlayerDataStorage.save(PlayerDataStorage.java:41) ~[paper-1.20.4.jar:git-Paper-496]",
    "\t... 3 more",
  ].join("\n"),
];

export function startupLines(server: string, port: number): string[] {
  return [
    "Starting minecraft server version 1.20.4",
    "Loading properties",
    `This server is running Paper version ${PAPER_VERSION} (Implementing API version 1.20.4-R0.1-SNAPSHOT) (Git: 7ac24a1)`,
    "Using 4 threads for Netty based IO",
    "Default game type: SURVIVAL",
    "Generating keypair",
    `Starting Minecraft server on 0.0.0.0:${port}`,
    "Using epoll channel type",
    "[Essentials] Loading server plugin Essentials v2.20.1",
    "[LuckPerms] Loading server plugin LuckPerms v5.4.117",
    `Preparing level "${server === "lobby" ? "lobby" : "world"}"`,
    "Preparing start region for dimension minecraft:overworld",
    "[Essentials] Enabling Essentials v2.20.1",
    "[LuckPerms] Enabling LuckPerms v5.4.117",
  ];
}

export const STOP_LINES: readonly string[] = [
  "Stopping the server",
  "Stopping server",
  "[Essentials] Disabling Essentials v2.20.1",
  "[LuckPerms] Disabling LuckPerms v5.4.117",
  "Saving players",
  "Saving worlds",
  "Flushing Chunk IO",
  "Closing Thread Pool",
  "Closing Server",
];
