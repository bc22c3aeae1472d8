import Logging

/// What the command line logs (see `LogFile`): imports, exports, and storage failures.
let commandLog = Logger(label: "breakout.command")
