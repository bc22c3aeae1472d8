// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "breakout",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "breakout", targets: ["breakout"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
  ],
  targets: [
    // The meeting itself: pure Swift, Foundation only, no I/O.
    .target(name: "BreakoutCore", exclude: ["Summary/summary.schema.json"]),
    // The session file: SQLite through GRDB, migrations, durable multi-process writes.
    .target(
      name: "BreakoutStore",
      dependencies: [
        "BreakoutCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // A session on a PostgreSQL server: its address (libpq's conventions), schema and migrations, and the store.
    .target(
      name: "BreakoutServer",
      dependencies: [
        "BreakoutCore", "BreakoutStore", .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ]
    ),
    // The screen as a pure state machine rendering into a cell buffer; knows nothing of ncurses.
    .target(name: "BreakoutTUI", dependencies: ["BreakoutCore"]),
    // A link with a delay, or cut, between a client and a server on this host: for tests and benchmarks.
    .target(name: "LinkProxy"),
    // Carries out the screen's effects through a repository, off the key path, and reports back as actions.
    .target(
      name: "BreakoutRuntime",
      dependencies: ["BreakoutCore", "BreakoutTUI", .product(name: "Logging", package: "swift-log")]),
    // Debian's ncursesw.pc carries -D_XOPEN_SOURCE=600, which SwiftPM refuses with a warning; the umbrella header
    // sets what the wide API needs itself, so the module map links ncursesw directly.
    .systemLibrary(
      name: "CNCursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // ncurses macros (A_BOLD, COLOR_PAIR, getmaxyx ...) are not imported by Swift: wrapped here.
    .target(name: "CNCursesShim", dependencies: ["CNCursesw"]),
    // The only code that calls ncurses.
    .target(
      name: "Terminal", dependencies: ["BreakoutCore", "BreakoutTUI", "BreakoutRuntime", "CNCursesw", "CNCursesShim"]),
    // The git commit a build is made from, for `breakout version`.
    .plugin(name: "BuildCommit", capability: .buildTool()),
    .executableTarget(
      name: "breakout",
      dependencies: [
        "BreakoutCore", "BreakoutStore", "BreakoutServer", "BreakoutTUI", "BreakoutRuntime", "Terminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      plugins: ["BuildCommit"]
    ),
    // Run by hand: swift run -c release breakout-bench
    .executableTarget(
      name: "breakout-bench",
      dependencies: [
        "BreakoutCore", "BreakoutStore", "BreakoutServer", "BreakoutTUI", "BreakoutRuntime", "LinkProxy",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "BreakoutCoreTests", dependencies: ["BreakoutCore"]),
    .testTarget(name: "BreakoutStoreTests", dependencies: ["BreakoutStore", "BreakoutCore"]),
    .testTarget(
      name: "BreakoutServerTests",
      dependencies: ["BreakoutServer", "BreakoutStore", "BreakoutCore", "BreakoutRuntime", "LinkProxy"]),
    .testTarget(name: "BreakoutTUITests", dependencies: ["BreakoutTUI", "BreakoutCore"], exclude: ["Snapshots"]),
    // What every store must do (SessionRepository), run on each kind of store.
    .testTarget(
      name: "RepositoryConformanceTests",
      dependencies: ["BreakoutCore", "BreakoutStore", "BreakoutServer", "BreakoutRuntime"]),
    .testTarget(
      name: "BreakoutRuntimeTests", dependencies: ["BreakoutRuntime", "BreakoutStore", "BreakoutTUI", "BreakoutCore"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["BreakoutCore", "BreakoutTUI", "LinkProxy"], exclude: ["Golden", "RosterCorpus", "RegistrationExports"]),
  ],
  swiftLanguageModes: [.v6]
)
