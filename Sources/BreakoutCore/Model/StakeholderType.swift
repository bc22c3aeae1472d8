import Foundation

/// Which part of society a participant speaks for; groups are balanced on it.
public enum StakeholderType: String, Codable, CaseIterable, Sendable, Comparable {
  case government
  case privateSector = "private-sector"
  case civilSociety = "ngo"
  case academia
  case internationalOrganisation = "international-organisation"
  case other
  case unspecified

  /// The English label ("NGO / civil society"); a summary takes its labels from its language's `ReportWords`.
  public var displayName: String { ReportWords.english(.stakeholder(self)) }

  /// How a speaker is described in English when their name may not be given ("a government official").
  public var affiliationPhrase: String { ReportWords.english(.affiliation(self)) }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// Reads what registration forms write ("NGO", "CSO", "Ministry", "Private company", "UN agency" ...).
  /// Returns nil for a value it cannot place; an empty value is `.unspecified`.
  public static func loosely(_ text: String) -> StakeholderType? {
    let value = LooseText.normalised(text)
    if value.isEmpty { return .unspecified }
    if let exact = allCases.first(where: {
      LooseText.normalised($0.rawValue) == value || LooseText.normalised($0.displayName) == value
    }) {
      return exact
    }
    let words = Set(value.split(separator: " ").map(String.init))
    func has(_ fragments: [String]) -> Bool {
      fragments.contains { fragment in
        fragment.contains(" ") ? value.contains(fragment) : words.contains(fragment)
      }
    }
    func startsWord(_ prefixes: [String]) -> Bool {
      words.contains { word in prefixes.contains { word.hasPrefix($0) } }
    }
    // Order matters: "non-governmental" and "intergovernmental" both contain "governmental".
    if has([
      "ngo", "ngos", "cso", "csos", "npo", "civil society", "non governmental", "nongovernmental",
      "non profit", "nonprofit", "not for profit", "charity", "foundation", "survivor", "faith based",
      "community", "trade union", "union", "ong", "ongs", "osc", "sociedad civil", "societe civile",
      "organizacion no gubernamental", "organisation non gouvernementale", "fundacion", "fondation", "association",
      "asociacion", "sindicato", "syndicat",
    ]) {
      return .civilSociety
    }
    if has([
      "io", "igo", "intergovernmental", "international organisation", "international organization",
      "united nations", "un", "un agency", "multilateral", "unodc", "ilo", "iom", "unicef", "unhcr", "osce",
      "organizacion internacional", "organismo internacional", "organisation internationale", "naciones unidas",
      "nations unies", "oi", "oit", "oim", "onu", "onudd",
    ]) {
      return .internationalOrganisation
    }
    if startsWord([
      "academ", "universit", "universid", "research", "scholar", "professor", "think", "investigac", "recherche",
    ])
      || has(["think tank"])
    {
      return .academia
    }
    if has([
      "government", "governmental", "gov", "ministry", "public sector", "public authority", "law enforcement",
      "police", "parliament", "embassy", "state", "authority", "regulator", "fiu", "agency", "public",
      "gobierno", "gouvernement", "ministerio", "ministere", "sector publico", "secteur public", "administracion",
      "administration", "policia", "fiscalia", "publico", "publique", "estado", "etat", "embajada", "ambassade",
    ]) {
      return .government
    }
    if has([
      "private", "private sector", "business", "company", "corporate", "industry", "bank", "financial",
      "finance", "tech", "technology", "for profit", "retail", "manufacturer", "employer", "commercial",
      "privado", "privada", "prive", "privee", "sector privado", "secteur prive", "empresa", "entreprise", "banco",
      "banque", "negocios",
    ]) {
      return .privateSector
    }
    if has(["other", "media", "independent", "individual"]) { return .other }
    return nil
  }
}
