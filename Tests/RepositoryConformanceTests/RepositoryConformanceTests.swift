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

  /// A screen's first look holds one group's notes and everything else; a refresh from it reads the whole session.
  @Test(arguments: StoreKind.all)
  func aFirstLookHoldsOneGroupsNotesAndARefreshReadsTheRest(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let (ours, theirs) = (session.groups[0], session.groups[2])
    try blocking {
      _ = try await repository.addNote(NewNote(group: ours, question: 1, text: "Ours", author: "ana"))
      _ = try await repository.addNote(NewNote(group: theirs, question: 3, text: "Theirs", author: "ben"))
    }
    let whole = try blocking { try await repository.snapshot() }
    let look = try blocking { try await repository.firstLook(notesOf: { $0.groups.first?.id }) }
    #expect(look.notes.map(\.text) == ["Ours"] && look.notesOnlyOf == ours)
    var rest = look
    rest.notes = whole.notes
    rest.notesOnlyOf = nil
    rest.storeStamps = whole.storeStamps
    #expect(rest == whole, "everything but the other groups' notes is there")
    #expect(try blocking { try await repository.refreshed(look) } == whole)
    #expect(try blocking { try await repository.firstLook(notesOf: { _ in nil }) } == whole)
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

  /// What the command line sets up before a meeting: the roster, the groups, the rules, themes, questions, words
  /// and agenda, each refused in a typed way when it cannot be.
  @Test(arguments: StoreKind.all)
  func theMeetingIsSetUp(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let roster = Data(
      """
      Name,Organisation,Email,Country,Stakeholder type
      Ana Lima,Org 0,ana@example.org,Brazil,NGO
      Fatima Zahra,Atlas Bank,fatima@example.org,Morocco,Financial institution
      """.utf8)
    let rehearsal = try blocking {
      try await repository.importRoster(roster, mapping: [:], encoding: .utf8, dryRun: true)
    }
    #expect(rehearsal.added == ["Fatima Zahra"] && rehearsal.updated.map(\.name) == ["Ana Lima"])
    #expect(try blocking { try await repository.snapshot() }.participants.count == 4, "a dry run changes nothing")
    let report = try blocking {
      try await repository.importRoster(roster, mapping: [:], encoding: .utf8, dryRun: false)
    }
    #expect(report == rehearsal)
    let again = try blocking { try await repository.importRoster(roster, mapping: [:], encoding: .utf8, dryRun: false) }
    #expect(again.added.isEmpty && again.unchanged == 2, "importing the same export again adds nobody")
    #expect {
      try blocking {
        try await repository.importRoster(
          Data("Name\n\"never closed".utf8), mapping: [:], encoding: .utf8, dryRun: false)
      }
    } throws: { error in
      if case .refused(.rosterUnreadable) = error as? StorageFailure { return true }
      return false
    }

    let (ana, ben) = (session.people[0], session.people[1])
    try blocking {
      try await repository.addTheme(shortName: "health", name: "Health care")
      try await repository.renameTheme("finance", to: "Banks")
      try await repository.setGroupCounts([("technology", 2), ("health", 1)], capacity: 9)
      try await repository.addRule(GroupingRule(kind: .apart, first: ben, second: ana))
      try await repository.setQuestion(5, text: "What comes next?", title: "Next")
      try await repository.setQuestionTitle(2, title: "What works")
      try await repository.setPurpose("  To share what works.  ")
      try await repository.setNotIdentifying(["Grant", "Hope"], true)
      try await repository.setNotIdentifying(["Hope"], false)
      try await repository.addAgendaItem(day: 2, startsAt: "09:30", title: "Plenary")
    }
    var snapshot = try blocking { try await repository.snapshot() }
    #expect(
      snapshot.groups.map(\.name) == [
        "Supply chain (group A)", "Supply chain (group B)", "Technology (group A)", "Technology (group B)", "Banks",
        "Health care",
      ])
    #expect(snapshot.groups.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(snapshot.groups.filter { $0.capacity == 9 }.count == 3, "the capacity goes to the themes named")
    #expect(snapshot.rules == [GroupingRule(kind: .apart, first: ana, second: ben)])
    #expect(snapshot.questions.map(\.number) == [1, 2, 3, 4, 5])
    #expect(snapshot.questions[1].title == "What works" && snapshot.questions[4].text == "What comes next?")
    #expect(snapshot.info.purpose == "To share what works.")
    #expect(snapshot.notIdentifying == ["Grant"])
    #expect(snapshot.agenda.map(\.title) == ["Opening", "Breakout groups", "Plenary"])

    try blocking {
      try await repository.removeQuestion(5)
      try await repository.setPurpose(nil)
    }
    snapshot = try blocking { try await repository.snapshot() }
    #expect(snapshot.questions.count == 4 && snapshot.info.purpose == nil)

    let technologyB = try #require(snapshot.group(matching: "technology-2")).id
    try blocking {
      _ = try await repository.addNote(NewNote(group: technologyB, question: 1, text: "kept", author: "t"))
    }
    let refusals: [(StorageRefusal, @Sendable () async throws -> Void)] = [
      (.themeTaken("health"), { try await repository.addTheme(shortName: "Health", name: "Again") }),
      (.themeShortNameInvalid, { try await repository.addTheme(shortName: "no spaces", name: "X") }),
      (
        .noTheme("sport", known: ["supply-chain", "technology", "finance", "health"]),
        { try await repository.setGroupCounts([("sport", 1)], capacity: nil) }
      ),
      (
        .groupHasNotes(name: "Technology (group B)", notes: 1),
        { try await repository.setGroupCounts([("technology", 1)], capacity: nil) }
      ),
      (
        .groupCountOutOfRange(theme: "technology"),
        { try await repository.setGroupCounts([("technology", 27)], capacity: nil) }
      ),
      (.capacityBelowOne, { try await repository.setGroupCounts([("technology", 2)], capacity: 0) }),
      (.ruleNeedsTwoPeople, { try await repository.addRule(GroupingRule(kind: .together, first: ana, second: ana)) }),
      (.questionOutOfOrder(count: 4), { try await repository.setQuestion(7, text: "gap", title: nil) }),
      (.onlyLastQuestionRemovable(last: 4), { try await repository.removeQuestion(2) }),
      (.noWords, { try await repository.setNotIdentifying([" "], true) }),
    ]
    for (expected, change) in refusals {
      #expect(throws: StorageFailure.refused(expected)) { try blocking { try await change() } }
    }
    let unchanged = try blocking { try await repository.snapshot() }
    #expect(unchanged.groups == snapshot.groups, "a refused change leaves the groups as they were")
  }

  /// Notes and plenary lines written from the command line, one at a time or imported from a file.
  @Test(arguments: StoreKind.all)
  func notesAndPlenaryLinesComeFromOutsideTheScreen(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let (group, ana) = (session.groups[0], session.people[0])
    let said = Date(timeIntervalSince1970: 1_616_576_400)
    let note = try blocking {
      try await repository.addNote(
        NewNote(
          group: group, question: 2, text: "  Banks flag payments  ", speaker: ana, tags: [.practice],
          isKeyPoint: true, day: 2, author: "ana", writtenAt: said))
    }
    #expect(note.text == "Banks flag payments" && note.day == 2 && note.createdAt == said)
    let stored = try blocking { try await repository.snapshot() }.notes
    #expect(stored == [note])
    #expect(throws: StorageFailure.refused(.emptyNote)) {
      try blocking { try await repository.addNote(NewNote(group: group, question: 1, text: " \n ", author: "ana")) }
    }
    #expect(throws: StorageFailure.refused(.noQuestion(9))) {
      try blocking { try await repository.addNote(NewNote(group: group, question: 9, text: "x", author: "ana")) }
    }

    let file = Data(
      """
      Group,Question,Day,Speaker,Text,Tags,Key point
      Supply chain (group A),I,1,Ana Lima,Audits miss subcontractors,challenge,yes
      Supply chain (group B),II,1,,Worker voice apps,,
      """.utf8)
    #expect(try blocking { try await repository.importNotes(file, author: "import") } == 2)
    let texts = try blocking { try await repository.snapshot() }.notes.map(\.text).sorted()
    #expect(texts == ["Audits miss subcontractors", "Banks flag payments", "Worker voice apps"])
    #expect {
      try blocking { try await repository.importNotes(Data("Group,Text\nNowhere,x\n".utf8), author: "import") }
    } throws: { error in
      if case .refused(.noteImport) = error as? StorageFailure { return true }
      return false
    }
    #expect(try blocking { try await repository.snapshot() }.notes.count == 3, "a refused import adds nothing")

    let line = try blocking {
      try await repository.addPlenaryItem(.proceedings, text: "Ana presented group A.", speaker: ana, day: 2)
    }
    var plenary = try blocking { try await repository.snapshot() }.plenary
    #expect(
      plenary == [PlenaryItem(id: line, section: .proceedings, text: "Ana presented group A.", speakerID: ana, day: 2)])
    #expect(throws: StorageFailure.refused(.noDay(3, days: 2))) {
      try blocking { try await repository.addPlenaryItem(.proceedings, text: "Day three?", speaker: nil, day: 3) }
    }
    try blocking { try await repository.removePlenaryItem(line) }
    plenary = try blocking { try await repository.snapshot() }.plenary
    #expect(plenary.isEmpty)
    #expect(throws: StorageFailure.refused(.noPlenaryLine(line))) {
      try blocking { try await repository.removePlenaryItem(line) }
    }
  }
}
