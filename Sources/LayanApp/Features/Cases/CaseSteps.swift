import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The inputs of each step and how each is recorded; shared by the API and the case page.
struct CaseSteps {
    let service: CaseService
    var request: Request { service.request }

    struct ContactInput: Content {
        var at: Date?
        /// visit, phone, office, outreach
        var method: String?
        var narrative: String?
    }

    struct AssessmentInput: Content {
        var at: Date?
        /// Level of concern per domain: none, low, medium, high.
        var domains: [String: String]
        var narrative: String?
        var childConsent: Bool?
        var guardianConsent: Bool?
    }

    struct PlanItemInput: Content {
        var goal: String
        var service: String
        var spmItem: String?
        var responsibleOrganisation: String?
        var dueDate: String
    }

    struct PlanInput: Content {
        var items: [PlanItemInput]
    }

    struct ServiceInput: Content {
        var spmItem: String?
        var description: String
        var deliveredOn: String
        var provider: String
        var cost: Int64?
    }

    struct ReferralInput: Content {
        var partnerOrganisation: String
        var request: String
        var sharedFields: [String]?
        var responseDays: Int?
    }

    struct VisitInput: Content {
        var at: Date?
        var narrative: String?
        var nextVisitDue: String?
    }

    struct TransferInput: Content {
        var toOrganisation: String
        var reason: String
    }

    struct ClosureInput: Content {
        var reason: ClosureReason
        var outcome: String
    }

    struct ReasonInput: Content {
        var reason: String?
    }

    static let maximumNarrative = 20_000

    func invalid(_ code: String, _ id: String, _ en: String) -> LayanError {
        LayanError(.unprocessableEntity, code: code, text: LocalizedText(id: id, en: en))
    }

    func time(_ given: Date?, for record: CaseModel) throws -> Date {
        let time = given ?? request.now
        guard time <= request.now.addingTimeInterval(300) else {
            throw invalid("future_date", "Waktu tidak boleh di masa depan.", "The time cannot be in the future.")
        }
        guard time >= record.receivedAt.addingTimeInterval(-86_400) else {
            throw invalid(
                "before_report", "Waktu tidak boleh sebelum laporan diterima.",
                "The time cannot be before the report was received.")
        }
        return time
    }

    func narrative(_ text: String?) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        guard text.count <= Self.maximumNarrative else {
            throw invalid(
                "narrative_too_long", "Catatan paling banyak 20.000 karakter.",
                "Notes may have at most 20,000 characters.")
        }
        return text
    }

    func date(_ raw: String, field: String) throws -> String {
        guard let day = Days.iso(raw) else {
            throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": raw])
        }
        return day
    }

    func contact(_ input: ContactInput, on record: CaseModel) async throws {
        let at = try time(input.at, for: record)
        let method = input.method?.nonEmpty ?? "visit"
        guard ContactMethod(rawValue: method) != nil else {
            throw invalid(
                "invalid_method", "Cara kontak: visit, phone, office atau outreach.",
                "Contact method: visit, phone, office or outreach.")
        }
        try await service.record(
            .firstContact, on: record, at: at, summary: "Kontak dengan klien (\(method))",
            narrative: try narrative(input.narrative))
    }

    func assessment(_ input: AssessmentInput, on record: CaseModel) async throws {
        let at = try time(input.at, for: record)
        let known = Set(AssessmentDomain.allCases.map(\.rawValue))
        guard !input.domains.isEmpty else {
            throw invalid(
                "invalid_assessment", "Nilai setidaknya satu ranah asesmen.", "Rate at least one assessment domain.")
        }
        for (domain, level) in input.domains where !known.contains(domain) || ConcernLevel(rawValue: level) == nil {
            throw invalid(
                "invalid_assessment", "Ranah '\(domain)' atau tingkat '\(level)' tidak dikenal.",
                "Unknown domain '\(domain)' or level '\(level)'.")
        }
        if let child = input.childConsent { record.childConsent = child }
        if let guardian = input.guardianConsent { record.guardianConsent = guardian }
        let details = String(data: try JSONEncoder().encode(input.domains), encoding: .utf8)
        let high = input.domains.filter { $0.value == "high" }.keys.sorted()
            .compactMap { AssessmentDomain(rawValue: $0)?.labelID.lowercased() }
        try await service.record(
            .assessment, on: record, at: at,
            summary: "Asesmen" + (high.isEmpty ? "" : " — perhatian tinggi: " + high.joined(separator: ", ")),
            details: details, narrative: try narrative(input.narrative))
    }

    func plan(_ input: PlanInput, on record: CaseModel) async throws {
        guard (1...30).contains(input.items.count) else {
            throw invalid("invalid_plan", "Rencana memerlukan 1–30 butir.", "A plan needs 1–30 items.")
        }
        let spmCodes = Set(ReferenceData.spmServiceItems.map(\.item.code))
        var items: [PlanItemModel] = []
        for input in input.items {
            let item = PlanItemModel()
            item.caseID = try record.requireID()
            item.organisationID = record.$organisation.id
            item.provinceCode = record.provinceCode
            item.goal = try RequiredText.clean(input.goal, max: 500, field: ("Tujuan", "Goal"))
            item.service = try RequiredText.clean(input.service, max: 300, field: ("Layanan", "Service"))
            if let code = input.spmItem?.nonEmpty {
                guard spmCodes.contains(code) else {
                    throw invalid(
                        "invalid_spm_item", "Butir SPM '\(code)' tidak dikenal.", "Unknown SPM item '\(code)'.")
                }
                item.spmItemCode = code
            }
            if let code = input.responsibleOrganisation?.nonEmpty {
                guard let organisation = try await OrganisationRepository(database: request.db).find(code: code) else {
                    throw LayanError(
                        .unprocessableEntity, code: "unknown_organisation", .apiUnknownOrganisation, ["code": code])
                }
                item.responsibleOrganisationID = organisation.id
            }
            item.dueDate = try date(input.dueDate, field: "dueDate")
            items.append(item)
        }
        let planned = items
        try await service.record(
            .plan, on: record, at: request.now, summary: "Rencana kasus: \(items.count) butir layanan",
            write: { database in for item in planned { try await item.create(on: database) } })
    }

    func serviceDelivery(_ input: ServiceInput, on record: CaseModel) async throws {
        let delivery = ServiceDeliveryModel()
        delivery.caseID = try record.requireID()
        delivery.personID = record.personID
        delivery.organisationID = record.$organisation.id
        delivery.provinceCode = record.provinceCode
        if let code = input.spmItem?.nonEmpty {
            guard ReferenceData.spmServiceItems.contains(where: { $0.item.code == code }) else {
                throw invalid("invalid_spm_item", "Butir SPM '\(code)' tidak dikenal.", "Unknown SPM item '\(code)'.")
            }
            delivery.spmItemCode = code
        }
        delivery.description = try RequiredText.clean(
            input.description, max: 500, field: ("Uraian layanan", "Description"))
        delivery.deliveredOn = try date(input.deliveredOn, field: "deliveredOn")
        guard delivery.deliveredOn <= Days.today(in: .wit, now: request.now) else {
            throw invalid(
                "future_date", "Tanggal layanan tidak boleh di masa depan.", "The service date cannot be in the future."
            )
        }
        delivery.provider = try RequiredText.clean(input.provider, max: 200, field: ("Pemberi layanan", "Provider"))
        let cost = input.cost ?? 0
        guard (0...10_000_000_000).contains(cost) else {
            throw invalid(
                "invalid_cost", "Biaya harus 0 sampai Rp10.000.000.000.",
                "The cost must be between 0 and Rp10,000,000,000.")
        }
        delivery.cost = cost
        try await service.record(
            .service, on: record, at: request.now, summary: "Layanan: \(delivery.description)",
            write: { database in try await delivery.create(on: database) })
    }

    func referral(_ input: ReferralInput, on record: CaseModel) async throws -> ReferralModel {
        guard
            let partner = try await OrganisationRepository(database: request.db).find(code: input.partnerOrganisation),
            partner.type == .partnerAgency
        else {
            throw LayanError(
                .unprocessableEntity, code: "unknown_partner", .apiUnknownOrganisation,
                ["code": input.partnerOrganisation])
        }
        var fields: [ReferralShare] = []
        for raw in input.sharedFields ?? ["fullName", "sex", "birthYear"] {
            guard let field = ReferralShare(rawValue: raw) else {
                throw invalid(
                    "invalid_shared_field", "Data '\(raw)' tidak dapat dibagikan.", "'\(raw)' cannot be shared.")
            }
            fields.append(field)
        }
        let days = input.responseDays ?? 3
        guard (1...30).contains(days) else {
            throw invalid("invalid_response_days", "Batas jawaban 1–30 hari.", "The response deadline is 1–30 days.")
        }
        let referral = ReferralModel()
        referral.caseID = try record.requireID()
        referral.organisationID = record.$organisation.id
        referral.provinceCode = record.provinceCode
        referral.partnerOrganisationID = try partner.requireID()
        referral.status = .sent
        referral.request = try RequiredText.clean(input.request, max: 2000, field: ("Permintaan rujukan", "Request"))
        referral.sharedFields = fields.map(\.rawValue).joined(separator: "\n")
        referral.sentAt = request.now
        referral.responseDueAt = DeadlineRule.days(days).due(
            receivedAt: referral.sentAt, timeZone: partner.timeZone.timeZone)
        try await service.record(
            .referral, on: record, at: referral.sentAt, summary: "Dirujuk ke \(partner.name)",
            write: { database in try await referral.create(on: database) })
        return referral
    }

    func visit(_ input: VisitInput, on record: CaseModel) async throws {
        let at = try time(input.at, for: record)
        if let next = input.nextVisitDue?.nonEmpty {
            let day = try date(next, field: "nextVisitDue")
            guard let parts = IndonesianFormat.parseDate(day),
                let due = Calendar(identifier: .gregorian).date(
                    from: DateComponents(
                        timeZone: try await request.records.organisation(id: record.$organisation.id).timeZone.timeZone,
                        year: parts.year, month: parts.month, day: parts.day, hour: 23, minute: 59, second: 59)),
                due > at
            else {
                throw invalid(
                    "invalid_next_visit", "Kunjungan berikutnya harus sesudah kunjungan ini.",
                    "The next visit must come after this one.")
            }
            record.nextVisitDueAt = due
        } else {
            record.nextVisitDueAt = nil
        }
        try await service.record(
            .visit, on: record, at: at, summary: "Kunjungan pemantauan", narrative: try narrative(input.narrative))
    }

    /// After-care (bimbingan lanjut): a follow-up on a closed case. It changes no stage.
    func aftercare(_ input: VisitInput, on record: CaseModel) async throws {
        guard record.stage == .closed else {
            throw LayanError(
                .conflict, code: "not_closed",
                text: LocalizedText(
                    id: "Bimbingan lanjut hanya untuk kasus yang sudah ditutup.",
                    en: "After-care is only for closed cases."))
        }
        let at = try time(input.at, for: record)
        let note = try narrative(input.narrative)
        try await request.db.writeTransaction { transaction in
            try await service.event(
                record, kind: "aftercare", summary: "Bimbingan lanjut", at: at, narrative: note, on: transaction)
            try await request.audit(.update, "case", id: record.id?.uuidString, details: "aftercare", on: transaction)
        }
    }

    func transfer(_ input: TransferInput, on record: CaseModel) async throws -> TransferModel {
        guard let target = try await OrganisationRepository(database: request.db).find(code: input.toOrganisation),
            target.type.isOffice, target.id != record.$organisation.id
        else {
            throw LayanError(
                .unprocessableEntity, code: "unknown_office", .apiUnknownOrganisation, ["code": input.toOrganisation])
        }
        if try await TransferModel.query(on: request.db).filter(\.$caseID == record.requireID()).filter(
            \.$status == .requested
        )
        .first() != nil {
            throw LayanError(
                .conflict, code: "transfer_pending",
                text: LocalizedText(
                    id: "Permintaan pindah sebelumnya belum dijawab.",
                    en: "An earlier transfer request has not been answered yet."))
        }
        let transfer = TransferModel()
        transfer.caseID = try record.requireID()
        transfer.organisationID = record.$organisation.id
        transfer.provinceCode = record.provinceCode
        transfer.toOrganisationID = try target.requireID()
        transfer.status = .requested
        transfer.reason = try RequiredText.clean(input.reason, max: 1000, field: ("Alasan", "Reason"))
        transfer.requestedAt = request.now
        try await service.record(
            .transfer, on: record, at: transfer.requestedAt, summary: "Permintaan pindah ke \(target.name)",
            write: { database in try await transfer.create(on: database) })
        return transfer
    }

    func closure(_ input: ClosureInput, on record: CaseModel) async throws {
        let outcome = try RequiredText.clean(input.outcome, max: 2000, field: ("Hasil", "Outcome"))
        record.closureReason = input.reason
        record.closureOutcome = outcome
        try await service.record(
            .closureRequest, on: record, at: request.now, summary: "Usul penutupan: \(input.reason.labelID)")
    }

    func approveClosure(on record: CaseModel) async throws {
        try await service.record(
            .closureApproval, on: record, at: request.now, summary: "Penutupan disetujui supervisor")
    }

    func reopen(_ input: ReasonInput, on record: CaseModel) async throws {
        let reason = try RequiredText.clean(input.reason ?? "", max: 1000, field: ("Alasan", "Reason"))
        try await service.record(.reopen, on: record, at: request.now, summary: "Kasus dibuka kembali: \(reason)")
    }
}
