import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Who may do what in a session on a server, decided by the server itself: two roles per session, the
/// facilitator's (everything) and the rapporteurs' (read the session without the roster's e-mails; write notes,
/// drafts, help requests and clocks of their own group only, by row-level security), and logins given one of them.
/// The server refuses the rest; the screen says so in a sentence.
extension ServerConnection {
  /// The session's bare name (as in its schema's name).
  var sessionName: String { String(schema.dropFirst("\"breakout_".count).dropLast()) }
  public var facilitatorRole: String { "breakout_\(sessionName)_fac" }
  public var rapporteurRole: String { "breakout_\(sessionName)_rap" }

  /// Makes (or brings up to date) the session's roles and what they may do. Run by the session's owner (the login
  /// that created it) again after a new version of breakout, which may add tables.
  public func initAccess() async throws {
    try await migrate()
    let (schema, facilitator, rapporteur, logger) = (schema, facilitatorRole, rapporteurRole, logger)
    let bare = String(schema.dropFirst().dropLast())
    try await withConnection { db in
      try await db.query("BEGIN", logger: logger)
      do {
        try await db.query("SELECT pg_advisory_xact_lock(hashtext(\(schema)))", logger: logger)
        var columns: [String] = []
        for try await column in try await db.query(
          """
          SELECT column_name FROM information_schema.columns
          WHERE table_schema = \(bare) AND table_name = 'participant' AND column_name <> 'email'
          ORDER BY ordinal_position
          """, logger: logger
        ).decode(String.self) {
          columns.append(column)
        }
        for statement in Self.accessStatements(
          schema: schema, facilitator: facilitator, rapporteur: rapporteur, participantColumns: columns)
        {
          try await db.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        try await db.query("COMMIT", logger: logger)
      } catch {
        _ = try? await db.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }

  /// A login for a person: the facilitator's role, or a rapporteur's for one group. The login is made if it does
  /// not exist (without a password: set one with the server's own tools, e.g. psql's `\password`).
  public func grant(login: String, rapporteurOf group: Int64?) async throws {
    guard !login.isEmpty, login.count <= 63, !login.contains("\u{0}") else {
      throw ServerProblem.badLogin(login)
    }
    let (logger, role) = (logger, group == nil ? facilitatorRole : rapporteurRole)
    let quoted = "\"" + login.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    try await withConnection { db in
      try await db.query("BEGIN", logger: logger)
      do {
        var exists = false
        for try await _ in try await db.query("SELECT 1 FROM pg_roles WHERE rolname = \(login)", logger: logger) {
          exists = true
        }
        if !exists { try await db.query(PostgresQuery(unsafeSQL: "CREATE ROLE \(quoted) LOGIN"), logger: logger) }
        try await db.query(PostgresQuery(unsafeSQL: "GRANT \"\(role)\" TO \(quoted)"), logger: logger)
        if let group {
          try await db.query(
            """
            INSERT INTO breakout_rapporteurs (login, group_id) VALUES (\(login), \(group))
            ON CONFLICT (login) DO UPDATE SET group_id = excluded.group_id
            """, logger: logger)
        }
        try await db.query("COMMIT", logger: logger)
      } catch {
        _ = try? await db.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }

  static func accessStatements(schema: String, facilitator: String, rapporteur: String, participantColumns: [String])
    -> [String]
  {
    let (fac, rap) = ("\"\(facilitator)\"", "\"\(rapporteur)\"")
    // A rapporteur keeps their group in every round: the group granted, and its copies in the other rounds (the
    // same theme and place in it).
    let mine = """
      (SELECT g.id FROM breakout_group g
        JOIN breakout_group granted ON granted.theme_id = g.theme_id AND granted.index_in_theme = g.index_in_theme
        JOIN breakout_rapporteurs r ON r.group_id = granted.id WHERE r.login = current_user)
      """
    var statements = [facilitator, rapporteur].map { role in
      """
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(role)') THEN CREATE ROLE "\(role)" NOLOGIN; END IF;
      END $$
      """
    }
    statements += [
      """
      CREATE TABLE IF NOT EXISTS breakout_rapporteurs (
        login text PRIMARY KEY, group_id bigint NOT NULL REFERENCES breakout_group (id) ON DELETE CASCADE)
      """,
      // A revision's note may be written by the same statement (a new note and its first revision at once): a
      // volatile function sees it, where a policy's own query sees the session as the statement began.
      """
      CREATE OR REPLACE FUNCTION note_is_mine(note bigint) RETURNS boolean LANGUAGE plpgsql VOLATILE
        SET search_path = \(schema) AS $$
      BEGIN
        RETURN EXISTS (
          SELECT 1 FROM note n WHERE n.id = note AND n.group_id IN \(mine));
      END
      $$
      """,
      // The counters and stamps move whoever writes: the trigger functions act as the session's owner.
      "ALTER FUNCTION region_moves() SECURITY DEFINER SET search_path = \(schema)",
      "ALTER FUNCTION note_stamps() SECURITY DEFINER SET search_path = \(schema)",
      "GRANT USAGE ON SCHEMA \(schema) TO \(fac), \(rap)",
      "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(fac)",
      "GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(schema) TO \(fac), \(rap)",
      "REVOKE ALL ON breakout_rapporteurs FROM \(fac)",
      "GRANT SELECT ON breakout_rapporteurs TO \(fac)",
      "GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(rap)",
      // No e-mails for rapporteurs: every column of the roster but that one.
      "REVOKE SELECT ON participant FROM \(rap)",
      "GRANT SELECT (\(participantColumns.joined(separator: ", "))) ON participant TO \(rap)",
      "GRANT INSERT, UPDATE, DELETE ON note, note_revision, draft, help_request, timebox TO \(rap)",
    ]
    // Rows a rapporteur may write: their own group's. Everyone who may read the session reads every row.
    let owned: [(table: String, check: String)] = [
      ("note", "group_id IN \(mine)"),
      ("note_revision", "note_is_mine(note_id)"),
      ("draft", "group_id IN \(mine)"),
      ("help_request", "group_id IN \(mine)"),
      ("timebox", "group_id IN \(mine)"),
    ]
    for (table, check) in owned {
      statements += [
        "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS everyone_reads ON \(table)",
        "CREATE POLICY everyone_reads ON \(table) FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS facilitator_writes ON \(table)",
        "CREATE POLICY facilitator_writes ON \(table) TO \(fac) USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS rapporteur_adds ON \(table)",
        "CREATE POLICY rapporteur_adds ON \(table) FOR INSERT TO \(rap) WITH CHECK (\(check))",
        "DROP POLICY IF EXISTS rapporteur_changes ON \(table)",
        "CREATE POLICY rapporteur_changes ON \(table) FOR UPDATE TO \(rap) USING (\(check)) WITH CHECK (\(check))",
        "DROP POLICY IF EXISTS rapporteur_removes ON \(table)",
        "CREATE POLICY rapporteur_removes ON \(table) FOR DELETE TO \(rap) USING (\(check))",
      ]
    }
    return statements
  }
}
