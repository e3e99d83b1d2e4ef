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
        let zone = try request.requireUser().organisation.timeZone
        return try await renderOperations(
            request,
            form: OutreachViews.NewOperationForm(
                agencies: try await request.partnerAgencies(),
                values: OutreachViews.NewOperationForm.defaults(now: request.now, timeZone: zone)),
            status: .ok)
    }

    func renderOperations(
        _ request: Request, form: OutreachViews.NewOperationForm, status: HTTPStatus
    ) async throws -> Response {
        let rows = try await OutreachAPIController().listOperations(request: request)
        let context = request.pageContext
        return OutreachViews.operations(
            rows, mayCreate: context.may(.doOutreach), timeZone: try request.requireUser().organisation.timeZone,
            form: form, context: context
        ).response(status: status)
    }

    struct OperationForm: PageForm {
        var type: String?
        var hours: String?
        var regionCode: String?
        var place: String?
        var startedOn: String?
        var startTime: String?
        /// The ticked agencies' codes.
        var agencies: [String]?
        var team: String?
    }

    func createOperation(request: Request) async throws -> Response {
        let form = try request.form(OperationForm.self)
        let zone = try request.requireUser().organisation.timeZone
        do {
            let typedHours = form.hours?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let hours = typedHours?.nonEmpty.map(Double.init) ?? 4, (1...336).contains(hours) else {
                throw LayanError(.unprocessableEntity, code: "invalid_duration", .outreachBadHours)
            }
            // A patrol is often entered the next morning: the time it began, as typed; empty means now.
            let start = try TypedInstant.page(
                date: form.startedOn, time: form.startTime, in: zone.timeZone, now: request.now,
                badDate: .outreachBadDate, badTime: .outreachBadTime)
            let operation = try await OutreachService(request: request).createOperation(
                OperationInput(
                    type: form.type.flatMap(OutreachOperationType.init(rawValue:)) ?? .outreach, startedAt: start,
                    endedAt: start.addingTimeInterval(hours * 3600), regionCode: form.regionCode?.nonEmpty,
                    place: form.place ?? "", agencies: form.agencies?.filter { !$0.isEmpty },
                    team: form.team?.split(separator: ",").map(String.init)))
            return request.redirect(
                to: OutreachRoute.operation(id: try operation.requireID()).path, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderOperations(
                request,
                form: OutreachViews.NewOperationForm(
                    agencies: try await request.partnerAgencies(), values: form.typed,
                    chosenAgencies: Set(form.agencies ?? []), error: error.message(in: request.language)),
                status: error.status)
        }
    }

    func operation(request: Request) async throws -> Response {
        try await renderOperation(
            request, error: nil, added: request.query[String.self, at: "dicatat"],
            search: request.query[String.self, at: "cari"], status: .ok)
    }

    func renderOperation(
        _ request: Request, error: String?, added: String?, search: String?, values: [String: String] = [:],
        status: HTTPStatus
    ) async throws -> Response {
        let operation = try await OutreachService(request: request).operation(request.parameters.get("id"))
        let model = try await OutreachViews.OperationModel.load(
            operation, error: error, added: added, search: search, values: values, request: request)
        return OutreachViews.operation(model, context: request.pageContext).response(status: status)
    }

    /// One person met: saved, and back to the same page, ready for the next.
    struct EncounterForm: PageForm {
        /// A registered person's id from the picker, or `new`.
        var personId: String?
        var newPersonName: String?
        var description: String?
        var estimatedAge: String?
        var sex: String?
        var activity: String?
        var action: String?
        var bap: String?
        /// The picker's search, carried so that a refused form shows the same choices.
        var cari: String?
    }

    func addEncounter(request: Request) async throws -> Response {
        let service = OutreachService(request: request)
        let operation = try await service.operation(request.parameters.get("id"))
        let form = try request.form(EncounterForm.self)
        do {
            let personID = try PersonPicker.chosenID(form.personId)
            let input = EncounterInput(
                personId: personID, newPersonName: personID == nil ? form.newPersonName?.nonEmpty : nil,
                description: personID == nil ? form.description?.nonEmpty : nil,
                estimatedAge: form.estimatedAge.flatMap { Int($0) }, sex: form.sex.flatMap(Sex.init(rawValue:)),
                activity: form.activity.flatMap(EncounterActivity.init(rawValue:)) ?? .other,
                action: form.action.flatMap(EncounterAction.init(rawValue:)) ?? .counselledAndReleased,
                bap: form.bap == "true")
            let encounter = try await service.addEncounter(input, to: operation)
            var label = form.newPersonName?.nonEmpty ?? form.description ?? ""
            // The service has checked the person may be read; only the name is wanted here.
            if let personID, let person = try await PersonModel.find(personID, on: request.db) {
                label = person.fullName
            }
            if encounter.reEncounter { label += " · " + request.pageContext.t(.outreachReEncounter) }
            let target =
                OutreachRoute.operation(id: try operation.requireID()).path + "?dicatat="
                + (label.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "#encounter-form"
            return request.redirect(to: target, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderOperation(
                request, error: error.message(in: request.language), added: nil, search: form.cari,
                values: form.typed, status: error.status)
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
        let model = try await OutreachViews.RecidivismModel.load(scope: scope, year: year, request: request)
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
        let model = try await ShelterCoordinationViews.SheltersModel.load(request: request)
        return ShelterCoordinationViews.shelters(
            model.rows, persons: model.persons, error: error, context: request.pageContext
        ).response(status: status)
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
