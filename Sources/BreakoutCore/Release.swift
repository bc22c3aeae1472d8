/// This release of breakout: `breakout version` says it, the manual page carries it, and `CHANGELOG.md` starts at
/// it.
public enum Release {
  public static let version = "0.4.0"
  public static let date = "2026-12-06"
}
