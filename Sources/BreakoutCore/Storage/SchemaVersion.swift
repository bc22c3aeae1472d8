/// The schema's versions, one per released change, in order. Every store migrates through this one list (the
/// session file with SQLite statements, a server with PostgreSQL ones), so a session keeps the same shape wherever
/// it is kept; the names are stored in the migration records and never change.
public enum SchemaVersion: String, CaseIterable, Sendable {
  case v1 = "v1: session, themes, groups, questions, roster, rules, notes with history"
  case v2 = "v2: clocks, broadcasts, drafts, agenda"
  case v3 = "v3: a change counter that drafts do not move"
  case v4 = "v4: the plenary's own lines"
  case v5 = "v5: the revision an edit started from"
  case v6 = "v6: absent participants"
  case v7 = "v7: messages to one group, and rapporteurs asking for help"
  case v8 = "v8: the report's shape: purpose, question titles, introductions, proceedings"
  case v9 = "v9: a change counter per part of the session, and notes stamped when they change"
  case v10 = "v10: the id a client gives a saved note, so a note sent twice is written once"
  case v11 = "v11: the language the meeting is held in"
  case v12 = "v12: breakout rounds, each with its own groups, and where people sat in the others"
}
