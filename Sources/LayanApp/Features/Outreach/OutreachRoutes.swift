import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The outreach, recidivism, SPM, shelter and coordination pages.
struct OutreachWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(
            .GET, OutreachRoute.Pattern.operations.components, access: .permission(.viewOutreach), use: operations)
        routes.on(
            .POST, OutreachRoute.Pattern.operations.components, access: .permission(.doOutreach), use: createOperation)
        routes.on(.GET, OutreachRoute.Pattern.operation.components, access: .permission(.viewOutreach), use: operation)
        routes.on(
            .POST, OutreachRoute.Pattern.operation.components, access: .permission(.doOutreach), use: addEncounter)
        routes.on(.GET, OutreachRoute.Pattern.bap.components, access: .permission(.viewOutreach), use: bap)
        routes.on(
            .GET, OutreachRoute.Pattern.recidivism.components, access: .permission(.viewIndicators), use: recidivism)
        routes.on(.GET, OutreachRoute.Pattern.spm.components, access: .permission(.viewIndicators), use: spm)
        routes.on(.GET, OutreachRoute.Pattern.shelters.components, access: .permission(.viewOutreach), use: shelters)
        routes.on(.POST, OutreachRoute.Pattern.admit.components, access: .permission(.manageShelters), use: admit)
        routes.on(
            .POST, OutreachRoute.Pattern.discharge.components, access: .permission(.manageShelters), use: discharge)
        routes.on(
            .GET, OutreachRoute.Pattern.coordination.components, access: .permission(.manageCoordination),
            use: coordination
        )
        routes.on(
            .POST, OutreachRoute.Pattern.newMeeting.components, access: .permission(.manageCoordination),
            use: newMeeting)
        routes.on(
            .POST, OutreachRoute.Pattern.newPrevention.components, access: .permission(.manageCoordination),
            use: newPrevention)
        routes.on(
            .POST, OutreachRoute.Pattern.actionDone.components, access: .permission(.manageCoordination),
            use: actionDone)
    }

    func operations(request: Request) async throws -> Response {
        let rows = try await OutreachAPIController().listOperations(request: request)
        let context = request.pageContext
        return OutreachViews.operations(
            rows, mayCreate: context.may(.doOutreach), timeZone: try request.requireUser().organisation.timeZone,
            context: context
        ).response()
    }

    struct OperationForm: PageForm {
        var type: String?
        var hours: String?
        var regionCode: String?
        var place: String?
        var agencies: String?
        var team: String?
    }

    func createOperation(request: Request) async throws -> Response {
        let form = try request.form(OperationForm.self)
        let hours = Double(form.hours ?? "4") ?? 4
        let start = request.now
        let operation = try await OutreachService(request: request).createOperation(
            OperationInput(
                type: form.type.flatMap(OutreachOperationType.init(rawValue:)) ?? .outreach, startedAt: start,
                endedAt: start.addingTimeInterval(hours * 3600), regionCode: form.regionCode,
                place: form.place ?? "",
                agencies: form.agencies?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty },
                team: form.team?.split(separator: ",").map(String.init)))
        return request.redirect(to: OutreachRoute.operation(id: try operation.requireID()).path, redirectType: .normal)
    }

    func operation(request: Request) async throws -> Response {
        try await renderOperation(request, error: nil, added: request.query[String.self, at: "dicatat"], status: .ok)
    }

    func renderOperation(
        _ request: Request, error: String?, added: String?, status: HTTPStatus
    ) async throws -> Response {
        let operation = try await OutreachService(request: request).operation(request.parameters.get("id"))
        let encounters = try await EncounterModel.query(on: request.db).filter(\.$operationID == operation.requireID())
            .sort(\.$occurredAt, .descending).all()
        let names = Dictionary(
            uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(
                \.$id ~~ encounters.compactMap(\.personID)
            ).all()
                .map { ($0.id!, $0.fullName) })
        let context = request.pageContext
        let model = OutreachViews.OperationModel(
            operation: try await OutreachAPIController.dto(operation, request: request),
            encounters: encounters.map { (EncounterDTO($0), $0.personID.flatMap { names[$0] }) },
            timeZone: try await request.records.organisation(id: operation.$organisation.id).timeZone,
            mayRecord: context.may(.doOutreach),
            error: error, lastAdded: added.map { context.t(.outreachAdded, ["name": $0]) })
        return OutreachViews.operation(model, context: context).response(status: status)
    }

    /// One person met: saved, and back to the same page, ready for the next.
    struct EncounterForm: PageForm {
        var newPersonName: String?
        var description: String?
        var estimatedAge: String?
        var sex: String?
        var activity: String?
        var action: String?
        var bap: String?
    }

    func addEncounter(request: Request) async throws -> Response {
        let service = OutreachService(request: request)
        let operation = try await service.operation(request.parameters.get("id"))
        let form = try request.form(EncounterForm.self)
        do {
            let input = EncounterInput(
                newPersonName: form.newPersonName?.nonEmpty, description: form.description?.nonEmpty,
                estimatedAge: form.estimatedAge.flatMap { Int($0) }, sex: form.sex.flatMap(Sex.init(rawValue:)),
                activity: form.activity.flatMap(EncounterActivity.init(rawValue:)) ?? .other,
                action: form.action.flatMap(EncounterAction.init(rawValue:)) ?? .counselledAndReleased,
                bap: form.bap == "true")
            _ = try await service.addEncounter(input, to: operation)
            let label = form.newPersonName?.nonEmpty ?? form.description ?? ""
            let target =
                OutreachRoute.operation(id: try operation.requireID()).path + "?dicatat="
                + (label.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "#encounter-form"
            return request.redirect(to: target, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderOperation(
                request, error: error.message(in: request.language), added: nil, status: error.status)
        }
    }

    func bap(request: Request) async throws -> Response {
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let encounter = try await EncounterModel.find(id, on: request.db), let number = encounter.bapNumber
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let service = OutreachService(request: request)
        let operation = try await service.operation(encounter.operationID.uuidString)
        let office = try await request.records.organisation(id: operation.$organisation.id)
        let name = try await encounter.personID.asyncFlatMap {
            try await PersonModel.find($0, on: request.db)?.fullName
        }
        try await request.audit(.export, "encounter", id: encounter.id?.uuidString, details: "BAP")
        return OutreachViews.bap(
            number: number, encounter: EncounterDTO(encounter), name: name,
            operation: try await OutreachAPIController.dto(operation, request: request),
            office: office.name, timeZone: office.timeZone, context: request.pageContext
        ).response()
    }

    func yearScope(_ request: Request) async throws -> (IndicatorScope, Int) {
        let user = try request.requireUser()
        let thisYear =
            Calendar(identifier: .gregorian).dateComponents(in: user.organisation.timeZone.timeZone, from: request.now)
            .year
            ?? 2026
        let year =
            request.query[Int.self, at: "tahun"].flatMap { (2000...thisYear).contains($0) ? $0 : nil } ?? thisYear
        return (
            try await IndicatorScope(request: request, from: "\(year)-01-01", to: "\(year)-12-31", now: request.now),
            year
        )
    }

    func recidivism(request: Request) async throws -> Response {
        let (scope, year) = try await yearScope(request)
        let query = RecidivismQuery(request: request, scope: scope)
        let (handlings, sightings) = try await query.inputs()
        let now = request.now
        let results = Recidivism.defaultWindows.map {
            Recidivism.compute(
                handlings: handlings, sightings: sightings, from: scope.from, toExclusive: scope.toExclusive,
                windowDays: $0, now: now)
        }
        // Who came back (within 180 days), how often, where and after what.
        let back = Set(results.last?.reEncounteredPersons ?? [])
        let encounters = try await EncounterModel.query(on: request.db).filter(
            \.$organisationID ~~ scope.organisationIDs
        )
        .filter(\.$personID ~~ Array(back)).filter(\.$reEncounter == true).all()
        let operations = Dictionary(
            uniqueKeysWithValues: try await OutreachOperationModel.query(on: request.db).filter(
                \.$id ~~ Array(Set(encounters.map(\.operationID)))
            ).all()
                .map { ($0.id!, $0.place) })
        let mayName = request.pageContext.may(.viewPersons)
        let names =
            mayName
            ? Dictionary(
                uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(\.$id ~~ Array(back)).all().map
                { ($0.id!, $0.fullName) })
            : [:]
        let byPerson = Dictionary(grouping: encounters) { $0.personID! }
        let language = request.language
        func kindLabel(_ code: String?) -> String {
            guard let code else { return "—" }
            if code.hasPrefix("encounter:"), let action = EncounterAction(rawValue: String(code.dropFirst(10))) {
                return action.label(in: language)
            }
            return code == "shelter_discharge"
                ? request.translator.t(.recidivismAfterShelter) : request.translator.t(.recidivismAfterCase)
        }
        let returning = byPerson.map { person, found in
            (
                name: names[person] ?? "•••", times: found.count,
                places: Set(found.compactMap { operations[$0.operationID] }).sorted().joined(separator: ", "),
                after: kindLabel(found.sorted { $0.occurredAt < $1.occurredAt }.first?.earlierHandling)
            )
        }.sorted { $0.times > $1.times }
        let hotSpots = Dictionary(grouping: encounters) { operations[$0.operationID] ?? "—" }.map {
            ($0.key, $0.value.count)
        }.sorted { $0.1 > $1.1 }
        let afterKinds = Dictionary(grouping: encounters) { kindLabel($0.earlierHandling) }.map {
            ($0.key, $0.value.count)
        }.sorted { $0.1 > $1.1 }
        let model = OutreachViews.RecidivismModel(
            year: year, results: results, returning: returning, hotSpots: hotSpots, afterKinds: afterKinds)
        return OutreachViews.recidivism(model, context: request.pageContext).response()
    }

    func spm(request: Request) async throws -> Response {
        let (scope, year) = try await yearScope(request)
        let results = try await SPMQuery(request: request, scope: scope).compute()
        return OutreachViews.spm(
            year: year, office: scope.organisation.name, results: results, context: request.pageContext
        ).response()
    }

    func shelters(request: Request) async throws -> Response {
        try await renderShelters(request, error: nil, status: .ok)
    }

    func renderShelters(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let user = try request.requireUser()
        let office = try await request.records.office()
        let shelters = try await OrganisationRepository(database: request.db).subtree(of: office).filter {
            $0.type == .shelter
        }
        let zone = user.organisation.timeZone.timeZone
        let today = CalendarDay(request.now, in: zone)
        let yearStart = CalendarDay(year: today.year, month: 1, day: 1) ?? today
        var rows: [ShelterCoordinationViews.ShelterRow] = []
        for shelter in shelters {
            let admissions = try await AdmissionModel.query(on: request.db).filter(\.$shelterID == shelter.requireID())
                .all()
            let stays = admissions.compactMap(OutreachAPIController.stay)
            let open = admissions.filter { $0.dischargedOn == nil }
            let names = Dictionary(
                uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(\.$id ~~ open.map(\.personID))
                    .all().map { ($0.id!, $0.fullName) })
            rows.append(
                .init(
                    code: shelter.code, name: shelter.name,
                    capacity: try await ShelterCapacityModel.query(on: request.db).filter(
                        \.$organisationID == shelter.requireID()
                    ).first()?.capacity,
                    today: Occupancy.daily(stays: stays, from: today, to: today)[today] ?? [:],
                    runawaysThisYear: Occupancy.runaways(stays: stays, from: yearStart, to: today),
                    lastDays: Occupancy.daily(stays: stays, from: today.adding(days: -13), to: today)
                        .map { ($0.key, $0.value.values.reduce(0, +)) }.sorted { $0.0 < $1.0 },
                    residents: open.map { ($0.id!, names[$0.personID] ?? "—", $0.admittedOn) }))
        }
        let persons = try await PersonModel.query(on: request.db).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs())
        )
        .filter(\.$mergedIntoID == nil).filter(\.$isSensitive == false).sort(\.$fullName).limit(300).all().map {
            ($0.id!, $0.fullName)
        }
        return ShelterCoordinationViews.shelters(rows, persons: persons, error: error, context: request.pageContext)
            .response(status: status)
    }

    struct AdmissionForm: PageForm {
        var personId: String?
        var admittedOn: String?
        var group: String?
        var overrideReason: String?
    }

    func admit(request: Request) async throws -> Response {
        let form = try request.form(AdmissionForm.self)
        do {
            let shelter = try await OutreachAPIController.shelter(
                code: request.parameters.get("code") ?? "", request: request)
            guard let person = form.personId.flatMap(UUID.init(uuidString:)) else {
                throw Abort(.unprocessableEntity)
            }
            _ = try await OutreachAPIController.admit(
                .init(
                    personId: person, admittedOn: form.admittedOn ?? "",
                    group: form.group.flatMap(ShelterGroup.init(rawValue:)),
                    overrideReason: form.overrideReason), to: shelter, request: request)
            return request.redirect(to: OutreachRoute.shelters.path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderShelters(request, error: error.message(in: request.language), status: error.status)
        }
    }

    struct DischargeForm: PageForm {
        var reason: String?
        var dischargedOn: String?
    }

    func discharge(request: Request) async throws -> Response {
        let form = try request.form(DischargeForm.self)
        do {
            guard let reason = form.reason.flatMap(DischargeReason.init(rawValue:)) else {
                throw Abort(.unprocessableEntity)
            }
            _ = try await OutreachAPIController.discharge(
                id: request.parameters.get("id"), .init(dischargedOn: form.dischargedOn ?? "", reason: reason),
                request: request)
            return request.redirect(to: OutreachRoute.shelters.path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderShelters(request, error: error.message(in: request.language), status: error.status)
        }
    }

    func coordination(request: Request) async throws -> Response {
        try await renderCoordination(request, error: nil, status: .ok)
    }

    func renderCoordination(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let controller = CoordinationAPIController()
        let actions = try await controller.listActions(request: request)
        let meetings = try await CoordinationMeetingModel.query(on: request.db).filter(
            \.$organisationID ~~ (try await request.records.subtreeIDs())
        )
        .sort(\.$heldOn, .descending).limit(100).all()
        .map { ($0.heldOn, $0.organiser, $0.agencies.split(separator: "\n").joined(separator: ", ")) }
        return ShelterCoordinationViews.coordination(
            actions: actions, meetings: meetings, prevention: try await controller.listPrevention(request: request),
            error: error,
            context: request.pageContext
        ).response(status: status)
    }

    struct MeetingForm: PageForm {
        var heldOn: String?
        var organiser: String?
        var agencies: String?
        var minutes: String?
        var decisions: String?
        var action: String?
        var owner: String?
        var dueOn: String?
    }

    func newMeeting(request: Request) async throws -> Response {
        let form = try request.form(MeetingForm.self)
        let actions: [CoordinationAPIController.ActionInput] =
            form.action?.nonEmpty.map {
                [.init(description: $0, owner: form.owner ?? "", dueOn: form.dueOn ?? "")]
            } ?? []
        let input = CoordinationAPIController.MeetingInput(
            heldOn: form.heldOn ?? "", organiser: form.organiser ?? "",
            agencies: (form.agencies ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            minutes: form.minutes ?? "",
            decisions: form.decisions ?? "", actions: actions)
        return try await submit(request) {
            try request.content.encode(input, as: .json)
            _ = try await CoordinationAPIController().createMeeting(request: request)
        }
    }

    struct PreventionForm: PageForm {
        var heldOn: String?
        var place: String?
        var topic: String?
        var audience: String?
        var attendance: String?
    }

    func newPrevention(request: Request) async throws -> Response {
        let form = try request.form(PreventionForm.self)
        let input = CoordinationAPIController.PreventionInput(
            heldOn: form.heldOn ?? "", place: form.place ?? "", topic: form.topic ?? "",
            audience: form.audience ?? "",
            attendance: form.attendance.flatMap { Int($0) } ?? 0)
        return try await submit(request) {
            try request.content.encode(input, as: .json)
            _ = try await CoordinationAPIController().createPrevention(request: request)
        }
    }

    func actionDone(request: Request) async throws -> Response {
        try await submit(request) { _ = try await CoordinationAPIController().markDone(request: request) }
    }

    private func submit(_ request: Request, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
            return request.redirect(to: OutreachRoute.coordination.path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderCoordination(
                request, error: error.message(in: request.language), status: error.status)
        }
    }
}
