import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Opening cases and recording their steps. Each step is checked against the workflow (a step out of
/// order is a 409 saying what must come first) and written with its timeline event and audit entry
/// in one transaction.
struct CaseService {
    let request: Request
    var database: any Database { request.db }

    struct OpenInput: Content {
        var personId: UUID
        var riskLevel: RiskLevel
        /// Codes such as `ppks_category.street_children`; default the person's categories.
        var categories: [String]?
        /// Default the user's own organisation.
        var organisation: String?
        /// Username of the worker; default the user when they are a social worker.
        var assignedTo: String?
        /// When the report came in; default now.
        var receivedAt: Date?
        var childConsent: Bool?
        var guardianConsent: Bool?
    }

    static func stepError(_ error: CaseStepError) -> LayanError {
        LayanError(error, .conflict)
    }

    /// Opens a case; `person` may be given when it was just created in the caller's transaction.
    func open(
        _ input: OpenInput, person given: PersonModel? = nil, complaintID: UUID? = nil,
        on database: (any Database)? = nil
    ) async throws -> CaseModel {
        let database = database ?? self.database
        let user = try request.requireUser()
        let person: PersonModel
        if let given {
            person = given
        } else {
            person = try await request.records.person(input.personId.uuidString)
        }
        let organisation =
            try await input.organisation.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: database)
            }
            ?? user.organisation
        var assignee: UUID?
        if let username = input.assignedTo?.nonEmpty {
            guard
                let worker = try await UserModel.query(on: database).filter(\.$username == username.lowercased())
                    .first(),
                worker.role == .socialworker || worker.role == .supervisor,
                let workerOrganisation = try await OrganisationModel.find(worker.$organisation.id, on: database),
                workerOrganisation.path.hasPrefix(organisation.path)
                    || organisation.path.hasPrefix(workerOrganisation.path)
            else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_assignee",
                    text: LocalizedText(
                        id: "Petugas '\(username)' tidak ditemukan di unit ini.",
                        en: "No worker '\(username)' in this unit."))
            }
            assignee = worker.id
        } else if user.role == .socialworker {
            assignee = user.id
        }
        var categories = input.categories ?? []
        if categories.isEmpty {
            categories = try await PersonCategoryModel.query(on: database).filter(\.$personID == person.requireID())
                .all()
                .map { "\($0.list).\($0.code)" }
        }
        let knownCodes = Set(
            ReferenceData.ppksCategories.map { "ppks_category.\($0.code)" }
                + ReferenceData.childSpecialProtectionCategories.map { "child_protection.\($0.code)" })
        for code in categories where !knownCodes.contains(code) {
            throw LayanError(
                .unprocessableEntity, code: "invalid_category",
                text: LocalizedText(id: "Kategori '\(code)' tidak dikenal.", en: "Unknown category '\(code)'."))
        }
        let now = request.now
        let receivedAt = input.receivedAt ?? now
        guard receivedAt <= now.addingTimeInterval(300) else {
            throw LayanError(
                .unprocessableEntity, code: "future_date",
                text: LocalizedText(
                    id: "Waktu laporan tidak boleh di masa depan.", en: "The report time cannot be in the future."))
        }
        let zone = organisation.timeZone.timeZone
        let policy = DeadlinePolicy.standard
        let record = CaseModel()
        record.$organisation.id = try organisation.requireID()
        record.provinceCode = organisation.provinceCode
        record.caseNumber = Self.caseNumber(organisation: organisation, at: receivedAt)
        record.personID = try person.requireID()
        record.complaintID = complaintID
        record.assignedUserID = assignee
        record.riskLevel = input.riskLevel
        record.stage = .intake
        record.categories = categories.joined(separator: "\n")
        record.isSensitive =
            person.isSensitive
            || categories.contains {
                ReferenceData.sensitiveCategoryCodes.contains(String($0.split(separator: ".").last ?? ""))
            }
        record.receivedAt = receivedAt
        record.firstContactDueAt = policy.firstContactDue(receivedAt: receivedAt, risk: input.riskLevel, timeZone: zone)
        record.assessmentDueAt = policy.assessmentDue(receivedAt: receivedAt, risk: input.riskLevel, timeZone: zone)
        record.childConsent = input.childConsent ?? false
        record.guardianConsent = input.guardianConsent ?? false
        record.reopenCount = 0
        try await database.writeTransaction { transaction in
            try await record.create(on: transaction)
            try await event(
                record, kind: "opened", summary: "Kasus dibuka (\(input.riskLevel.labelID.lowercased()))",
                at: receivedAt, on: transaction)
            try await request.audit(.create, "case", id: record.id?.uuidString, on: transaction)
        }
        return record
    }

    static func caseNumber(organisation: OrganisationModel, at date: Date) -> String {
        let year =
            Calendar(identifier: .gregorian).dateComponents(in: organisation.timeZone.timeZone, from: date).year ?? 0
        let prefix = organisation.code.split(separator: "-").last.map { String($0.prefix(3)).uppercased() } ?? "LYN"
        return "\(prefix)-\(year)-\(TrackingCode.generate().replacingOccurrences(of: "-", with: "").prefix(6))"
    }

    /// Appends a timeline event.
    @discardableResult
    func event(
        _ record: CaseModel, kind: String, summary: String, at time: Date, details: String? = nil,
        narrative: String? = nil,
        on database: any Database
    ) async throws -> CaseEventModel {
        let event = CaseEventModel()
        event.caseID = try record.requireID()
        event.organisationID = record.$organisation.id
        event.provinceCode = record.provinceCode
        event.kind = kind
        event.occurredAt = time
        event.recordedAt = request.now
        event.recordedByUserID = request.currentUser?.id
        event.summary = String(summary.prefix(300))
        event.details = details
        event.narrativeSealed = try narrative.flatMap { $0.nonEmpty }.map { try request.cipher.seal($0) }
        try await event.create(on: database)
        return event
    }

    /// Applies a workflow step to the case's progress, or throws the 409 that says what comes first.
    func check(_ step: CaseStep, on record: CaseModel, at time: Date) throws -> CaseProgress {
        switch CaseWorkflow.apply(step, to: record.progress, at: time) {
        case .success(let progress): return progress
        case .failure(let error): throw Self.stepError(error)
        }
    }

    /// Records a step: updates the case, writes the event and whatever `write` adds, audits it.
    func record(
        _ step: CaseStep, on record: CaseModel, at time: Date, summary: String, details: String? = nil,
        narrative: String? = nil, write: (@Sendable (any Database) async throws -> Void)? = nil
    ) async throws {
        let progress = try check(step, on: record, at: time)
        record.apply(step, progress: progress, at: time, by: request.currentUser?.id)
        try await database.writeTransaction { transaction in
            try await record.save(on: transaction)
            try await write?(transaction)
            try await event(
                record, kind: step.rawValue, summary: summary, at: time, details: details, narrative: narrative,
                on: transaction)
            try await request.audit(.update, "case", id: record.id?.uuidString, details: step.rawValue, on: transaction)
        }
    }
}
