import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

struct OperationInput: Content {
    var type: OutreachOperationType
    var startedAt: Date
    var endedAt: Date?
    var regionCode: String?
    var place: String
    var latitude: Double?
    var longitude: Double?
    /// Codes of the participating agencies.
    var agencies: [String]?
    var team: [String]?
    var organisation: String?
}

struct EncounterInput: Content {
    /// An existing person …
    var personId: UUID?
    /// … or a new one registered on the spot (a name is enough) …
    var newPersonName: String?
    /// … or someone unidentified, described, to be linked later.
    var description: String?
    var estimatedAge: Int?
    var sex: Sex?
    var activity: EncounterActivity
    var action: EncounterAction
    /// Default now, which must fall within the operation.
    var occurredAt: Date?
    /// Make a BAP (berita acara pemeriksaan) for this encounter.
    var bap: Bool?
}

struct EncounterDTO: Content {
    struct Earlier: Content {
        var kind: String
        var at: Date
    }

    var id: UUID
    var operationId: UUID
    var personId: UUID?
    var description: String?
    var estimatedAge: Int?
    var sex: Sex?
    var activity: EncounterActivity
    var action: EncounterAction
    var occurredAt: Date
    var bapNumber: String?
    var reEncounter: Bool
    var earlierHandling: Earlier?

    init(_ encounter: EncounterModel) {
        id = encounter.id!
        operationId = encounter.operationID
        personId = encounter.personID
        description = encounter.descriptionText
        estimatedAge = encounter.estimatedAge
        sex = encounter.sex
        activity = encounter.activity
        action = encounter.action
        occurredAt = encounter.occurredAt
        bapNumber = encounter.bapNumber
        reEncounter = encounter.reEncounter
        if let kind = encounter.earlierHandling, let at = encounter.earlierHandlingAt {
            earlierHandling = Earlier(kind: kind, at: at)
        }
    }
}

/// Outreach operations, encounters and re-encounters.
struct OutreachService {
    let request: Request
    var database: any Database { request.db }

    func createOperation(_ input: OperationInput) async throws -> OutreachOperationModel {
        let user = try request.requireUser()
        let organisation =
            try await input.organisation.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: database)
            }
            ?? user.organisation
        let ended = try LayanError.checking {
            try OutreachRules.operation(
                startedAt: input.startedAt, endedAt: input.endedAt, now: request.now, latitude: input.latitude,
                longitude: input.longitude)
        }
        var agencies: [String] = []
        for code in input.agencies ?? [] {
            guard try await OrganisationRepository(database: database).find(code: code) != nil else {
                throw LayanError(
                    .unprocessableEntity, code: "unknown_organisation", .apiUnknownOrganisation, ["code": code])
            }
            agencies.append(code)
        }
        let operation = OutreachOperationModel()
        operation.$organisation.id = try organisation.requireID()
        operation.provinceCode = organisation.provinceCode
        operation.type = input.type
        operation.startedAt = input.startedAt
        operation.endedAt = ended
        operation.regionCode = try await PersonService(request: request).region(input.regionCode)
        operation.place = try RequiredText.clean(input.place, max: 300, field: ("Tempat", "Place"))
        operation.latitude = input.latitude
        operation.longitude = input.longitude
        operation.agencies = agencies.joined(separator: "\n")
        operation.team = (input.team ?? []).map(PersonService.clean).filter { !$0.isEmpty }.prefix(50).joined(
            separator: "\n")
        operation.createdByUserID = user.id
        try await database.writeTransaction { transaction in
            try await operation.create(on: transaction)
            try await request.audit(.create, "outreach_operation", id: operation.id?.uuidString, on: transaction)
        }
        return operation
    }

    func operation(_ rawID: String?) async throws -> OutreachOperationModel {
        let user = try request.requireUser()
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let operation = try await OutreachOperationModel.find(id, on: database),
            user.actor.covers(
                organisationPath: try await request.records.organisation(id: operation.$organisation.id).path)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return operation
    }

    /// Every earlier handling of a person: encounters that were more than counselling, shelter
    /// discharges and case closures.
    func handlings(of personIDs: [UUID]) async throws -> [Handling] {
        var handlings: [Handling] = []
        for encounter in try await EncounterModel.query(on: database).filter(\.$personID ~~ personIDs).all()
        where encounter.action.isHandling {
            handlings.append(
                Handling(personID: encounter.personID!, at: encounter.occurredAt, kind: .encounter(encounter.action)))
        }
        for admission in try await AdmissionModel.query(on: database).filter(\.$personID ~~ personIDs).filter(
            \.$dischargedOn != nil
        ).all() {
            if let day = admission.dischargedOn.flatMap(CalendarDay.init),
                let zone = try? await request.records.organisation(id: admission.organisationID).timeZone
            {
                handlings.append(
                    Handling(personID: admission.personID, at: day.start(in: zone.timeZone), kind: .shelterDischarge))
            }
        }
        for record in try await CaseModel.query(on: database).filter(\.$personID ~~ personIDs).filter(
            \.$closedAt != nil
        ).all() {
            handlings.append(Handling(personID: record.personID, at: record.closedAt!, kind: .caseClosure))
        }
        return handlings
    }

    func addEncounter(_ input: EncounterInput, to operation: OutreachOperationModel) async throws -> EncounterModel {
        let occurredAt = input.occurredAt ?? min(request.now, operation.endedAt)
        try LayanError.checking {
            try OutreachRules.encounter(
                occurredAt: occurredAt, operationStart: operation.startedAt, operationEnd: operation.endedAt,
                estimatedAge: input.estimatedAge)
        }
        let encounter = EncounterModel()
        encounter.operationID = try operation.requireID()
        encounter.organisationID = operation.$organisation.id
        encounter.provinceCode = operation.provinceCode
        encounter.activity = input.activity
        encounter.action = input.action
        encounter.occurredAt = occurredAt
        encounter.estimatedAge = input.estimatedAge
        encounter.sex = input.sex
        encounter.descriptionText = try ComplaintService(request: request).short(input.description, max: 500)
        encounter.createdByUserID = request.currentUser?.id
        var newPerson: PersonModel?
        if let id = input.personId {
            encounter.personID = try await request.records.person(id.uuidString).id
        } else if let name = input.newPersonName?.nonEmpty {
            let year = input.estimatedAge.map {
                (Calendar(identifier: .gregorian).dateComponents([.year], from: occurredAt).year ?? 2026) - $0
            }
            let (person, _) = try await PersonService(request: request).validated(
                PersonInput(fullName: name, sex: input.sex, birthYear: year, residenceRegion: operation.regionCode))
            newPerson = person
        }
        try LayanError.checking { [encounter, newPerson] in
            try OutreachRules.whoWasMet(
                known: encounter.personID != nil, named: newPerson != nil, described: encounter.descriptionText != nil,
                opensCase: input.action == .caseOpened)
        }
        if let personID = encounter.personID,
            let earlier = Recidivism.earlierHandling(
                of: personID, before: occurredAt, handlings: try await handlings(of: [personID]))
        {
            encounter.reEncounter = true
            encounter.earlierHandling = earlier.kind.code
            encounter.earlierHandlingAt = earlier.at
        } else {
            encounter.reEncounter = false
        }
        let organisation = try await request.records.organisation(id: operation.$organisation.id)
        let registered = newPerson
        try await database.writeTransaction { transaction in
            if let person = registered {
                try await person.create(on: transaction)
                try await request.audit(.create, "person", id: person.id?.uuidString, on: transaction)
                encounter.personID = person.id
            }
            if input.bap == true {
                let zone = organisation.timeZone.timeZone
                let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: occurredAt)
                let prefix = "BAP/"
                let suffix =
                    "/\(organisation.code.uppercased())/\(BAPNumber.romanMonth(parts.month ?? 1) ?? "I")/\(parts.year ?? 0)"
                let sameMonth = try await EncounterModel.query(on: transaction).filter(
                    \.$organisationID == organisation.requireID()
                )
                .filter(\.$bapNumber != nil).all().filter {
                    $0.bapNumber?.hasSuffix(suffix) == true && $0.bapNumber?.hasPrefix(prefix) == true
                }
                encounter.bapNumber = BAPNumber.make(
                    sequence: sameMonth.count + 1, organisationCode: organisation.code, month: parts.month ?? 1,
                    year: parts.year ?? 0)
            }
            try await encounter.create(on: transaction)
            try await request.audit(.create, "encounter", id: encounter.id?.uuidString, on: transaction)
        }
        return encounter
    }
}

extension HandlingKind {
    /// A stable code for storage and the API: the action of an encounter, or the kind.
    var code: String {
        switch self {
        case .encounter(let action): "encounter:" + action.rawValue
        case .shelterDischarge: "shelter_discharge"
        case .caseClosure: "case_closure"
        }
    }
}
