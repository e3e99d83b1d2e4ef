import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Partner agencies see the referrals addressed to them, with only the fields each shares, and answer
/// them. Receiving offices answer transfers.
struct ReferralsAPIController: RouteCollection {
    struct AnswerInput: Content {
        var reason: String?
        var outcome: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        let referrals = routes.grouped("api", "v1", "referrals")
        referrals.get(access: .permission(.answerReferrals), use: list)
        referrals.get(":id", access: .permission(.answerReferrals), use: show)
        for answer in ReferralAnswer.allCases {
            referrals.post(":id", PathComponent(stringLiteral: answer.rawValue), access: .permission(.answerReferrals))
            { request in
                try await Self.answer(answer, request: request)
            }
        }
        let transfers = routes.grouped("api", "v1", "transfers")
        transfers.post(":id", "accept", access: .permission(.answerTransfers)) {
            try await Self.answerTransfer(.accept, request: $0)
        }
        transfers.post(":id", "decline", access: .permission(.answerTransfers)) {
            try await Self.answerTransfer(.decline, request: $0)
        }
    }

    func list(request: Request) async throws -> [ReferralDTO] {
        let user = try request.requireUser()
        let referrals = try await ReferralModel.query(on: request.db)
            .filter(\.$partnerOrganisationID == user.organisation.requireID()).sort(\.$sentAt, .descending).limit(500)
            .all()
        return try await referrals.asyncMap { try await Self.dto($0, request: request) }
    }

    func show(request: Request) async throws -> ReferralDTO {
        let referral = try await Self.addressed(request)
        try await request.audit(.view, "referral", id: referral.id?.uuidString)
        return try await Self.dto(referral, request: request)
    }

    /// A referral addressed to the user's agency; 404 for any other.
    static func addressed(_ request: Request) async throws -> ReferralModel {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let referral = try await ReferralModel.find(id, on: request.db),
            AccessPolicy.canSeeReferral(
                addressedTo: try await request.records.organisation(id: referral.partnerOrganisationID).path,
                as: user.actor)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return referral
    }

    static func answer(_ answer: ReferralAnswer, request: Request) async throws -> ReferralDTO {
        let referral = try await addressed(request)
        let input = (try? request.content.decode(AnswerInput.self)) ?? AnswerInput()
        let reason = input.reason.map(PersonService.clean)?.nonEmpty
        switch ReferralWorkflow.answer(answer, current: referral.status, reason: reason) {
        case .failure(let error):
            throw LayanError(error, error == .declineNeedsReason ? .invalid : .conflict)
        case .success(let status):
            let now = request.now
            referral.status = status
            switch answer {
            case .accept: referral.answeredAt = now
            case .decline:
                referral.answeredAt = now
                referral.declineReason = reason.map { String($0.prefix(1000)) }
            case .complete:
                referral.completedAt = now
                referral.outcome = input.outcome.map(PersonService.clean)?.nonEmpty.map { String($0.prefix(2000)) }
            }
            guard let record = try await CaseModel.find(referral.caseID, on: request.db) else { throw Abort(.notFound) }
            let partner = try await request.records.organisation(id: referral.partnerOrganisationID)
            try await request.db.writeTransaction { transaction in
                try await referral.save(on: transaction)
                try await CaseService(request: request).event(
                    record, kind: "referral_\(status.rawValue)", summary: "\(partner.name): \(status.labelID)", at: now,
                    on: transaction)
                try await request.audit(
                    .update, "referral", id: referral.id?.uuidString, details: answer.rawValue, on: transaction)
            }
            return try await dto(referral, request: request)
        }
    }

    static func answerTransfer(_ answer: TransferAnswer, request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = (try? request.content.decode(AnswerInput.self)) ?? AnswerInput()
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let transfer = try await TransferModel.find(id, on: request.db),
            user.actor.covers(
                organisationPath: try await request.records.organisation(id: transfer.toOrganisationID).path),
            let record = try await CaseModel.find(transfer.caseID, on: request.db)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let reason = input.reason.map(PersonService.clean)?.nonEmpty
        switch TransferWorkflow.answer(answer, current: transfer.status, reason: reason) {
        case .failure(let error):
            throw LayanError(error, error == .declineNeedsReason ? .invalid : .conflict)
        case .success(let status):
            let now = request.now
            transfer.status = status
            transfer.answeredAt = now
            transfer.declineReason = answer == .decline ? reason : nil
            let target = try await request.records.organisation(id: transfer.toOrganisationID)
            try await request.db.writeTransaction { transaction in
                try await transfer.save(on: transaction)
                if status == .accepted {
                    // The case moves with its whole history; the receiving office assigns its own worker.
                    record.$organisation.id = try target.requireID()
                    record.provinceCode = target.provinceCode
                    record.assignedUserID = nil
                    try await record.save(on: transaction)
                }
                try await CaseService(request: request).event(
                    record, kind: "transfer_\(status.rawValue)", summary: "\(target.name): \(status.labelID)", at: now,
                    on: transaction)
                try await request.audit(
                    .update, "transfer", id: transfer.id?.uuidString, details: answer.rawValue, on: transaction)
            }
            let response = Response(status: .ok)
            try response.content.encode(try await CasesAPIController.dto(record, request: request))
            return response
        }
    }

    static func dto(_ referral: ReferralModel, request: Request) async throws -> ReferralDTO {
        let partner = try await request.records.organisation(id: referral.partnerOrganisationID)
        let fields = referral.sharedFields.split(separator: "\n").compactMap { ReferralShare(rawValue: String($0)) }
        var shared: [String: String] = [:]
        let user = try request.requireUser()
        if let record = try await CaseModel.find(referral.caseID, on: request.db),
            let person = try await PersonModel.find(record.personID, on: request.db)
        {
            let categories = record.categoryCodes
            shared = ReferralShare.values(of: person, categories: categories, fields: fields)
        }
        return ReferralDTO(
            id: referral.id!, caseId: user.role == .partner ? nil : referral.caseID, partner: partner.code,
            status: referral.status, request: referral.request, sentAt: referral.sentAt,
            responseDueAt: referral.responseDueAt,
            overdue: referral.status == .sent && referral.responseDueAt < request.now,
            declineReason: referral.declineReason,
            outcome: referral.outcome, shared: shared)
    }
}
