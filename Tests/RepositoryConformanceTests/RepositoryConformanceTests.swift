import BreakoutCore
import Foundation
import Testing

/// What every store must do, run on each kind of store: the screen relies on nothing else.
@Suite struct RepositoryConformanceTests {
  @Test(arguments: StoreKind.all)
  func draftsAreKeptUntilTheirNoteIsSavedOrTheyAreDiscarded(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let group = session.groups[0]
    try blocking {
      try await repository.save(draft("half a tho", group: group))
      try await repository.save(draft("half a thought", group: group))
      try await repository.save(draft("someone else's", group: group, owner: "ben"))
    }
    #expect(
      try blocking { try await repository.drafts() }.map(\.text).sorted() == ["half a thought", "someone else's"])
    let commit = try blocking { try await repository.commit(draft("half a thought", group: group), author: "ana") }
    #expect(commit.note.text == "half a thought" && !commit.keptBesideNewerVersion)
    #expect(try blocking { try await repository.drafts() }.map(\.owner) == ["ben"], "the saved note's draft is gone")
    try blocking { try await repository.discardDraft(owner: "ben", group: group) }
    #expect(try blocking { try await repository.drafts() }.isEmpty)
  }

  @Test(arguments: StoreKind.all)
  func notesAreSavedEditedStarredMovedAndDeleted(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let group = session.groups[1]
    let first = try blocking { try await repository.commit(draft("Trust takes time", group: group), author: "ana") }
    var edit = draft("Trust takes years", group: group)
    edit.editingNoteID = first.note.id
    edit.baseRevision = 1
    let edited = try blocking { [edit] in try await repository.commit(edit, author: "ana") }
    #expect(edited.note.id == first.note.id && edited.note.current.revision == 2 && !edited.keptBesideNewerVersion)
    try blocking {
      try await repository.setKeyPoint(note: first.note.id, true, author: "ana")
      try await repository.moveNote(first.note.id, toQuestion: 3)
    }
    var notes = try blocking { try await repository.snapshot() }.notes
    #expect(notes.count == 1)
    #expect(notes[0].text == "Trust takes years" && notes[0].isKeyPoint && notes[0].questionNumber == 3)
    #expect(notes[0].revisions.count == 3, "every change kept as a revision")
    try blocking { try await repository.deleteNote(first.note.id) }
    notes = try blocking { try await repository.snapshot() }.notes
    #expect(notes.isEmpty)
    #expect(throws: StorageFailure.self) { try blocking { try await repository.deleteNote(first.note.id) } }
  }

  /// Two terminals edit one note: the later save keeps both texts, its own as a new note beside the other.
  @Test(arguments: StoreKind.all)
  func anEditOfAnOlderRevisionIsKeptBesideTheNewerOne(kind: StoreKind) throws {
    let session = try kind.prepare()
    let here = session.repository
    let there = try session.open()
    let group = session.groups[2]
    let note = try blocking { try await here.commit(draft("Original", group: group), author: "ana") }.note
    var mine = draft("Mine", group: group)
    mine.editingNoteID = note.id
    mine.baseRevision = 1
    var theirs = draft("Theirs", group: group, owner: "ben")
    theirs.editingNoteID = note.id
    theirs.baseRevision = 1
    _ = try blocking { [theirs] in try await there.commit(theirs, author: "ben") }
    let kept = try blocking { [mine] in try await here.commit(mine, author: "ana") }
    #expect(kept.keptBesideNewerVersion && kept.note.id != note.id)
    let texts = try blocking { try await here.snapshot() }.notes.map(\.text).sorted()
    #expect(texts == ["Mine", "Theirs"])
  }

  @Test(arguments: StoreKind.all)
  func theLiveMeetingIsStored(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let group = session.groups[0]
    let timer = Timebox(
      groupID: group, question: 2, duration: 900, startedAt: Date(timeIntervalSince1970: 1_700_000_000))
    try blocking {
      try await repository.save([timer])
      try await repository.broadcast("Ten minutes left", to: nil, author: "facilitator")
      try await repository.broadcast("Group A: wrap up", to: group, author: "facilitator")
      try await repository.requestHelp(group: group, text: "need a timekeeper", author: "ana")
      try await repository.setCurrentAgendaItem(session.agenda[1])
      try await repository.setIntroduction(group: group, text: "  The session began with a presentation.  ")
      try await repository.addPlenaryItem(.conclusions, text: "Collaboration is crucial.")
    }
    var snapshot = try blocking { try await repository.snapshot() }
    #expect(snapshot.timers[group] == timer)
    #expect(snapshot.broadcasts.map(\.text) == ["Group A: wrap up", "Ten minutes left"])
    #expect(snapshot.broadcasts.map(\.groupID) == [group, nil])
    #expect(snapshot.helpRequests.map(\.text) == ["need a timekeeper"])
    #expect(snapshot.agenda.map(\.isCurrent) == [false, true])
    #expect(snapshot.groups.first { $0.id == group }?.introduction == "The session began with a presentation.")
    #expect(snapshot.plenary.map(\.text) == ["Collaboration is crucial."])
    try blocking {
      try await repository.acknowledgeHelp(group: group)
      try await repository.setCurrentAgendaItem(nil)
      try await repository.setIntroduction(group: group, text: nil)
    }
    snapshot = try blocking { try await repository.snapshot() }
    #expect(snapshot.helpRequests.isEmpty && snapshot.agenda.allSatisfy { !$0.isCurrent })
    #expect(snapshot.groups.first { $0.id == group }?.introduction == nil)
  }

  @Test(arguments: StoreKind.all)
  func groupsAndTheRosterAreStored(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let (ana, ben, chen, dana) = (session.people[0], session.people[1], session.people[2], session.people[3])
    let (b, tech, finance) = (session.groups[1], session.groups[2], session.groups[3])
    try blocking {
      try await repository.move(participant: ana, to: tech, lock: true)
      try await repository.setLeads(group: tech, moderator: ana, rapporteur: nil)
      try await repository.setLock(participant: ben, locked: true)
      try await repository.setCapacity(group: finance, capacity: 12)
      try await repository.setAbsent(participants: [chen], absent: true)
      try await repository.apply(Assignment(groupOf: [dana: finance]))
    }
    var snapshot = try blocking { try await repository.snapshot() }
    func person(_ id: Int64) -> Participant? { snapshot.participant(id) }
    #expect(person(ana)?.groupID == tech && person(ana)?.isLocked == true)
    #expect(snapshot.groups.first { $0.id == tech }?.moderatorID == ana)
    #expect(person(ben)?.groupID == b && person(ben)?.isLocked == true)
    #expect(snapshot.groups.first { $0.id == finance }?.capacity == 12)
    #expect(person(chen)?.isAbsent == true && person(chen)?.groupID == nil, "an absent person leaves their group")
    #expect(person(dana)?.groupID == finance)
    var changed = person(dana)!
    changed.organisation = "Ministry of Labour"
    try blocking { [changed] in
      try await repository.addParticipant(Participant(id: 0, name: "Eve Park", organisation: "Acme"))
      try await repository.updateParticipant(changed)
      try await repository.deleteParticipant(ben)
    }
    snapshot = try blocking { try await repository.snapshot() }
    #expect(snapshot.participants.map(\.name).contains("Eve Park"))
    #expect(person(dana)?.organisation == "Ministry of Labour")
    #expect(person(ben) == nil)
    #expect(throws: StorageFailure.self) {
      try blocking { try await repository.addParticipant(Participant(id: 0, name: " ", organisation: "")) }
    }
  }

  /// Another terminal's change reaches this one through the change stream, named by the part it touched, and a
  /// refresh from the last read is the session read whole.
  @Test(arguments: StoreKind.all)
  func anotherTerminalsChangeArrivesAndRefreshesExactly(kind: StoreKind) throws {
    let session = try kind.prepare()
    let here = session.repository
    let there = try session.open()
    let seen = try blocking { try await here.snapshot() }
    let changes = here.changes()
    let group = session.groups[0]
    let arrived = try blocking { () -> SessionChange in
      try await there.save([Timebox(groupID: group, question: 1, duration: 600)])
      _ = try await there.commit(draft("From the next room", group: group, owner: "ben"), author: "ben")
      var seenChanges = SessionChange()
      for await change in changes {
        seenChanges.formUnion(change)
        if seenChanges.isSuperset(of: [.notes, .clocks]) { break }
      }
      return seenChanges
    }
    #expect(arrived.isSuperset(of: [.notes, .clocks]))
    let refreshed = try blocking { try await here.refreshed(seen) }
    #expect(refreshed == (try blocking { try await here.snapshot() }))
    #expect(refreshed.notes.map(\.text) == ["From the next room"])
  }

  /// Four terminals saving notes at once: every note saved once, none lost, each with an id of its own.
  @Test(arguments: StoreKind.all)
  func severalWritersAtOnceLoseNothing(kind: StoreKind) throws {
    let session = try kind.prepare()
    let writers = try (0..<4).map { _ in try session.open() }
    let group = session.groups[3]
    let done = DispatchGroup()
    let failures = ResultBox<[String]>()
    failures.value = []
    let lock = NSLock()
    for (index, writer) in writers.enumerated() {
      done.enter()
      DispatchQueue.global().async {
        do {
          _ = try blocking {
            for count in 0..<40 {
              _ = try await writer.commit(
                draft("w\(index) n\(count)", group: group, owner: "w\(index)"), author: "w\(index)")
            }
          }
        } catch {
          lock.lock()
          failures.value?.append("\(error)")
          lock.unlock()
        }
        done.leave()
      }
    }
    done.wait()
    #expect(failures.value == [])
    let notes = try blocking { try await session.repository.snapshot() }.notes
    #expect(notes.count == 160)
    #expect(Set(notes.map(\.id)).count == 160)
    #expect(Set(notes.map(\.text)).count == 160)
  }
}
