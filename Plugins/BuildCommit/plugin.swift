import Foundation
import PackagePlugin

/// Writes the git commit the program is built from into the build, for `breakout version`: the commit, marked
/// "-modified" when tracked files differ from it, or "unknown" outside a git checkout. The file is rewritten only
/// when that changes, so a build that changes nothing compiles nothing again.
@main struct BuildCommit: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("commit")
    let script = """
      root="$1"; file="$2/BuildCommit.swift"
      commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null) || commit=unknown
      if [ "$commit" != unknown ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
        commit="$commit-modified"
      fi
      text="/// Made by the BuildCommit plugin.
      let buildCommit = \\"$commit\\""
      mkdir -p "$2"
      [ "$(cat "$file" 2>/dev/null)" = "$text" ] || printf '%s\\n' "$text" > "$file"
      """
    return [
      .prebuildCommand(
        displayName: "Record the git commit of the build", executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path], outputFilesDirectory: output)
    ]
  }
}
