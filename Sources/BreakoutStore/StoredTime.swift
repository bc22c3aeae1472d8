import Foundation

/// The times the session file holds, as GRDB writes them ("2021-03-24 09:00:00.000", UTC), read without a
/// calendar: a session of 50,000 notes has 100,000 of them to read before its first frame.
enum StoredTime {
  /// nil for any other form (the caller falls back to GRDB's reading).
  static func parse(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { bytes -> Date? in
      // yyyy-MM-dd HH:mm:ss, then an optional .SSS
      guard bytes.count == 19 || bytes.count == 23 else { return nil }
      func number(_ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
          let byte = bytes[index]
          guard byte >= 0x30 && byte <= 0x39 else { return nil }
          value = value * 10 + Int(byte - 0x30)
        }
        return value
      }
      guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x20, bytes[13] == 0x3A, bytes[16] == 0x3A,
        let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
        let minute = number(14, 2), let second = number(17, 2), (1...12).contains(month), (1...31).contains(day),
        hour < 24, minute < 60, second < 61
      else { return nil }
      var milliseconds = 0
      if bytes.count == 23 {
        guard bytes[19] == 0x2E, let fraction = number(20, 3) else { return nil }
        milliseconds = fraction
      }
      // Days from 1970-01-01 to the date (the proleptic Gregorian calendar, as civil dates are counted).
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yearOfEra = y - era * 400
      let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
      let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
      let days = era * 146_097 + dayOfEra - 719_468
      let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
      // As Foundation's calendar makes it (GRDB's reading): seconds since 2001, then the fraction in nanoseconds.
      return Date(
        timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + Double(milliseconds * 1_000_000) / 1e9)
    }
  }
}
