import BreakoutCore
import Foundation
import GRDB
import Testing

@testable import BreakoutStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct SessionStoreTests {
  @Test func aNewSessionHasTheDefaultThemesAndQuestions() throws {
    let store = try newSession()
    let snapshot = try store.snapshot()
    #expect(snapshot.info.title == "Test meeting")
    #expect(snapshot.themes.map(\.shortName) == ["supply-chain", "technology", "finance"])
    #expect(snapshot.questions == Question.defaults)
  }

  @Test func migrationsRunAtOpenAndAreRecorded() throws {
    let store = try newSession()
    let applied = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
    #expect(applied.count == Schema.migrator.migrations.count)
    let reopened = try SessionStore.open(store.path)
    #expect(try reopened.snapshot().info.title == "Test meeting")
  }

  /// A file written before the report's shape (v7) opens: its plenary lines are kept, the proceedings can be
  /// told day by day, and the default questions are headed by their short titles.
  @Test func aSessionFromBeforeTheReportsShapeOpensWithItsPlenaryLines() throws {
    let path = try temporaryFolder() + "/v7.sqlite"
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator.migrate(queue, upTo: "v7: messages to one group, and rapporteurs asking for help")
      try queue.write { db in
        try db.execute(
          sql: "INSERT INTO session_info (id, title, days, created_at) VALUES (1, 'Old meeting', 2, '2021-03-24')")
        for question in Question.defaults {
          try db.execute(
            sql: "INSERT INTO question (number, text) VALUES (?, ?)", arguments: [question.number, question.text])
        }
        try db.execute(
          sql: """
            INSERT INTO plenary_item (section, text, created_at)
            VALUES ('conclusions', 'Collaboration is crucial.', '2021-03-25')
            """)
      }
    }
    let store = try SessionStore.open(path)
    var snapshot = try store.snapshot()
    #expect(snapshot.plenary.map(\.text) == ["Collaboration is crucial."])
    #expect(snapshot.questions.map(\.shortTitle) == Question.defaults.map { $0.title ?? "" })
    try store.addPlenaryItem(.proceedings, text: "The rapporteurs presented their groups.", day: 2)
    #expect(throws: StorageFailure.refused(.noDay(3, days: 2))) {
      try store.addPlenaryItem(.proceedings, text: "A third day?", day: 3)
    }
    snapshot = try store.snapshot()
    #expect(
      snapshot.plenary.last
        == PlenaryItem(id: 2, section: .proceedings, text: "The rapporteurs presented their groups.", day: 2))
  }

  /// A file from before the counters per part of the session (v8), with a note: it opens, writes still work (the
  /// old single counter's triggers went with its table), and its old note refreshes when edited.
  @Test func aSessionFromBeforeTheCountersPerPartOpensAndRefreshes() throws {
    let path = try temporaryFolder() + "/v8.sqlite"
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator.migrate(
        queue, upTo: "v8: the report's shape: purpose, question titles, introductions, proceedings")
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO session_info (id, title, days, created_at) VALUES (1, 'Old meeting', 2, '2021-03-24');
            INSERT INTO question (number, text) VALUES (1, 'Challenges?'), (2, 'Practices?');
            INSERT INTO theme (id, short_name, name, position) VALUES (1, 'technology', 'Technology', 1);
            INSERT INTO breakout_group (id, theme_id, number, index_in_theme, name) VALUES (1, 1, 1, 1, 'Technology');
            INSERT INTO note (id, group_id, question_number, day, created_at, author)
            VALUES (1, 1, 1, 1, '2021-03-24 09:00:00', 'r');
            INSERT INTO note_revision (note_id, revision, text, tags, is_key, edited_at, author)
            VALUES (1, 1, 'Written before', '', 0, '2021-03-24 09:00:00', 'r');
            """)
      }
    }
    let store = try SessionStore.open(path)
    let seen = try store.snapshot()
    #expect(seen.notes.map(\.text) == ["Written before"])
    _ = try store.editNote(1, text: "Edited after the upgrade", author: "r")
    _ = try store.addNote(group: 1, question: 2, text: "New", author: "r")
    try store.setPurpose("To share practices.")
    #expect(try store.refreshed(seen) == store.snapshot())
    #expect(try store.refreshed(seen).notes.map(\.text) == ["Edited after the upgrade", "New"])
  }

  @Test func theFileIsWALWithFullSyncAndForeignKeys() throws {
    let store = try newSession()
    let (journal, synchronous, foreignKeys) = try store.write { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
        try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    #expect(journal == "wal")
    #expect(synchronous == 2, "FULL")
    #expect(foreignKeys == true)
  }

  @Test func sessionFilesArePrivateWhateverTheUmask() throws {
    let previous = umask(0o022)
    defer { umask(previous) }
    let store = try newSession()
    try store.addNote(group: try setUpGroups(store), question: 1, text: "x", author: "t")
    for suffix in ["", "-wal", "-shm"] {
      #expect(try mode(of: store.path + suffix) == 0o600, "\(suffix)")
    }
    #expect(SessionFile.exposureWarning(store.path) == nil)
    chmod(store.path, 0o644)
    #expect(SessionFile.exposureWarning(store.path)?.contains("can be read by other users") == true)
  }

  @Test func creatingOverAnExistingSessionIsRefused() throws {
    let store = try newSession()
    #expect(throws: SessionFileError.alreadyExists(path: store.path)) {
      try SessionStore.create(store.path, info: SessionInfo(title: "again"))
    }
    #expect(try store.snapshot().info.title == "Test meeting")
  }

  @Test func openingAMissingSessionSaysHowToCreateOne() throws {
    let path = try temporaryFolder() + "/missing.sqlite"
    #expect(throws: SessionFileError.noSession(path: path)) { try SessionStore.open(path) }
    #expect(!FileManager.default.fileExists(atPath: path), "opening never creates a file")
  }

  @Test func anotherFileIsNotMistakenForASession() throws {
    let path = try temporaryFolder() + "/notes.sqlite"
    try Data("just some text, not a database at all".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: SessionFileError.notASessionFile(path: path)) { try SessionStore.open(path) }
  }

  @Test func groupsAreSetPerThemeAndNumberedAcrossTheSession() throws {
    let store = try newSession()
    try store.setGroupCounts([("supply-chain", 2), ("technology", 1), ("Finance", 1)], capacity: 15)
    let snapshot = try store.snapshot()
    #expect(snapshot.groups.map(\.number) == [1, 2, 3, 4])
    #expect(
      snapshot.groups.map(\.name) == [
        "Supply chain (group A)", "Supply chain (group B)", "Technology", "Financial institutions",
      ])
    #expect(
      snapshot.groups.map { snapshot.reference(of: $0) } == [
        "supply-chain-1", "supply-chain-2", "technology", "finance",
      ])
    #expect(snapshot.groups.allSatisfy { $0.capacity == 15 })

    try store.setGroupCounts([("supply-chain", 1)])
    let fewer = try store.snapshot()
    #expect(fewer.groups.map(\.name) == ["Supply chain", "Technology", "Financial institutions"])
    #expect(fewer.groups.map(\.number) == [1, 2, 3])
    #expect(throws: StorageFailure.refused(.noTheme("health", known: ["supply-chain", "technology", "finance"]))) {
      try store.setGroupCounts([("health", 1)])
    }
  }

  @Test func aGroupWithNotesIsNeverRemoved() throws {
    let store = try newSession()
    try store.setGroupCounts([("technology", 2)])
    let second = try #require(try store.snapshot().group(matching: "technology-2"))
    try store.addNote(group: second.id, question: 1, text: "kept", author: "t")
    #expect(throws: StorageFailure.refused(.groupHasNotes(name: "Technology (group B)", notes: 1))) {
      try store.setGroupCounts([("technology", 1)])
    }
    #expect(try store.snapshot().groups.count == 2)
  }

  @Test func notesKeepTheirHistoryAndDeletedNotesLeaveTheSummary() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let note = try store.addNote(group: group, question: 2, text: "  first  ", tags: [.practice], author: "ana")
    #expect(note.text == "first")
    try store.editNote(note.id, text: "second", isKeyPoint: true, author: "ben")
    let history = try #require(try store.noteHistory(note.id))
    #expect(history.revisions.map(\.text) == ["first", "second"])
    #expect(history.revisions.map(\.author) == ["ana", "ben"])
    #expect(history.isKeyPoint && history.tags == [.practice])
    #expect(try store.snapshot().notes.map(\.text) == ["second"])
    try store.deleteNote(note.id)
    #expect(try store.snapshot().notes.isEmpty)
    #expect(try store.noteHistory(note.id)?.revisions.count == 2, "the history stays in the file")
    #expect(throws: StorageFailure.refused(.noQuestion(9))) {
      try store.addNote(group: group, question: 9, text: "x", author: "t")
    }
    #expect(throws: StorageFailure.refused(.emptyNote)) {
      try store.addNote(group: group, question: 1, text: "   ", author: "t")
    }
  }

  @Test func twoConnectionsSeeEachOthersCommits() throws {
    let first = try newSession()
    let second = try SessionStore.open(first.path)
    let versionBefore = try second.changeVersion()
    try first.addNote(group: try setUpGroups(first), question: 1, text: "seen by the other", author: "t")
    #expect(try second.snapshot().notes.map(\.text) == ["seen by the other"])
    #expect(try second.changeVersion() != versionBefore)
  }

  @Test func writesUseImmediateTransactions() throws {
    let store = try newSession()
    // In a deferred transaction nothing is locked until the first write; an immediate one holds the write lock
    // from its first statement, which is what keeps concurrent writers from failing half-way.
    let other = try SessionStore.open(store.path)
    try store.write { _ in
      #expect(throws: (any Error).self) {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let probe = try DatabaseQueue(path: other.path, configuration: configuration)
        try probe.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE; ROLLBACK;") }
      }
    }
  }
}

/// Four groups; returns the first group's id.
func setUpGroups(_ store: SessionStore) throws -> Int64 {
  try store.setGroupCounts([("supply-chain", 2), ("technology", 1), ("finance", 1)])
  return try store.snapshot().groups[0].id
}

@Suite struct LiveStoreTests {
  @Test func draftsDoNotMoveTheChangeCounterButNotesDo() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let start = try store.changeVersion()
    let draft = Draft(owner: "ana", groupID: group, question: 1, text: "half", updatedAt: Date())
    try store.save(draft)
    try store.save(draft)
    #expect(try store.changeVersion() == start, "typing does not make other screens reload")
    #expect(try store.draft(owner: "ana", group: group)?.text == "half")
    try store.commit(draft, author: "ana")
    #expect(try store.changeVersion() > start)
    #expect(try store.draft(owner: "ana", group: group) == nil, "the draft went into the note")
    #expect(try store.snapshot().notes.map(\.text) == ["half"])
  }

  @Test func committingADraftOfAnEditAddsARevision() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let note = try store.addNote(group: group, question: 2, text: "first", author: "ana")
    let draft = Draft(
      owner: "ana", groupID: group, question: 2, text: "second", tags: [.quote], editingNoteID: note.id,
      updatedAt: Date())
    try store.commit(draft, author: "ana")
    #expect(try store.noteHistory(note.id)?.revisions.map(\.text) == ["first", "second"])
    #expect(try store.snapshot().notes.count == 1)
  }

  @Test func timersBroadcastsAndTheAgendaAreShared() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let now = Date(timeIntervalSince1970: 1_000_000)
    try store.save([Timebox(groupID: group, question: 2, duration: 900).started(at: now)])
    try store.broadcast("Back at 12:30\nplease", author: "f", now: now)
    try store.addAgendaItem(day: 1, startsAt: "09:00", title: "Opening")
    try store.addAgendaItem(day: 1, startsAt: "10:45", title: "Breakout groups")
    let other = try SessionStore.open(store.path)
    let snapshot = try other.snapshot()
    #expect(snapshot.timers[group]?.remaining(at: now.addingTimeInterval(60)) == 840)
    #expect(snapshot.broadcast?.text == "Back at 12:30 please", "one line")
    #expect(snapshot.agenda.map(\.title) == ["Opening", "Breakout groups"])
    try store.setCurrentAgendaItem(snapshot.agenda[1].id)
    #expect(try other.snapshot().agenda.map(\.isCurrent) == [false, true])
    #expect(try other.snapshot().currentQuestion(of: snapshot.groups[0]) == 2)
  }
}

@Suite struct EditConflictTests {
  @Test func twoEditsOfOneNoteKeepBothTexts() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let note = try store.addNote(group: group, question: 1, text: "original", author: "ana")
    // Two terminals open the same note for editing, both from revision 1.
    let first = Draft(
      owner: "ana", groupID: group, question: 1, text: "ana's edit", editingNoteID: note.id, baseRevision: 1,
      updatedAt: Date())
    let second = Draft(
      owner: "ben", groupID: group, question: 1, text: "ben's edit", editingNoteID: note.id, baseRevision: 1,
      updatedAt: Date())
    #expect(try store.commitChecked(first, author: "ana").keptBesideNewerVersion == false)
    let clash = try store.commitChecked(second, author: "ben")
    #expect(clash.keptBesideNewerVersion)
    #expect(try store.noteHistory(note.id)?.revisions.map(\.text) == ["original", "ana's edit"])
    #expect(Set(try store.snapshot().notes.map(\.text)) == ["ana's edit", "ben's edit"], "nothing overwritten")
  }

  @Test func anEditOfANoteDeletedMeanwhileIsKept() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let note = try store.addNote(group: group, question: 1, text: "original", author: "ana")
    try store.deleteNote(note.id)
    let late = Draft(
      owner: "ben", groupID: group, question: 1, text: "still needed", editingNoteID: note.id, baseRevision: 1,
      updatedAt: Date())
    #expect(try store.commitChecked(late, author: "ben").keptBesideNewerVersion)
    #expect(try store.snapshot().notes.map(\.text) == ["still needed"])
  }
}
