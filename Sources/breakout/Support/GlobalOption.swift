import ArgumentParser

/// An option every command takes, anywhere on the command line (`--lang`, `--log`): taken out before
/// argument-parser reads the rest. The last one given wins; after `--` nothing is an option.
enum GlobalOption {
  /// The arguments without `--NAME VALUE` and `--NAME=VALUE`, and the value given.
  static func take(_ name: String, from arguments: [String]) throws -> (value: String?, rest: [String]) {
    var rest: [String] = []
    var value: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" {
        rest += arguments[index...]
        break
      }
      if argument == "--\(name)" {
        guard index + 1 < arguments.count else { throw ValidationError("--\(name) needs a value") }
        value = arguments[index + 1]
        index += 2
      } else if argument.hasPrefix("--\(name)=") {
        value = String(argument.dropFirst(name.count + 3))
        index += 1
      } else {
        rest.append(argument)
        index += 1
      }
    }
    return (value, rest)
  }
}
