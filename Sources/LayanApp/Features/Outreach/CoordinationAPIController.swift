import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Prevention activities (sosialisasi, school visits) and coordination meetings with action items.
struct CoordinationAPIController: RouteCollection {
    struct PreventionInput: Content {
        var heldOn: String
        var place: String
        var topic: String
        var audience: String
        var attendance: Int
    }

    struct ActionInput: Content {
        var description: String
        var owner: String
        var dueOn: String
    }

    struct MeetingInput: Content {
        var heldOn: String
        var organiser: String
        var agencies: [String]
        var minutes: String
        var decisions: String
        var actions: [ActionInput]?
    }

    struct ActionDTO: Content {
        var id: UUID
        var meetingId: UUID
        var description: String
        var owner: String
        var dueOn: String
        var doneOn: String?
        var overdue: Bool
    }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.post("prevention-activities", access: .permission(.manageCoordination), use: createPrevention)
        api.get("prevention-activities", access: .permission(.manageCoordination), use: listPrevention)
        api.post("coordination-meetings", access: .permission(.manageCoordination), use: createMeeting)
        api.get("action-items", access: .permission(.manageCoordination), use: listActions)
        api.post("action-items", ":id", "done", access: .permission(.manageCoordination), use: markDone)
    }

    static func day(_ raw: String) throws -> String {
        guard let day = Days.iso(raw) else {
            throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": raw])
        }
        return day
    }

    func createPrevention(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try CasesAPIController.decode(PreventionInput.self, request)
        guard (0...100_000).contains(input.attendance) else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_attendance",
                text: LocalizedText(id: "Jumlah peserta 0–100.000.", en: "Attendance must be 0–100,000."))
        }
        let activity = PreventionActivityModel()
        activity.organisationID = try user.organisation.requireID()
        activity.provinceCode = user.organisation.provinceCode
        activity.heldOn = try Self.day(input.heldOn)
        activity.place = try RequiredText.clean(input.place, max: 300, field: ("Tempat", "Place"))
        activity.topic = try RequiredText.clean(input.topic, max: 300, field: ("Topik", "Topic"))
        activity.audience = try RequiredText.clean(input.audience, max: 300, field: ("Sasaran", "Audience"))
        activity.attendance = input.attendance
        try await request.db.writeTransaction { transaction in
            try await activity.create(on: transaction)
            try await request.audit(.create, "prevention_activity", id: activity.id?.uuidString, on: transaction)
        }
        let response = Response(status: .created)
        try response.content.encode(input)
        return response
    }

    func listPrevention(request: Request) async throws -> [PreventionInput] {
        try await PreventionActivityModel.query(on: request.db).filter(
            \.$organisationID ~~ (try await request.records.subtreeIDs())
        )
        .sort(\.$heldOn, .descending).limit(500).all()
        .map {
            PreventionInput(
                heldOn: $0.heldOn, place: $0.place, topic: $0.topic, audience: $0.audience, attendance: $0.attendance)
        }
    }

    func createMeeting(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try CasesAPIController.decode(MeetingInput.self, request)
        let meeting = CoordinationMeetingModel()
        meeting.organisationID = try user.organisation.requireID()
        meeting.provinceCode = user.organisation.provinceCode
        meeting.heldOn = try Self.day(input.heldOn)
        meeting.organiser = try RequiredText.clean(input.organiser, max: 200, field: ("Penyelenggara", "Organiser"))
        meeting.agencies = input.agencies.map(PersonService.clean).filter { !$0.isEmpty }.prefix(50).joined(
            separator: "\n")
        meeting.minutes = try RequiredText.clean(input.minutes, max: 20_000, field: ("Notulen", "Minutes"))
        meeting.decisions = try RequiredText.clean(input.decisions, max: 5_000, field: ("Keputusan", "Decisions"))
        var actions: [ActionItemModel] = []
        for action in input.actions ?? [] {
            let item = ActionItemModel()
            item.organisationID = meeting.organisationID
            item.provinceCode = meeting.provinceCode
            item.descriptionText = try RequiredText.clean(
                action.description, max: 500, field: ("Tindak lanjut", "Action"))
            item.owner = try RequiredText.clean(action.owner, max: 200, field: ("Penanggung jawab", "Owner"))
            item.dueOn = try Self.day(action.dueOn)
            actions.append(item)
        }
        let items = actions
        try await request.db.writeTransaction { transaction in
            try await meeting.create(on: transaction)
            for item in items {
                item.meetingID = try meeting.requireID()
                try await item.create(on: transaction)
            }
            try await request.audit(.create, "coordination_meeting", id: meeting.id?.uuidString, on: transaction)
        }
        let response = Response(status: .created)
        try response.content.encode(
            try actions.map { try Self.dto($0, today: Days.today(in: user.organisation.timeZone, now: request.now)) })
        return response
    }

    func listActions(request: Request) async throws -> [ActionDTO] {
        let user = try request.requireUser()
        let today = Days.today(in: user.organisation.timeZone, now: request.now)
        let query = ActionItemModel.query(on: request.db).filter(
            \.$organisationID ~~ (try await request.records.subtreeIDs()))
        if request.query[Bool.self, at: "overdue"] == true { query.filter(\.$doneOn == nil).filter(\.$dueOn < today) }
        return try await query.sort(\.$dueOn).limit(500).all().map { try Self.dto($0, today: today) }
    }

    func markDone(request: Request) async throws -> ActionDTO {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let item = try await ActionItemModel.find(id, on: request.db),
            try await request.records.subtreeIDs().contains(item.organisationID)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let today = Days.today(in: user.organisation.timeZone, now: request.now)
        item.doneOn = item.doneOn ?? today
        try await request.db.writeTransaction { transaction in
            try await item.save(on: transaction)
            try await request.audit(.update, "action_item", id: item.id?.uuidString, details: "done", on: transaction)
        }
        return try Self.dto(item, today: today)
    }

    static func dto(_ item: ActionItemModel, today: String) throws -> ActionDTO {
        ActionDTO(
            id: try item.requireID(), meetingId: item.meetingID, description: item.descriptionText, owner: item.owner,
            dueOn: item.dueOn,
            doneOn: item.doneOn, overdue: item.doneOn == nil && item.dueOn < today)
    }
}
