import Foundation
import Testing

/// A meeting of more than one breakout round, and the rooms handed to the video tool, through the binary.
@Suite struct RoundsTests {
  static let roster = """
    First Name,Last Name,Organisation,E-mail,Country/Region,Sector,Breakout preference
    Thị Hà,Nguyễn,Pacific Links,ha@example.vn,Viet Nam,NGO,Supply chain
    Selam,Tesfaye,Addis Garments,selam@example.et,Ethiopia,Private sector,Supply chain
    Wei,Chen,Tsinghua University,,China,Academia,Technology
    Nino,Beridze,Bank of Georgia,nino@example.ge,Georgia,Private sector,Finance
    Sokha,Chan,Ministry of Labour,sokha@example.kh,Cambodia,Government,Supply chain
    Yael,Levi,Israel Police,,Israel,Law enforcement,Technology
    """

  static func meeting() throws -> String {
    let folder = try scratchFolder()
    try write(Self.roster, to: folder + "/registrations.csv")
    for command in [
      ["new", "m", "--title", "Two rounds"], ["roster", "import", "m", "registrations.csv"],
      ["groups", "set", "m", "supply-chain=1", "technology=1", "finance=1"], ["assign", "m", "--seed", "3"],
    ] {
      let result = try Binary.run(command, in: folder)
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
    return folder
  }

  @Test func theRoomsGoToZoomAndTeamsAsTheyImportThem() throws {
    let folder = try Self.meeting()
    let groups = try Binary.run(["assign", "m", "--format", "csv"], in: folder)
    let groupOf = Dictionary(
      uniqueKeysWithValues: groups.stdout.split(separator: "\r\n").dropFirst().map { row in
        let cells = row.split(separator: ",").map(String.init)
        return (cells[0], cells[1])
      })

    let zoom = try Binary.run(["assign", "m", "--format", "zoom"], in: folder)
    #expect(zoom.status == 0, "\(zoom.stderr)")
    let rows = zoom.stdout.components(separatedBy: "\r\n").dropLast()
    #expect(rows.first == "Pre-assign Room Name,Email Address")
    let expected = [
      ("Thị Hà Nguyễn", "ha@example.vn"), ("Selam Tesfaye", "selam@example.et"), ("Nino Beridze", "nino@example.ge"),
      ("Sokha Chan", "sokha@example.kh"),
    ].map { name, email in "\(groupOf[name] ?? "?"),\(email)" }
    #expect(Set(rows.dropFirst()) == Set(expected), "one row per person with an e-mail, in their group's room")
    #expect(rows.count == 5)
    #expect(zoom.stderr.contains("2 people have no e-mail address"))
    #expect(zoom.stderr.contains("Wei Chen") && zoom.stderr.contains("Yael Levi"))

    let teams = try Binary.run(["assign", "m", "--format", "teams"], in: folder)
    #expect(teams.status == 0 && teams.stderr.isEmpty, "\(teams.stderr)")
    #expect(teams.stdout.contains("Room 1: Supply chain\n"))
    #expect(teams.stdout.contains("  Yael Levi\n") || teams.stdout.contains("  Yael Levi"))
    #expect(teams.stdout.contains("  Nino Beridze <nino@example.ge>"))

    let spanish = try Binary.run(["--lang", "es", "assign", "m", "--format", "zoom"], in: folder)
    #expect(spanish.stderr.contains("2 personas no tienen correo electrónico"), "\(spanish.stderr)")
  }
}
