import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// What a complaint is made of, from the public form or from an intake officer.
struct ComplaintInput: Content {
    /// The receiving office or unit (public form: required).
    var organisation: String?
    /// A channel code (`ReferenceData.complaintChannels`); the public form is `web_form`.
    var channel: String?
    var receivedAt: Date?
    var anonymous: Bool?
    var reporterName: String?
    var reporterPhone: String?
    var reporterRelation: String?
    var description: String
    /// Who the complaint is about, in the reporter's words (names, ages).
    var concerned: String?
    var personId: UUID?
    var locationRegion: String?
    var location: String?
}

struct TriageInput: Content {
    var decision: TriageDecision
    var reason: String
    /// open_case: the person (an existing record) or a new one from `personName`.
    var personId: UUID?
    var personName: String?
    var riskLevel: RiskLevel?
    var assignedTo: String?
    /// refer_out: the agency.
    var partnerOrganisation: String?
}

struct ComplaintDTO: Content {
    var id: UUID
    var trackingCode: String
    var organisation: String
    var channel: String
    var receivedAt: Date
    var status: ComplaintStatus
    var description: String?
    var concerned: String?
    var location: String?
    var locationRegion: String?
    /// Only for intake officers and supervisors of the receiving unit.
    var reporter: Reporter?
    var triageDecision: TriageDecision?
    var triageReason: String?
    var triagedAt: Date?
    var caseId: UUID?

    struct Reporter: Content {
        var anonymous: Bool
        var name: String?
        var phone: String?
        var relation: String?
    }
}

/// Intake: the public complaint form and status page, the staff queue and triage.
struct ComplaintService {
    let request: Request

    func invalid(_ code: String, _ id: String, _ en: String) -> LayanError {
        LayanError(.unprocessableEntity, code: code, text: LocalizedText(id: id, en: en))
    }

    func create(_ input: ComplaintInput, public isPublic: Bool) async throws -> ComplaintModel {
        let repository = OrganisationRepository(database: request.db)
        let organisation: OrganisationModel
        if isPublic {
            guard let code = input.organisation, let found = try await repository.find(code: code), found.isPublic
            else {
                throw LayanError(
                    .unprocessableEntity, code: "unknown_organisation", .apiUnknownOrganisation,
                    ["code": input.organisation ?? ""])
            }
            organisation = found
        } else {
            let user = try request.requireUser()
            organisation =
                try await input.organisation.asyncFlatMap {
                    try await StaffController.organisationInScope($0, user: user, on: request.db)
                }
                ?? user.organisation
        }
        let channel = isPublic ? "web_form" : (input.channel ?? "walk_in")
        guard ReferenceData.complaintChannels.contains(where: { $0.code == channel }) else {
            throw invalid("invalid_channel", "Saluran '\(channel)' tidak dikenal.", "Unknown channel '\(channel)'.")
        }
        let description = input.description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (10...10_000).contains(description.count) else {
            throw invalid(
                "invalid_description", "Uraian pengaduan 10–10.000 karakter.",
                "The description needs 10–10,000 characters.")
        }
        let now = request.now
        let receivedAt = isPublic ? now : (input.receivedAt ?? now)
        guard receivedAt <= now.addingTimeInterval(300) else {
            throw invalid(
                "future_date", "Waktu diterima tidak boleh di masa depan.", "The time received cannot be in the future."
            )
        }
        let complaint = ComplaintModel()
        complaint.$organisation.id = try organisation.requireID()
        complaint.provinceCode = organisation.provinceCode
        complaint.trackingCode = TrackingCode.generate()
        complaint.channel = channel
        complaint.receivedAt = receivedAt
        complaint.reporterAnonymous = input.anonymous ?? (input.reporterName?.nonEmpty == nil)
        if !complaint.reporterAnonymous {
            complaint.reporterName = try short(input.reporterName, max: 150)
            complaint.reporterPhone = try short(input.reporterPhone, max: 30)
            complaint.reporterRelation = try short(input.reporterRelation, max: 100)
        }
        complaint.descriptionSealed = try request.cipher.seal(description)
        complaint.concerned = try short(input.concerned, max: 500)
        if let personID = input.personId, !isPublic {
            complaint.personID = try await request.records.person(personID.uuidString).id
        }
        complaint.locationRegionCode = try await PersonService(request: request).region(input.locationRegion)
        complaint.locationText = try short(input.location, max: 300)
        complaint.status = .received
        complaint.createdByUserID = request.currentUser?.id
        try await request.db.writeTransaction { transaction in
            try await complaint.create(on: transaction)
            try await request.audit(
                .create, "complaint", id: complaint.id?.uuidString, username: isPublic ? "public" : nil, on: transaction
            )
        }
        return complaint
    }

    func short(_ raw: String?, max: Int) throws -> String? {
        guard let value = raw.map(PersonService.clean)?.nonEmpty else { return nil }
        guard value.count <= max else {
            throw invalid(
                "field_too_long", "Isian terlalu panjang (paling banyak \(max) karakter).",
                "A field is too long (at most \(max) characters).")
        }
        return value
    }

    /// The complaint, if the user's subtree received it (404 otherwise).
    func scoped(_ rawID: String?) async throws -> ComplaintModel {
        let user = try request.requireUser()
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let complaint = try await ComplaintModel.find(id, on: request.db),
            user.actor.covers(
                organisationPath: try await request.records.organisation(id: complaint.$organisation.id).path)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return complaint
    }

    func triage(_ complaint: ComplaintModel, _ input: TriageInput) async throws {
        guard complaint.status == .received else {
            throw LayanError(
                .conflict, code: "already_triaged",
                text: LocalizedText(id: "Pengaduan ini sudah ditelaah.", en: "This complaint has already been triaged.")
            )
        }
        let reason = try short(input.reason, max: 1000)
        guard let reason else {
            throw invalid("reason_required", "Tuliskan alasan keputusan.", "Give the reason for the decision.")
        }
        complaint.triageDecision = input.decision
        complaint.triageReason = reason
        complaint.triagedAt = request.now
        complaint.triagedByUserID = request.currentUser?.id
        complaint.status = input.decision.resultingStatus
        switch input.decision {
        case .openCase:
            guard let risk = input.riskLevel else {
                throw invalid("risk_required", "Tentukan tingkat risiko kasus.", "Choose the case's risk level.")
            }
            // Read the chosen person before the transaction: inside it, only `transaction` may be used,
            // and on SQLite another connection would wait for the writer that waits for it.
            let chosen: PersonModel? = try await (input.personId ?? complaint.personID).asyncFlatMap {
                try await request.records.person($0.uuidString)
            }
            try await request.db.writeTransaction { transaction in
                let person: PersonModel
                if let chosen {
                    person = chosen
                } else {
                    guard let name = input.personName?.nonEmpty else {
                        throw invalid(
                            "person_required", "Pilih atau tuliskan nama orang yang ditangani.",
                            "Choose or name the person concerned.")
                    }
                    let (created, _) = try await PersonService(request: request).validated(PersonInput(fullName: name))
                    try await created.create(on: transaction)
                    try await request.audit(.create, "person", id: created.id?.uuidString, on: transaction)
                    person = created
                }
                let record = try await CaseService(request: request).open(
                    .init(
                        personId: try person.requireID(), riskLevel: risk, categories: nil, organisation: nil,
                        assignedTo: input.assignedTo, receivedAt: complaint.receivedAt),
                    person: person, complaintID: complaint.id, on: transaction)
                complaint.caseID = record.id
                complaint.personID = person.id
                try await complaint.save(on: transaction)
                try await request.audit(
                    .update, "complaint", id: complaint.id?.uuidString, details: "triage open_case", on: transaction)
            }
        case .referOut:
            guard let code = input.partnerOrganisation,
                let partner = try await OrganisationRepository(database: request.db).find(code: code),
                partner.type == .partnerAgency || partner.type.isOffice
            else {
                throw LayanError(
                    .unprocessableEntity, code: "unknown_organisation", .apiUnknownOrganisation,
                    ["code": input.partnerOrganisation ?? ""])
            }
            complaint.referredToOrganisationID = partner.id
            try await save(complaint, details: "triage refer_out")
        case .close:
            try await save(complaint, details: "triage close")
        }
    }

    private func save(_ complaint: ComplaintModel, details: String) async throws {
        try await request.db.writeTransaction { transaction in
            try await complaint.save(on: transaction)
            try await request.audit(
                .update, "complaint", id: complaint.id?.uuidString, details: details, on: transaction)
        }
    }

    func dto(_ complaint: ComplaintModel) async throws -> ComplaintDTO {
        let user = try request.requireUser()
        let organisation = try await request.records.organisation(id: complaint.$organisation.id)
        let mayKnowReporter = AccessPolicy.canSeeReporter(receivingOrganisationPath: organisation.path, as: user.actor)
        return ComplaintDTO(
            id: complaint.id!, trackingCode: complaint.trackingCode, organisation: organisation.code,
            channel: complaint.channel,
            receivedAt: complaint.receivedAt, status: complaint.status,
            description: request.cipher.open(complaint.descriptionSealed), concerned: complaint.concerned,
            location: complaint.locationText, locationRegion: complaint.locationRegionCode,
            reporter: mayKnowReporter
                ? .init(
                    anonymous: complaint.reporterAnonymous, name: complaint.reporterName,
                    phone: complaint.reporterPhone,
                    relation: complaint.reporterRelation) : nil,
            triageDecision: complaint.triageDecision, triageReason: complaint.triageReason,
            triagedAt: complaint.triagedAt,
            caseId: complaint.caseID)
    }
}

/// `/api/v1/complaints` and the public endpoints.
struct ComplaintsAPIController: RouteCollection {
    struct PublicStatus: Content {
        var status: ComplaintStatus
        var updatedAt: Date
    }

    struct Created: Content {
        var trackingCode: String
    }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.post("public", "complaints", access: .open, use: createPublic)
        api.get("public", "complaints", ":code", access: .open, use: publicStatus)
        api.post("complaints", access: .permission(.handleComplaints), use: create)
        api.get("complaints", access: .permission(.handleComplaints), use: list)
        api.get("complaints", ":id", access: .permission(.handleComplaints), use: show)
        api.post("complaints", ":id", "triage", access: .permission(.handleComplaints), use: triage)
    }

    func createPublic(request: Request) async throws -> Response {
        try request.admitPublic(.submissions)
        let input = try CasesAPIController.decode(ComplaintInput.self, request)
        let complaint = try await ComplaintService(request: request).create(input, public: true)
        let response = Response(status: .created)
        try response.content.encode(Created(trackingCode: complaint.trackingCode))
        return response
    }

    func publicStatus(request: Request) async throws -> PublicStatus {
        try request.admitPublic(.lookups)
        guard let code = request.parameters.get("code").flatMap(TrackingCode.normalize),
            let complaint = try await ComplaintModel.query(on: request.db).filter(\.$trackingCode == code).first()
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return PublicStatus(status: complaint.status, updatedAt: complaint.triagedAt ?? complaint.receivedAt)
    }

    func create(request: Request) async throws -> Response {
        let input = try CasesAPIController.decode(ComplaintInput.self, request)
        let service = ComplaintService(request: request)
        let complaint = try await service.create(input, public: false)
        let response = Response(status: .created)
        try response.content.encode(try await service.dto(complaint))
        return response
    }

    func list(request: Request) async throws -> [ComplaintDTO] {
        let service = ComplaintService(request: request)
        let query = ComplaintModel.query(on: request.db).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs()))
        if let status = request.query[String.self, at: "status"].flatMap(ComplaintStatus.init(rawValue:)) {
            query.filter(\.$status == status)
        }
        return try await query.sort(\.$receivedAt, .descending).limit(500).all().asyncMap { try await service.dto($0) }
    }

    func show(request: Request) async throws -> ComplaintDTO {
        let service = ComplaintService(request: request)
        let complaint = try await service.scoped(request.parameters.get("id"))
        try await request.audit(.view, "complaint", id: complaint.id?.uuidString)
        return try await service.dto(complaint)
    }

    func triage(request: Request) async throws -> ComplaintDTO {
        let service = ComplaintService(request: request)
        let complaint = try await service.scoped(request.parameters.get("id"))
        try await service.triage(complaint, try CasesAPIController.decode(TriageInput.self, request))
        return try await service.dto(complaint)
    }
}
