@testable import BreakoutCore
@testable import BreakoutTUI

/// One of each message of the screen, with sample values, and which case each is: `kind` is an exhaustive switch,
/// so a new message does not compile until it has a number here, and the catalogue test fails until it has a
/// sample.
enum InterfaceSamples {
  static let kinds = 203

  static func kind(_ message: UIText) -> Int {
    switch message {
    case .screenTitle: 0
    case .terminalTooSmall: 1
    case .quitsHint: 2
    case .readOnlyBadge: 3
    case .rapporteurBadge: 4
    case .offlineWaiting: 5
    case .offline: 6
    case .sending: 7
    case .refusedByServer: 8
    case .refusedHeading: 186
    case .refusedEntry: 187
    case .refusedWhy: 188
    case .movesRefusedByServer: 190
    case .refusedMovesHeading: 191
    case .refusedMoveEntry: 192
    case .noRefusedNotes: 189
    case .dateSpan: 9
    case .promptHints: 10
    case .broadcastLine: 11
    case .helpScroll: 12
    case .helpScreenHeading: 13
    case .helpScope: 14
    case .rosterColumn: 15
    case .absent: 16
    case .waiting: 17
    case .locked: 18
    case .noParticipantsYet: 19
    case .nobodyMatches: 20
    case .peopleCount: 21
    case .countriesCount: 22
    case .addParticipantTitle: 23
    case .editParticipantTitle: 24
    case .formField: 25
    case .yes: 26
    case .no: 27
    case .stakeholder: 28
    case .stakeholderShort: 29
    case .role: 30
    case .nothingChanged: 31
    case .participantNeedsName: 32
    case .participantAdded: 33
    case .participantSaved: 34
    case .filterLabel: 35
    case .removeParticipantQuestion: 36
    case .arrived: 37
    case .markedAbsent: 38
    case .removedFromRoster: 39
    case .noGroupsForGroups: 40
    case .assignmentUnderWay: 41
    case .assignmentUnderWayKeysWork: 42
    case .assignmentStillUnderWay: 43
    case .waitingForGroup: 44
    case .absentList: 45
    case .proposedAssignment: 46
    case .emptyGroup: 47
    case .moderatorMark: 48
    case .rapporteurMark: 49
    case .lockedMark: 50
    case .moveLabel: 51
    case .everyoneHasGroup: 52
    case .roundShown: 193
    case .pastRoundReadOnly: 194
    case .oneRound: 195
    case .roundNowCurrent: 196
    case .newRoundLabel: 197
    case .startingRound: 198
    case .facilitatorOnlyRounds: 199
    case .repeatedPairs: 200
    case .roomsLabel: 201
    case .roomsWritten: 202
    case .alreadyInGroup: 53
    case .keptApart: 54
    case .keptTogether: 55
    case .groupFullQuestion: 56
    case .moved: 57
    case .noMoveToUndo: 58
    case .movedBack: 59
    case .noGroupYet: 60
    case .secondLeadQuestion: 61
    case .nowLead: 62
    case .qualityScore: 63
    case .qualityTerms: 64
    case .qualityFigures: 65
    case .placingWaiting: 66
    case .everyoneReassigned: 67
    case .cannotAssign: 68
    case .assignmentSaved: 69
    case .assignmentDiscarded: 70
    case .acceptOrDiscardFirst: 71
    case .noClock: 72
    case .clockReady: 73
    case .clockRunning: 74
    case .clockPaused: 75
    case .clockLastMinute: 76
    case .clockTimeUp: 77
    case .noGroupsForFacilitate: 78
    case .facilitateColumnGroup: 79
    case .facilitateColumnNow: 80
    case .facilitateColumnClock: 81
    case .helpCall: 82
    case .facilitateLegend: 83
    case .latestKeyPoints: 84
    case .reading: 85
    case .noKeyPointYet: 86
    case .dayWithoutAgenda: 87
    case .dayName: 88
    case .timeboxLabel: 89
    case .fiveMoreMinutes: 90
    case .fiveMoreMinutesForClocks: 91
    case .noAgendaYet: 92
    case .broadcastLabel: 93
    case .groupMessageLabel: 94
    case .helpAcknowledged: 95
    case .nothingSentEmpty: 96
    case .messageSent: 97
    case .timeboxStarted: 98
    case .noSuchGroup: 99
    case .timebox: 100
    case .noGroupsYet: 101
    case .onQuestion: 102
    case .earlierMessage: 103
    case .readingGroupNotes: 104
    case .noNotesYet: 105
    case .newNoteTitle: 106
    case .editingNoteTitle: 107
    case .unattributed: 108
    case .speakerNow: 109
    case .keyPointField: 110
    case .speakerField: 111
    case .tagsField: 112
    case .noTags: 113
    case .askHelpLabel: 114
    case .introductionLabel: 115
    case .closedNoteBack: 116
    case .findLabel: 117
    case .deleteNoteQuestion: 118
    case .moveNoteLabel: 119
    case .noNoteMentions: 120
    case .speakerCleared: 121
    case .tagKeys: 122
    case .speakerChosen: 123
    case .peopleMatch: 124
    case .nobodyMatchesSpeaker: 125
    case .closedSavingSoon: 126
    case .closedDraftKept: 127
    case .emptyNote: 128
    case .introductionCleared: 129
    case .introductionSaved: 130
    case .helpRequested: 131
    case .moveNoteWhere: 132
    case .noteAlreadyIn: 133
    case .noteMoved: 134
    case .noteDeleted: 135
    case .noteSavedAddingMore: 136
    case .editConflict: 137
    case .noteSaved: 138
    case .notSaved: 139
    case .waitingForFile: 140
    case .waitingForDisk: 141
    case .draftsLeft: 142
    case .unsavedNoteBack: 143
    case .draftTakenOver: 144
    case .draftRecovered: 145
    case .tagName: 146
    case .historyHeading: 147
    case .historyChange: 148
    case .historyEntry: 149
    case .historyKeyPoint: 150
    case .historyDeleted: 151
    case .summaryHeading: 152
    case .attribution: 153
    case .plenaryLabel: 154
    case .exportLabel: 155
    case .attributionChosen: 156
    case .plenaryHowTo: 157
    case .addedToProceedings: 158
    case .addedToSection: 159
    case .stillReading: 160
    case .exporting: 161
    case .exportRequest: 162
    case .exported: 163
    case .notExported: 164
    case .readOnlySession: 165
    case .readOnlyAtStart: 166
    case .exportDefault: 167
    case .rapporteurScreens: 168
    case .rapporteurOwnGroup: 169
    case .onlyOneGroup: 170
    case .plenaryIsFacilitators: 171
    case .rapporteurOwnSummary: 172
    case .facilitatorSeesHelp: 173
    case .noHelpAsked: 174
    case .noGroupsSetUp: 175
    case .noClockForGroup: 176
    case .noClockYet: 177
    case .noClockRunning: 178
    case .noNoteToChange: 179
    case .nobodySelected: 180
    case .nobodySelectedInGroup: 181
    case .cannotOpen: 183
    case .notesWaitingOnQuit: 184
    case .notesRefusedOnQuit: 185
    case .confirmHint: 182
    }
  }

  static var all: [UIText] {
    [
      .screenTitle(.roster),
      .screenTitle(.groups),
      .screenTitle(.facilitate),
      .screenTitle(.notes),
      .screenTitle(.summary),
      .terminalTooSmall(width: 3, height: 3),
      .quitsHint,
      .readOnlyBadge,
      .rapporteurBadge(group: "X"),
      .offlineWaiting(1),
      .offlineWaiting(3),
      .offline,
      .sending(1),
      .sending(2),
      .refusedByServer(1),
      .refusedByServer(2),
      .refusedHeading(1),
      .refusedHeading(2),
      .refusedEntry(group: "finance", question: "ii", time: "10:42"),
      .refusedWhy("R"),
      .noRefusedNotes,
      .movesRefusedByServer(1),
      .movesRefusedByServer(2),
      .refusedMovesHeading(1),
      .refusedMovesHeading(2),
      .refusedMoveEntry(name: "N", group: "G", time: "10:42"),
      .refusedMoveEntry(name: "N", group: nil, time: "10:42"),
      .dateSpan("X", "X"),
      .promptHints,
      .broadcastLine(group: nil, time: "10:31", text: "T"),
      .broadcastLine(group: "G", time: "10:31", text: "T"),
      .helpScroll(shown: 3, total: 3),
      .helpScreenHeading(.notes),
      .helpScope(.editor),
      .helpScope(.textFields),
      .helpScope(.form),
      .helpScope(.prompt),
      .helpScope(.confirmation),
      .helpScope(.preview),
      .helpScope(.help),
      .helpScope(.history),
      .helpScope(.refused),
      .rosterColumn(.name),
      .rosterColumn(.organisation),
      .rosterColumn(.type),
      .rosterColumn(.country),
      .rosterColumn(.group),
      .rosterColumn(.role),
      .absent,
      .waiting,
      .locked,
      .noParticipantsYet,
      .nobodyMatches,
      .peopleCount(1, matching: nil, types: "X 1"),
      .peopleCount(3, matching: "an", types: "X 3"),
      .countriesCount(1, list: "X 1", more: false),
      .countriesCount(9, list: "X 1", more: true),
      .addParticipantTitle,
      .editParticipantTitle("X"),
      .formField(.name),
      .formField(.organisation),
      .formField(.stakeholderType),
      .formField(.country),
      .formField(.email),
      .formField(.role),
      .formField(.consent),
      .yes,
      .no,
      .stakeholder(.government),
      .stakeholder(.privateSector),
      .stakeholder(.civilSociety),
      .stakeholder(.academia),
      .stakeholder(.internationalOrganisation),
      .stakeholder(.other),
      .stakeholder(.unspecified),
      .stakeholderShort(.government),
      .stakeholderShort(.privateSector),
      .stakeholderShort(.civilSociety),
      .stakeholderShort(.academia),
      .stakeholderShort(.internationalOrganisation),
      .stakeholderShort(.other),
      .role(.participant),
      .role(.speaker),
      .role(.moderator),
      .role(.rapporteur),
      .role(.facilitator),
      .nothingChanged,
      .participantNeedsName,
      .participantAdded("X"),
      .participantSaved("X"),
      .filterLabel,
      .removeParticipantQuestion(name: "Ana", notes: nil),
      .removeParticipantQuestion(name: "Ana", notes: 0),
      .removeParticipantQuestion(name: "Ana", notes: 1),
      .removeParticipantQuestion(name: "Ana", notes: 3),
      .arrived("X"),
      .markedAbsent("Ana", leaving: "G"),
      .markedAbsent("Ana", leaving: nil),
      .removedFromRoster,
      .noGroupsForGroups,
      .assignmentUnderWay(people: 3),
      .assignmentUnderWayKeysWork(people: 3),
      .assignmentStillUnderWay,
      .waitingForGroup(count: 3, names: "X"),
      .absentList(count: 3, names: "X"),
      .proposedAssignment,
      .emptyGroup,
      .moderatorMark,
      .rapporteurMark,
      .lockedMark,
      .moveLabel(name: "X", choices: "X"),
      .everyoneHasGroup,
      .roundShown(number: 1, name: nil, of: 2, current: false),
      .roundShown(number: 2, name: "X", of: 2, current: true),
      .pastRoundReadOnly(number: 1, current: 2),
      .oneRound,
      .roundNowCurrent(number: 2, name: nil, canRegroup: false),
      .roundNowCurrent(number: 2, name: "X", canRegroup: true),
      .newRoundLabel(number: 2),
      .startingRound,
      .facilitatorOnlyRounds,
      .repeatedPairs(3),
      .roomsLabel,
      .roomsWritten(path: "P", tool: "Zoom", rooms: 3, withoutEmail: []),
      .roomsWritten(path: "P", tool: "Zoom", rooms: 3, withoutEmail: ["N"]),
      .alreadyInGroup(name: "X", group: "X"),
      .keptApart(name: "X", other: "X", group: "X"),
      .keptTogether(name: "Ana", other: "Bo", group: nil),
      .groupFullQuestion(group: "X", members: 3, capacity: 3, name: "X"),
      .moved(name: "Ana", from: "G", to: "H", raised: true),
      .moved(name: "Ana", from: nil, to: nil, raised: false),
      .noMoveToUndo,
      .movedBack(name: "Ana", to: nil),
      .noGroupYet("X"),
      .secondLeadQuestion(name: "Ana", role: .moderator, group: "G", newRole: .rapporteur, newGroup: "H"),
      .nowLead(name: "Ana", role: .moderator, group: "G"),
      .nowLead(name: nil, role: .rapporteur, group: nil),
      .qualityScore(0.5),
      .qualityTerms(unmet: 1, sizeExcess: 0, mix: 0.5, countryExcess: 0, violations: 0),
      .qualityFigures(preferencesMet: 90, smallest: 4, largest: 5, fewestTypes: 3, topCountryShare: 40),
      .placingWaiting(3),
      .everyoneReassigned,
      .cannotAssign("X"),
      .assignmentSaved,
      .assignmentDiscarded,
      .acceptOrDiscardFirst,
      .noClock,
      .clockReady("X"),
      .clockRunning("X"),
      .clockPaused("X"),
      .clockLastMinute("X"),
      .clockTimeUp("X"),
      .noGroupsForFacilitate,
      .facilitateColumnGroup,
      .facilitateColumnNow,
      .facilitateColumnClock,
      .helpCall(time: "10:31", text: "T", more: 0),
      .helpCall(time: "10:31", text: "T", more: 2),
      .facilitateLegend,
      .latestKeyPoints,
      .reading,
      .noKeyPointYet,
      .dayWithoutAgenda(1),
      .dayName(1),
      .dayName(2),
      .dayName(12),
      .timeboxLabel(allGroups: true),
      .timeboxLabel(allGroups: false),
      .fiveMoreMinutes(group: "X"),
      .fiveMoreMinutesForClocks(1),
      .fiveMoreMinutesForClocks(3),
      .noAgendaYet,
      .broadcastLabel,
      .groupMessageLabel(number: 3, group: "X"),
      .helpAcknowledged(group: "X"),
      .nothingSentEmpty,
      .messageSent(group: nil),
      .messageSent(group: "G"),
      .timeboxStarted(question: "ii", duration: "15 min", groups: ["G"]),
      .timeboxStarted(question: "ii", duration: "15 min", groups: ["G", "H"]),
      .noSuchGroup(text: "X", choices: "X"),
      .timebox(.shape, firstQuestion: "i", lastQuestion: "iv"),
      .timebox(.noSuchQuestion("ix"), firstQuestion: "i", lastQuestion: "iv"),
      .timebox(.notPositive("0"), firstQuestion: "i", lastQuestion: "iv"),
      .timebox(.tooLong("900"), firstQuestion: "i", lastQuestion: "iv"),
      .noGroupsYet,
      .onQuestion("X"),
      .earlierMessage("X"),
      .readingGroupNotes,
      .noNotesYet,
      .newNoteTitle(question: "X"),
      .editingNoteTitle(question: "X"),
      .unattributed,
      .speakerNow("X"),
      .keyPointField(true),
      .keyPointField(false),
      .speakerField("X"),
      .tagsField("X"),
      .noTags,
      .askHelpLabel,
      .introductionLabel(group: "X"),
      .closedNoteBack,
      .findLabel,
      .deleteNoteQuestion("X"),
      .moveNoteLabel(questions: "X"),
      .noNoteMentions("X"),
      .speakerCleared,
      .tagKeys,
      .speakerChosen("X"),
      .peopleMatch(count: 3, query: "X"),
      .nobodyMatchesSpeaker("X"),
      .closedSavingSoon,
      .closedDraftKept,
      .emptyNote,
      .introductionCleared,
      .introductionSaved,
      .helpRequested,
      .moveNoteWhere(questions: "X"),
      .noteAlreadyIn(question: "X"),
      .noteMoved(question: "X"),
      .noteDeleted,
      .noteSavedAddingMore,
      .editConflict,
      .noteSaved(question: "ii", day: nil, link: .local),
      .noteSaved(question: "ii", day: 2, link: .local),
      .noteSaved(question: "ii", day: nil, link: .offline),
      .noteSaved(question: "ii", day: nil, link: .sending),
      .notSaved(.busy),
      .notSaved(.diskFull),
      .notSaved(.unreachable),
      .notSaved(.refused(.emptyNote)),
      .waitingForFile,
      .waitingForDisk,
      .draftsLeft([
        UIText.DraftDescription(owner: nil, group: "G", time: "10:31"),
        UIText.DraftDescription(owner: "Ana", group: nil, time: "10:32"),
      ]),
      .unsavedNoteBack,
      .draftTakenOver(owner: "X"),
      .draftRecovered(time: "X"),
      .tagName(.challenge),
      .tagName(.practice),
      .tagName(.recommendation),
      .tagName(.role),
      .tagName(.quote),
      .historyHeading(note: 4, question: "ii", day: 1, versions: 2),
      .historyChange(.written),
      .historyChange(.text),
      .historyChange(.speaker),
      .historyChange(.tags),
      .historyChange(.madeKeyPoint),
      .historyChange(.noLongerKeyPoint),
      .historyEntry(revision: 2, time: "10:31", author: "ana", changes: []),
      .historyEntry(revision: 2, time: "10:31", author: "ana", changes: [.text, .madeKeyPoint]),
      .historyKeyPoint,
      .historyDeleted,
      .summaryHeading(scope: nil, attribution: .named, updating: true, unstarred: true),
      .summaryHeading(scope: "G", attribution: .affiliation, updating: false, unstarred: false),
      .attribution(.named),
      .attribution(.affiliation),
      .attribution(.chathamHouse),
      .plenaryLabel,
      .exportLabel,
      .attributionChosen(.chathamHouse),
      .plenaryHowTo,
      .addedToProceedings,
      .addedToSection(.conclusions),
      .addedToSection(.recommendations),
      .addedToSection(.keyMessages),
      .addedToSection(.nextSteps),
      .stillReading,
      .exporting("X"),
      .exportRequest(.noFormat("pdf")),
      .exportRequest(.noFile),
      .exportRequest(.unknownOption("--x")),
      .exportRequest(.badValue(option: "--attribution", value: "all")),
      .exportRequest(.badValue(option: "--day", value: "x")),
      .exportRequest(.dayOutOfRange(3, days: 2)),
      .exportRequest(.twoFiles("a", "b")),
      .exported(path: "s.md", attribution: .named, withheld: []),
      .exported(path: "s.md", attribution: .chathamHouse, withheld: [3, 4]),
      .exported(path: "s.md", attribution: .affiliation, withheld: [3]),
      .notExported(path: "X", reason: "X"),
      .readOnlySession("X"),
      .readOnlyAtStart("X"),
      .exportDefault,
      .rapporteurScreens,
      .rapporteurOwnGroup,
      .onlyOneGroup,
      .plenaryIsFacilitators,
      .rapporteurOwnSummary,
      .facilitatorSeesHelp,
      .noHelpAsked,
      .noGroupsSetUp,
      .noClockForGroup,
      .noClockYet,
      .noClockRunning,
      .noNoteToChange,
      .nobodySelected,
      .nobodySelectedInGroup,
      .confirmHint,
      .cannotOpen(path: "p", reason: "r"), .notesWaitingOnQuit(count: 1, path: "p"),
      .notesWaitingOnQuit(count: 3, path: "p"), .notesRefusedOnQuit(count: 1, path: "p"),
      .notesRefusedOnQuit(count: 2, path: "p"),
    ]
  }
}
