import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `/api/v1` for outreach, recidivism, shelters, SPM achievement, prevention and coordination.
struct OutreachAPIController: RouteCollection {
    struct OperationDTO: Content {
        var id: UUID
        var organisation: String
        var type: OutreachOperationType
        var startedAt: Date
        var endedAt: Date
        var place: String
        var regionCode: String?
        var agencies: [String]
        var encounters: Int
    }

    struct RecidivismDTO: Content {
        var windowDays: Int
        var handled: Int
        var reEncountered: Int
        var pending: Int
        /// null (not absent) when nobody was handled: there is no rate, which is not a rate of 0.
        var rate: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(windowDays, forKey: .windowDays)
            try container.encode(handled, forKey: .handled)
            try container.encode(reEncountered, forKey: .reEncountered)
            try container.encode(pending, forKey: .pending)
            try container.encode(rate, forKey: .rate)
        }
    }

    struct AdmissionInput: Content {
        var personId: UUID
        var admittedOn: String
        var group: ShelterGroup?
        var overrideReason: String?
    }

    struct DischargeInput: Content {
        var dischargedOn: String
        var reason: DischargeReason
    }

    struct AdmissionDTO: Content {
        var id: UUID
        var shelter: String
        var personId: UUID
        var group: ShelterGroup
        var admittedOn: String
        var dischargedOn: String?
        var dischargeReason: DischargeReason?
    }

    struct CapacityInput: Content {
        var maleChildren: Int
        var femaleChildren: Int
        var maleAdults: Int
        var femaleAdults: Int
    }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.post("outreach-operations", access: .permission(.doOutreach), use: createOperation)
        api.get("outreach-operations", access: .permission(.viewOutreach), use: listOperations)
        api.get("outreach-operations", ":id", "encounters", access: .permission(.viewOutreach), use: listEncounters)
        api.post("outreach-operations", ":id", "encounters", access: .permission(.doOutreach), use: addEncounter)
        api.get("recidivism", access: .permission(.viewIndicators), use: recidivism)
        api.get("spm", access: .permission(.viewIndicators), use: spm)
        api.on(.PUT, ["shelters", ":id", "capacity"], access: .permission(.manageShelters), use: setCapacity)
        api.post("shelters", ":id", "admissions", access: .permission(.manageShelters), use: admit)
        api.post("admissions", ":id", "discharge", access: .permission(.manageShelters), use: discharge)
    }

    func createOperation(request: Request) async throws -> Response {
        let input = try CasesAPIController.decode(OperationInput.self, request)
        let operation = try await OutreachService(request: request).createOperation(input)
        let response = Response(status: .created)
        try response.content.encode(try await Self.dto(operation, request: request))
        return response
    }

    func listOperations(request: Request) async throws -> [OperationDTO] {
        try await OutreachOperationModel.query(on: request.db).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs())
        )
        .sort(\.$startedAt, .descending).limit(200).all().asyncMap { try await Self.dto($0, request: request) }
    }

    func listEncounters(request: Request) async throws -> [EncounterDTO] {
        let operation = try await OutreachService(request: request).operation(request.parameters.get("id"))
        return try await EncounterModel.query(on: request.db).filter(\.$operationID == operation.requireID())
            .sort(\.$occurredAt).all().map(EncounterDTO.init)
    }

    func addEncounter(request: Request) async throws -> Response {
        let service = OutreachService(request: request)
        let operation = try await service.operation(request.parameters.get("id"))
        let encounter = try await service.addEncounter(
            try CasesAPIController.decode(EncounterInput.self, request), to: operation)
        let response = Response(status: .created)
        try response.content.encode(EncounterDTO(encounter))
        return response
    }

    static func dto(_ operation: OutreachOperationModel, request: Request) async throws -> OperationDTO {
        OperationDTO(
            id: try operation.requireID(),
            organisation: try await request.records.organisation(id: operation.$organisation.id).code,
            type: operation.type, startedAt: operation.startedAt, endedAt: operation.endedAt, place: operation.place,
            regionCode: operation.regionCode, agencies: operation.agencies.split(separator: "\n").map(String.init),
            encounters: try await EncounterModel.query(on: request.db).filter(\.$operationID == operation.requireID())
                .count())
    }

    func recidivism(request: Request) async throws -> RecidivismDTO {
        let scope = try await IndicatorScope(request: request, now: request.now)
        let window = request.query[Int.self, at: "windowDays"] ?? 90
        guard (1...730).contains(window) else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_window",
                text: LocalizedText(id: "Jendela 1–730 hari.", en: "The window must be 1–730 days."))
        }
        let result = try await RecidivismQuery(request: request, scope: scope).compute(
            windowDays: window, now: request.now)
        return RecidivismDTO(
            windowDays: window, handled: result.handled, reEncountered: result.reEncountered, pending: result.pending,
            rate: result.rate.map { ($0 * 10_000).rounded() / 10_000 })
    }

    func spm(request: Request) async throws -> [SPMAchievement.GroupResult] {
        try await SPMQuery(request: request, scope: try await IndicatorScope(request: request, now: request.now))
            .compute()
    }

    func shelter(_ request: Request) async throws -> OrganisationModel {
        try await Self.shelter(code: request.parameters.get("id") ?? "", request: request)
    }

    /// A shelter of the user's office (a shelter's staff, or the office that runs it); 404 otherwise.
    static func shelter(code: String, request: Request) async throws -> OrganisationModel {
        guard let shelter = try await OrganisationRepository(database: request.db).find(code: code),
            shelter.type == .shelter, try await mayManage(shelter, request: request)
        else { throw LayanError(.notFound, code: "not_found", .apiUnknownOrganisation, ["code": code]) }
        return shelter
    }

    /// A shelter's own staff, and the office that runs it, may work with it.
    static func mayManage(_ shelter: OrganisationModel, request: Request) async throws -> Bool {
        if try request.requireUser().actor.covers(organisationPath: shelter.path) { return true }
        return shelter.path.hasPrefix(try await request.records.office().path)
    }

    func setCapacity(request: Request) async throws -> CapacityInput {
        let shelter = try await shelter(request)
        let input = try CasesAPIController.decode(CapacityInput.self, request)
        let capacity = ShelterCapacity(
            maleChildren: input.maleChildren, femaleChildren: input.femaleChildren, maleAdults: input.maleAdults,
            femaleAdults: input.femaleAdults)
        if case .failure(let error) = capacity.validate() {
            throw LayanError(error)
        }
        let stored =
            try await ShelterCapacityModel.query(on: request.db).filter(\.$organisationID == shelter.requireID())
            .first()
            ?? ShelterCapacityModel()
        stored.organisationID = try shelter.requireID()
        stored.provinceCode = shelter.provinceCode
        stored.maleChildren = input.maleChildren
        stored.femaleChildren = input.femaleChildren
        stored.maleAdults = input.maleAdults
        stored.femaleAdults = input.femaleAdults
        try await request.db.writeTransaction { transaction in
            try await stored.save(on: transaction)
            try await request.audit(.update, "shelter_capacity", id: shelter.code, on: transaction)
        }
        return input
    }

    func admit(request: Request) async throws -> Response {
        let shelter = try await shelter(request)
        let admission = try await Self.admit(
            try CasesAPIController.decode(AdmissionInput.self, request), to: shelter, request: request)
        let response = Response(status: .created)
        try response.content.encode(Self.dto(admission, shelter: shelter.code))
        return response
    }

    static func admit(
        _ input: AdmissionInput, to shelter: OrganisationModel, request: Request
    ) async throws -> AdmissionModel {
        let person = try await request.records.person(input.personId.uuidString)
        guard
            let day = IndonesianFormat.parseDate(input.admittedOn).flatMap({
                CalendarDay(year: $0.year, month: $0.month, day: $0.day)
            })
        else {
            throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": input.admittedOn])
        }
        let group: ShelterGroup
        if let given = input.group {
            group = given
        } else if let sex = person.sex, let year = person.birthYear {
            group = ShelterGroup.group(sex: sex, age: day.year - year)
        } else {
            throw LayanError(
                .unprocessableEntity, code: "group_required",
                text: LocalizedText(
                    id: "Tentukan kelompok (jenis kelamin dan umur tidak diketahui).",
                    en: "Give the group (sex and age are unknown)."))
        }
        let capacity = try await ShelterCapacityModel.query(on: request.db).filter(
            \.$organisationID == shelter.requireID()
        ).first()?.capacity
        let stays = try await AdmissionModel.query(on: request.db).filter(\.$shelterID == shelter.requireID()).all()
            .compactMap(Self.stay)
        let override = input.overrideReason.map(PersonService.clean)?.nonEmpty
        if let capacity, Occupancy.wouldExceed(capacity: capacity, group: group, onDay: day, stays: stays),
            override == nil
        {
            throw LayanError(
                .conflict, code: "over_capacity",
                text: LocalizedText(
                    id: "Panti penuh untuk kelompok \(group.labelID). Isi alasan jika tetap ditempatkan.",
                    en: "The shelter is full for \(group.labelEN). Give a reason to admit anyway."))
        }
        let admission = AdmissionModel()
        admission.shelterID = try shelter.requireID()
        admission.organisationID = try shelter.requireID()
        admission.provinceCode = shelter.provinceCode
        admission.personID = try person.requireID()
        admission.group = group
        admission.admittedOn = day.description
        admission.overrideReason = override
        admission.createdByUserID = request.currentUser?.id
        try await request.db.writeTransaction { transaction in
            try await admission.create(on: transaction)
            try await request.audit(
                .create, "admission", id: admission.id?.uuidString, details: override.map { _ in "over capacity" },
                on: transaction)
        }
        return admission
    }

    func discharge(request: Request) async throws -> AdmissionDTO {
        try await Self.discharge(
            id: request.parameters.get("id"), try CasesAPIController.decode(DischargeInput.self, request),
            request: request)
    }

    static func discharge(id rawID: String?, _ input: DischargeInput, request: Request) async throws -> AdmissionDTO {
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let admission = try await AdmissionModel.find(id, on: request.db)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let shelter = try await request.records.organisation(id: admission.shelterID)
        guard try await mayManage(shelter, request: request) else {
            throw LayanError(.notFound, code: "not_found", .errorNotFound)
        }
        guard var stay = Self.stay(admission) else { throw Abort(.internalServerError) }
        guard admission.dischargedOn == nil else {
            throw LayanError(
                .conflict, code: "already_discharged",
                text: LocalizedText(id: "Sudah keluar dari panti.", en: "Already discharged."))
        }
        guard
            let day = IndonesianFormat.parseDate(input.dischargedOn).flatMap({
                CalendarDay(year: $0.year, month: $0.month, day: $0.day)
            })
        else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": input.dischargedOn])
        }
        if case .failure(let error) = stay.discharge(on: day, reason: input.reason) {
            throw LayanError(error)
        }
        admission.dischargedOn = day.description
        admission.dischargeReason = input.reason
        try await request.db.writeTransaction { transaction in
            try await admission.save(on: transaction)
            try await request.audit(
                .update, "admission", id: admission.id?.uuidString, details: "discharge \(input.reason.rawValue)",
                on: transaction)
        }
        return Self.dto(admission, shelter: shelter.code)
    }

    static func stay(_ admission: AdmissionModel) -> Stay? {
        guard let admitted = CalendarDay(admission.admittedOn) else { return nil }
        return Stay(
            personID: admission.personID, group: admission.group, admittedOn: admitted,
            dischargedOn: admission.dischargedOn.flatMap(CalendarDay.init), reason: admission.dischargeReason)
    }

    static func dto(_ admission: AdmissionModel, shelter: String) -> AdmissionDTO {
        AdmissionDTO(
            id: admission.id!, shelter: shelter, personId: admission.personID, group: admission.group,
            admittedOn: admission.admittedOn,
            dischargedOn: admission.dischargedOn, dischargeReason: admission.dischargeReason)
    }
}
