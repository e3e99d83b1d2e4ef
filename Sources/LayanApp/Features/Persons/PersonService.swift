import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// What a person record is created from (web form and API alike).
struct PersonInput: Content {
    var fullName: String
    var aliases: [String]?
    var nik: String?
    var kkNumber: String?
    var sex: Sex?
    /// `DD/MM/YYYY` or `YYYY-MM-DD`.
    var birthDate: String?
    /// When only an estimate is known (street children often know no birth date).
    var birthYear: Int?
    var originRegion: String?
    var residenceRegion: String?
    var phone: String?
    var disability: String?
    var ppksCategories: [String]?
    var childProtectionCategories: [String]?
    /// The registering organisation; default the user's own.
    var organisation: String?
}

/// A possible duplicate of a person, with its score and the evidence.
struct DuplicateCandidateDTO: Content {
    var id: UUID
    var fullName: String
    var birthYear: Int?
    var score: Double
    var reasons: [String]
}

extension IdentifierError {
    func message(in language: Language, field: String) -> String {
        switch (self, language) {
        case (.wrongLength(let length), .indonesian): "\(field) harus 16 angka (terisi \(length) karakter)."
        case (.wrongLength(let length), .english): "\(field) must be 16 digits (got \(length) characters)."
        case (.nonDigit, .indonesian): "\(field) hanya boleh berisi angka."
        case (.nonDigit, .english): "\(field) may contain digits only."
        case (.invalidDate(let day, let month, let year), .indonesian):
            "\(field) memuat tanggal yang tidak ada: \(day)/\(month)/\(year)."
        case (.invalidDate(let day, let month, let year), .english):
            "\(field) holds a date that does not exist: \(day)/\(month)/\(year)."
        case (.zeroSerial, .indonesian): "Nomor urut \(field) tidak boleh 0000."
        case (.zeroSerial, .english): "The serial number of the \(field) cannot be 0000."
        case (.invalidRegion, .indonesian): "Kode wilayah pada \(field) tidak boleh 00."
        case (.invalidRegion, .english): "The region code in the \(field) cannot be 00."
        }
    }
}

/// Registering, finding and merging persons.
struct PersonService {
    static let maximumNameLength = 150

    let request: Request
    var database: any Database { request.db }

    func invalid(_ code: String, _ id: String, _ en: String) -> LayanError {
        LayanError(.unprocessableEntity, code: code, text: LocalizedText(id: id, en: en))
    }

    /// Validates and builds a person; nothing is written. A NIK that is already registered is a 409 that
    /// points at the existing record.
    func validated(_ input: PersonInput) async throws -> (PersonModel, [PersonCategoryModel]) {
        let now = request.now
        let user = try request.requireUser()
        let organisation =
            try await input.organisation.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: database)
            }
            ?? user.organisation
        let name = Self.clean(input.fullName)
        guard (2...Self.maximumNameLength).contains(name.count) else {
            throw invalid("invalid_name", "Nama harus 2–150 karakter.", "The name needs 2–150 characters.")
        }
        let aliases = (input.aliases ?? []).map(Self.clean).filter { !$0.isEmpty }
        guard aliases.count <= 10, aliases.allSatisfy({ $0.count <= Self.maximumNameLength }) else {
            throw invalid(
                "invalid_alias", "Paling banyak 10 nama lain, masing-masing 150 karakter.",
                "At most 10 aliases of 150 characters each.")
        }
        let person = PersonModel()
        person.$organisation.id = try organisation.requireID()
        person.provinceCode = organisation.provinceCode
        person.fullName = name
        person.aliases = aliases.joined(separator: "\n")
        person.searchName = ([name] + aliases).map(PersonName.normalized).joined(separator: " | ")
        person.sex = input.sex
        person.createdByUserID = user.id

        if let raw = input.nik?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            switch NIK.validate(raw, referenceDate: now) {
            case .failure(let error):
                throw LayanError(
                    .unprocessableEntity, code: "invalid_nik",
                    text: LocalizedText(
                        id: error.message(in: .indonesian, field: "NIK"), en: error.message(in: .english, field: "NIK"))
                )
            case .success(let nik):
                if let existing = try await PersonModel.query(on: database).filter(\.$nik == nik.rawValue).first() {
                    throw LayanError(
                        .conflict, code: "duplicate_nik",
                        text: LocalizedText(
                            id: "NIK ini sudah terdaftar pada orang lain.",
                            en: "This NIK is already registered for another person."),
                        extra: ["existingId": existing.id?.uuidString ?? ""])
                }
                person.nik = nik.rawValue
                if person.sex == nil { person.sex = nik.sex }
            }
        }
        if let raw = input.kkNumber?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if case .failure(let error) = FamilyCardNumber.validate(raw, referenceDate: now) {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_kk",
                    text: LocalizedText(
                        id: error.message(in: .indonesian, field: "Nomor KK"),
                        en: error.message(in: .english, field: "KK number")))
            }
            person.kkNumber = raw
        }

        let currentYear =
            Calendar(identifier: .gregorian).dateComponents(in: organisation.timeZone.timeZone, from: now).year ?? 2026
        if let raw = input.birthDate?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            guard let date = IndonesianFormat.parseDate(raw) else {
                throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": raw])
            }
            let text = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
            guard text <= Days.today(in: organisation.timeZone, now: now), date.year >= 1900 else {
                throw invalid(
                    "future_birth_date", "Tanggal lahir tidak boleh di masa depan.",
                    "The birth date cannot be in the future.")
            }
            person.birthDate = text
            person.birthYear = date.year
            person.birthYearEstimated = false
        } else if let year = input.birthYear {
            guard (1900...currentYear).contains(year) else {
                throw invalid(
                    "invalid_birth_year", "Tahun lahir harus antara 1900 dan tahun ini.",
                    "The birth year must be between 1900 and this year.")
            }
            person.birthYear = year
            person.birthYearEstimated = true
        } else {
            person.birthYearEstimated = false
        }

        person.originRegionCode = try await region(input.originRegion)
        person.residenceRegionCode = try await region(input.residenceRegion)
        if let phone = input.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            guard phone.count <= 20, phone.allSatisfy({ $0.isNumber || "+- ()".contains($0) }) else {
                throw invalid(
                    "invalid_phone", "Nomor telepon hanya angka, spasi, +, - dan tanda kurung.",
                    "Phone numbers hold digits, spaces, +, - and brackets only.")
            }
            person.phone = phone
        }
        person.disability = input.disability.map(Self.clean)?.nonEmpty.map { String($0.prefix(200)) }

        var categories: [PersonCategoryModel] = []
        for (list, codes, known) in [
            ("ppks_category", input.ppksCategories ?? [], Set(ReferenceData.ppksCategories.map(\.code))),
            (
                "child_protection", input.childProtectionCategories ?? [],
                Set(ReferenceData.childSpecialProtectionCategories.map(\.code))
            ),
        ] {
            for code in Set(codes) {
                guard known.contains(code) else {
                    throw invalid(
                        "invalid_category", "Kategori '\(code)' tidak dikenal.", "Unknown category '\(code)'.")
                }
                let category = PersonCategoryModel()
                category.organisationID = try organisation.requireID()
                category.provinceCode = organisation.provinceCode
                category.list = list
                category.code = code
                categories.append(category)
            }
        }
        person.isSensitive = categories.contains { ReferenceData.sensitiveCategoryCodes.contains($0.code) }
        return (person, categories)
    }

    /// Writes the person and their categories in one transaction, with an audit entry.
    func create(_ input: PersonInput) async throws -> PersonModel {
        let (person, categories) = try await validated(input)
        try await database.writeTransaction { transaction in
            try await person.create(on: transaction)
            for category in categories {
                category.personID = try person.requireID()
                try await category.create(on: transaction)
            }
            try await request.audit(.create, "person", id: person.id?.uuidString, on: transaction)
        }
        return person
    }

    /// Likely duplicates of a person among the records the user may see, best first.
    func duplicates(of probe: DuplicateProbe, excluding id: UUID? = nil) async throws -> [DuplicateCandidateDTO] {
        let actor = try request.requireUser().actor
        // Candidates: same birth year ±1 or no year, within the user's subtree; scoring does the rest.
        let query = PersonModel.query(on: database).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs())
        )
        .filter(\.$mergedIntoID == nil)
        if let year = probe.birthYear {
            query.group(.or) { $0.filter(\.$birthYear >= year - 1).filter(\.$birthYear == nil) }
                .group(.or) { $0.filter(\.$birthYear <= year + 1).filter(\.$birthYear == nil) }
        }
        var scored: [(PersonModel, DuplicateScore)] = []
        for candidate in try await query.limit(5000).all() where candidate.id != id {
            let score = DuplicateDetection.score(probe, Self.probe(candidate))
            if score.score >= DuplicateDetection.threshold { scored.append((candidate, score)) }
        }
        let readable = try await request.records.readableIDs(scored.map(\.0), as: actor)
        var found: [DuplicateCandidateDTO] = []
        for (candidate, score) in scored where readable.contains(try candidate.requireID()) {
            found.append(
                DuplicateCandidateDTO(
                    id: try candidate.requireID(), fullName: candidate.fullName, birthYear: candidate.birthYear,
                    score: (score.score * 100).rounded() / 100, reasons: score.reasons))
        }
        return found.sorted { $0.score > $1.score }.prefix(20).map { $0 }
    }

    static func probe(_ person: PersonModel) -> DuplicateProbe {
        DuplicateProbe(
            name: person.fullName, aliases: person.aliasList, birthYear: person.birthYear,
            regionCode: person.residenceRegionCode ?? person.originRegionCode, sex: person.sex)
    }

    static func probe(_ input: PersonInput) -> DuplicateProbe {
        let year = input.birthDate.flatMap(IndonesianFormat.parseDate)?.year ?? input.birthYear
        return DuplicateProbe(
            name: clean(input.fullName), aliases: (input.aliases ?? []).map(clean), birthYear: year,
            regionCode: input.residenceRegion ?? input.originRegion, sex: input.sex)
    }

    /// Merges `duplicate` into `kept`: cases, complaints and categories move to the kept record, the
    /// duplicate stays (marked) so both histories remain. Supervisors only, both records owned in their
    /// subtree, a reason under the duplicate threshold (`MergeRules`); audited with the score. Returns
    /// the score.
    @discardableResult
    func merge(kept: PersonModel, duplicate: PersonModel, reason: String? = nil) async throws -> Double {
        let keptID = try kept.requireID()
        let duplicateID = try duplicate.requireID()
        guard keptID != duplicateID, duplicate.mergedIntoID == nil, kept.mergedIntoID == nil else {
            throw LayanError(
                .conflict, code: "cannot_merge",
                text: LocalizedText(
                    id: "Data ini tidak dapat digabung (sudah digabung atau sama).",
                    en: "These records cannot be merged (already merged, or the same)."))
        }
        if let nik = duplicate.nik, kept.nik != nil, kept.nik != nik {
            throw LayanError(
                .conflict, code: "different_nik",
                text: LocalizedText(
                    id: "Dua data dengan NIK berbeda bukan orang yang sama.",
                    en: "Two records with different NIKs are not the same person."))
        }
        let score = DuplicateDetection.score(Self.probe(kept), Self.probe(duplicate)).score
        let keptOwner = try await request.records.organisation(id: kept.$organisation.id).path
        let duplicateOwner = try await request.records.organisation(id: duplicate.$organisation.id).path
        let actor = try request.requireUser().actor
        let recorded = try LayanError.checking {
            try MergeRules.check(
                score: score, reason: reason, keptOwnerPath: keptOwner, duplicateOwnerPath: duplicateOwner, by: actor)
        }
        let details = "score \(String(format: "%.2f", score))" + (recorded.map { "; reason: \($0)" } ?? "")
        try await database.writeTransaction { transaction in
            try await CaseModel.query(on: transaction).filter(\.$personID == duplicateID).set(\.$personID, to: keptID)
                .update()
            try await ComplaintModel.query(on: transaction).filter(\.$personID == duplicateID).set(
                \.$personID, to: keptID
            ).update()
            let existing = Set(
                try await PersonCategoryModel.query(on: transaction).filter(\.$personID == keptID).all().map {
                    "\($0.list).\($0.code)"
                })
            for category in try await PersonCategoryModel.query(on: transaction).filter(\.$personID == duplicateID)
                .all()
            where !existing.contains("\(category.list).\(category.code)") {
                let copy = PersonCategoryModel()
                copy.personID = keptID
                copy.organisationID = category.organisationID
                copy.provinceCode = category.provinceCode
                copy.list = category.list
                copy.code = category.code
                try await copy.create(on: transaction)
            }
            if kept.nik == nil, let nik = duplicate.nik {
                duplicate.nik = nil
                try await duplicate.save(on: transaction)
                kept.nik = nik
            }
            kept.aliases = (kept.aliasList + [duplicate.fullName] + duplicate.aliasList).reduce(into: [String]()) {
                if !$0.contains($1) && $1 != kept.fullName { $0.append($1) }
            }.joined(separator: "\n")
            kept.searchName = ([kept.fullName] + kept.aliasList).map(PersonName.normalized).joined(separator: " | ")
            kept.isSensitive = kept.isSensitive || duplicate.isSensitive
            try await kept.save(on: transaction)
            duplicate.mergedIntoID = keptID
            try await duplicate.save(on: transaction)
            try await request.audit(
                .update, "person", id: keptID.uuidString, details: "merged \(duplicateID.uuidString); \(details)",
                on: transaction)
            try await request.audit(
                .update, "person", id: duplicateID.uuidString, details: "merged into \(keptID.uuidString); \(details)",
                on: transaction)
        }
        return score
    }

    /// A region as typed: its code, or — since people know their village by name, not by Kemendagri
    /// code — its name within the user's province, when that names exactly one region.
    func region(_ raw: String?) async throws -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let code = RegionCode(raw) else {
            guard raw.first?.isLetter == true, let province = request.currentUser?.organisation.provinceCode
            else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_region_code", .apiInvalidRegionCode, ["code": raw])
            }
            let found = try await RegionRepository(database: database).named(raw, inProvince: province)
            switch found.count {
            case 0: throw LayanError(.unprocessableEntity, code: "unknown_region", .regionNameUnknown, ["name": raw])
            case 1: return found[0].code
            default:
                let choices = found.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
                throw LayanError(
                    .unprocessableEntity, code: "ambiguous_region", .regionNameAmbiguous,
                    ["name": raw, "choices": choices])
            }
        }
        guard try await RegionRepository(database: database).find(code) != nil else {
            throw LayanError(.unprocessableEntity, code: "unknown_region", .apiUnknownRegion, ["code": raw])
        }
        return code.rawValue
    }

    /// Trims, collapses whitespace and drops control characters; markup is kept as text and escaped when shown.
    static func clean(_ text: String) -> String {
        text.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(String.init).joined()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

}
