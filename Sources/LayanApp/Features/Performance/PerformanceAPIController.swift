import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// Indicators, targets (Perjanjian Kinerja) and budget under `/api/v1`.
struct PerformanceAPIController: RouteCollection {
    struct TargetInput: Content {
        /// Organisation code; default the caller's own.
        var org: String?
        var indicator: String
        var year: Int
        var target: Double
        /// Only for indicators Layan cannot compute, with `evidence`.
        var realisation: Double?
        var evidence: String?
        var explanation: String?
    }

    struct BudgetLineInput: Content {
        var org: String?
        var year: Int
        var program: String
        var activity: String
        var ceiling: Int64
    }

    struct SpendingInput: Content {
        var spentOn: String
        var amount: Int64
        var description: String
    }

    struct BudgetLineDTO: Content {
        var id: UUID
        var organisation: String
        var year: Int
        var program: String
        var activity: String
        var ceiling: Int64
        var spent: Int64
        /// Spent ÷ ceiling × 100, two decimals.
        var realisation: Double?
    }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("indicators", access: .permission(.viewIndicators), use: indicators)
        api.get("indicators", ":code", "records", access: .permission(.viewIndicatorRecords), use: records)
        api.get("targets", access: .permission(.viewIndicators), use: targets)
        api.post("targets", access: .permission(.manageTargets), use: saveTarget)
        api.delete("targets", ":id", access: .permission(.manageTargets), use: deleteTarget)
        api.get("budget-lines", access: .permission(.viewReports), use: budgetLines)
        api.post("budget-lines", access: .permission(.manageBudget), use: createBudgetLine)
        api.post("budget-lines", ":id", "spending", access: .permission(.manageBudget), use: addSpending)
    }

    static func unknownIndicator(_ code: String) -> LayanError {
        LayanError(
            .unprocessableEntity, code: "unknown_indicator",
            text: LocalizedText(
                id: "Indikator '\(code)' tidak dikenal. Daftar kode ada di dokumentasi API.",
                en: "Unknown indicator '\(code)'. The API documentation lists the codes."))
    }

    static func codes(_ request: Request) throws -> [String]? {
        guard let raw = request.query[String.self, at: "code"]?.nonEmpty else { return nil }
        let codes = raw.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        for code in codes where IndicatorCatalog.definition(code) == nil { throw unknownIndicator(code) }
        return codes
    }

    func indicators(request: Request) async throws -> [IndicatorValue] {
        let codes = try Self.codes(request)
        let scope = try await IndicatorScope(request: request, now: request.now)
        return try await PerformanceService(database: request.db, now: request.now).indicators(
            organisation: scope.organisation, first: scope.first, last: scope.last, codes: codes)
    }

    struct RecordsDTO: Content {
        var code: String
        var side: String
        var records: [IndicatorRecord]
    }

    func records(request: Request) async throws -> RecordsDTO {
        let code = try request.parameters.require("code")
        guard IndicatorCatalog.definition(code) != nil else { throw Self.unknownIndicator(code) }
        let side = request.query[String.self, at: "side"] ?? "numerator"
        guard side == "numerator" || side == "denominator" else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_side",
                text: LocalizedText(
                    id: "side harus numerator atau denominator.", en: "side must be numerator or denominator."))
        }
        let scope = try await IndicatorScope(request: request, now: request.now)
        let service = PerformanceService(database: request.db, now: request.now)
        let window = try await service.window(organisation: scope.organisation, first: scope.first, last: scope.last)
        guard let records = try await service.engine().records(code, denominator: side == "denominator", in: window)
        else {
            throw LayanError(
                .notFound, code: "no_records",
                text: LocalizedText(
                    id: "Indikator ini tidak dihitung dari catatan perorangan.",
                    en: "This indicator is not made of individual records."))
        }
        try await request.audit(
            .view, "indicator_records", id: code,
            details: "\(scope.organisation.code) \(scope.first)–\(scope.last) \(side): \(records.count)")
        return RecordsDTO(code: code, side: side, records: records)
    }

    func targets(request: Request) async throws -> [PerformanceService.EvaluatedTarget] {
        let user = try request.requireUser()
        let organisation = try await Self.organisation(request, user: user)
        let year = try Self.year(
            request.query[String.self, at: "year"] ?? String(Self.thisYear(user, now: request.now)))
        return try await PerformanceService(database: request.db, now: request.now).targets(
            organisation: organisation, year: year)
    }

    static func thisYear(_ user: CurrentUser, now: Date) -> Int {
        Int(Days.today(in: user.organisation.timeZone, now: now).prefix(4)) ?? 2026
    }

    static func organisation(
        _ request: Request, user: CurrentUser, code: String? = nil
    ) async throws
        -> OrganisationModel
    {
        guard let code = code ?? request.query[String.self, at: "org"]?.nonEmpty else { return user.organisation }
        return try await StaffController.organisationInScope(code, user: user, on: request.db)
    }

    static func year(_ raw: String) throws -> Int {
        guard let year = Int(raw), (2000...2100).contains(year) else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_year",
                text: LocalizedText(
                    id: "Tahun '\(raw)' tidak sah (2000–2100).", en: "Invalid year '\(raw)' (2000–2100)."))
        }
        return year
    }

    func saveTarget(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try CasesAPIController.decode(TargetInput.self, request)
        let target = try await Self.saveTarget(input, user: user, request: request)
        let status: HTTPStatus = target.created ? .created : .ok
        let evaluated = try await PerformanceService(database: request.db, now: request.now).targets(
            organisation: target.organisation, year: input.year
        ).first { $0.indicator == input.indicator }
        guard let evaluated else { throw Abort(.internalServerError) }
        return try await evaluated.encodeResponse(status: status, for: request)
    }

    /// Validates and stores a target (one per organisation, indicator and year; saving again replaces it).
    static func saveTarget(
        _ input: TargetInput, user: CurrentUser, request: Request
    ) async throws
        -> (organisation: OrganisationModel, created: Bool)
    {
        let organisation = try await organisation(request, user: user, code: input.org?.nonEmpty)
        guard let definition = IndicatorCatalog.definition(input.indicator) else {
            throw unknownIndicator(input.indicator)
        }
        _ = try year(String(input.year))
        if case .failure(let error) = SAKIP.capaian(
            realisation: 1, target: input.target, direction: definition.direction)
        {
            throw LayanError(
                .unprocessableEntity, code: error.code,
                text: LocalizedText(
                    id: error.message(in: .indonesian) + " (\(definition.nameID))",
                    en: error.message(in: .english) + " (\(definition.nameEN))"))
        }
        try LayanError.checking { try PerformanceRules.target(input.target) }
        let evidence = input.evidence?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        if input.realisation != nil {
            guard !IndicatorEngine.computedCodes.contains(definition.code), definition.code != "targets_achieved" else {
                throw LayanError(
                    .unprocessableEntity, code: "computed_indicator",
                    text: LocalizedText(
                        id: "Realisasi \(definition.nameID) dihitung Layan dari catatan; tidak dapat diisi manual.",
                        en: "Layan computes \(definition.nameEN) from the records; it cannot be entered by hand."))
            }
            guard let evidence, evidence.count <= 2000 else {
                throw LayanError(
                    .unprocessableEntity, code: "evidence_required",
                    text: LocalizedText(
                        id: "Realisasi yang diisi manual memerlukan catatan bukti (paling banyak 2.000 karakter).",
                        en: "A realisation entered by hand needs an evidence note (at most 2,000 characters)."))
            }
        }
        if let realisation = input.realisation, !realisation.isFinite || realisation < 0 {
            throw LayanError(
                .unprocessableEntity, code: "invalid_realisation",
                text: LocalizedText(id: "Realisasi harus angka ≥ 0.", en: "The realisation must be a number ≥ 0."))
        }
        if let realisation = input.realisation {
            try LayanError.checking { try PerformanceRules.realisation(realisation) }
        }
        let explanation = input.explanation?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        if let explanation, explanation.count > 4000 {
            throw LayanError(
                .unprocessableEntity, code: "explanation_too_long",
                text: LocalizedText(
                    id: "Penjelasan paling banyak 4.000 karakter.", en: "The explanation has at most 4,000 characters.")
            )
        }
        let organisationID = try organisation.requireID()
        let existing = try await TargetModel.query(on: request.db).filter(\.$organisation.$id == organisationID)
            .filter(\.$indicatorCode == definition.code).filter(\.$year == input.year).first()
        let target = existing ?? TargetModel()
        target.$organisation.id = organisationID
        target.provinceCode = organisation.provinceCode
        target.indicatorCode = definition.code
        target.year = input.year
        target.targetValue = input.target
        target.manualRealisation = input.realisation
        target.evidenceNote = input.realisation == nil ? nil : evidence
        if input.explanation != nil { target.explanation = explanation }
        target.updatedByUserID = user.id
        try await request.db.writeTransaction { transaction in
            try await target.save(on: transaction)
            try await request.audit(
                existing == nil ? .create : .update, "target", id: target.id?.uuidString,
                details: "\(organisation.code) \(definition.code) \(input.year): \(input.target)", on: transaction)
        }
        return (organisation, existing == nil)
    }

    func deleteTarget(request: Request) async throws -> HTTPStatus {
        let user = try request.requireUser()
        _ = try await Self.deleteTarget(request.parameters.get("id", as: UUID.self), user: user, request: request)
        return .noContent
    }

    /// Removes a target set by mistake, audited with what it said. Another office's target is not found.
    static func deleteTarget(
        _ id: UUID?, user: CurrentUser, request: Request
    ) async throws
        -> (organisation: OrganisationModel, year: Int)
    {
        let notFound = LayanError(
            .notFound, code: "not_found",
            text: LocalizedText(id: "Target tidak ditemukan.", en: "No such target."))
        guard let id, let target = try await TargetModel.find(id, on: request.db),
            let organisation = try await OrganisationModel.find(target.$organisation.id, on: request.db),
            user.actor.covers(organisationPath: organisation.path)
        else { throw notFound }
        try await request.db.writeTransaction { transaction in
            try await target.delete(on: transaction)
            try await request.audit(
                .delete, "target", id: id.uuidString,
                details: "\(organisation.code) \(target.indicatorCode) \(target.year): \(target.targetValue)",
                on: transaction)
        }
        return (organisation, target.year)
    }

    func budgetLines(request: Request) async throws -> [BudgetLineDTO] {
        let user = try request.requireUser()
        let organisation = try await Self.organisation(request, user: user)
        let year = try Self.year(
            request.query[String.self, at: "year"] ?? String(Self.thisYear(user, now: request.now)))
        return try await Self.budget(organisation: organisation, year: year, on: request.db)
    }

    /// The budget lines of the organisation's subtree for a year with what was spent on each (summed in the
    /// database).
    static func budget(
        organisation: OrganisationModel, year: Int, on database: any Database
    ) async throws
        -> [BudgetLineDTO]
    {
        let subtree = try await OrganisationRepository(database: database).subtree(of: organisation)
        let codes = Dictionary(uniqueKeysWithValues: subtree.compactMap { org in org.id.map { ($0, org.code) } })
        let lines = try await BudgetLineModel.query(on: database).filter(\.$organisation.$id ~~ Array(codes.keys))
            .filter(\.$year == year).sort(\.$program).sort(\.$activity).all()
        guard let sql = database as? any SQLKit.SQLDatabase, !lines.isEmpty else { return [] }
        let ids = lines.compactMap(\.id)
        let rows = try await sql.raw(
            """
            SELECT budget_line_id AS id, CAST(SUM(amount) AS BIGINT) AS spent FROM spending_entries \
            WHERE budget_line_id IN (\(binds: ids)) GROUP BY budget_line_id
            """
        ).all()
        var spent: [UUID: Int64] = [:]
        for row in rows {
            spent[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "spent", as: Int64.self)
        }
        return try lines.map { line in
            let id = try line.requireID()
            let used = spent[id] ?? 0
            return BudgetLineDTO(
                id: id, organisation: codes[line.$organisation.id] ?? "", year: line.year, program: line.program,
                activity: line.activity, ceiling: line.ceiling, spent: used,
                realisation: line.ceiling > 0 ? SAKIP.rounded(Double(used) / Double(line.ceiling) * 100) : nil)
        }
    }

    static func response(
        _ line: (organisation: OrganisationModel, line: BudgetLineModel), status: HTTPStatus, request: Request
    ) async throws -> Response {
        let lines = try await budget(organisation: line.organisation, year: line.line.year, on: request.db)
        guard let dto = lines.first(where: { $0.id == line.line.id }) else { throw Abort(.internalServerError) }
        return try await dto.encodeResponse(status: status, for: request)
    }

    func createBudgetLine(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try CasesAPIController.decode(BudgetLineInput.self, request)
        let line = try await Self.createBudgetLine(input, user: user, request: request)
        return try await Self.response(line, status: .created, request: request)
    }

    static func createBudgetLine(
        _ input: BudgetLineInput, user: CurrentUser, request: Request
    ) async throws
        -> (organisation: OrganisationModel, line: BudgetLineModel)
    {
        let organisation = try await organisation(request, user: user, code: input.org?.nonEmpty)
        _ = try year(String(input.year))
        guard input.ceiling > 0, input.ceiling <= 1_000_000_000_000_000 else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_ceiling",
                text: LocalizedText(id: "Pagu harus lebih dari Rp0.", en: "The ceiling must be more than Rp0."))
        }
        let line = BudgetLineModel()
        line.$organisation.id = try organisation.requireID()
        line.provinceCode = organisation.provinceCode
        line.year = input.year
        line.program = try RequiredText.clean(input.program, max: 300, field: ("Program", "Program"))
        line.activity = try RequiredText.clean(input.activity, max: 300, field: ("Kegiatan", "Activity"))
        line.ceiling = input.ceiling
        line.createdByUserID = user.id
        try await request.db.writeTransaction { transaction in
            try await line.create(on: transaction)
            try await request.audit(
                .create, "budget_line", id: line.id?.uuidString, details: "\(organisation.code) \(input.year)",
                on: transaction)
        }
        return (organisation, line)
    }

    func addSpending(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try CasesAPIController.decode(SpendingInput.self, request)
        let line = try await Self.addSpending(
            input, lineID: try request.parameters.require("id", as: UUID.self), user: user, request: request)
        return try await Self.response(line, status: .created, request: request)
    }

    static func addSpending(
        _ input: SpendingInput, lineID: UUID, user: CurrentUser, request: Request
    ) async throws
        -> (organisation: OrganisationModel, line: BudgetLineModel)
    {
        guard
            let line = try await BudgetLineModel.query(on: request.db).filter(\.$id == lineID).with(\.$organisation)
                .first(), user.actor.covers(organisationPath: line.organisation.path)
        else {
            throw LayanError(
                .notFound, code: "not_found",
                text: LocalizedText(id: "Baris anggaran tidak ditemukan.", en: "No such budget line."))
        }
        let day = try CoordinationAPIController.day(input.spentOn)
        guard day.hasPrefix(String(line.year)) else {
            throw LayanError(
                .unprocessableEntity, code: "outside_budget_year",
                text: LocalizedText(
                    id: "Tanggal belanja harus dalam tahun anggaran \(line.year).",
                    en: "The spending date must fall in budget year \(line.year)."))
        }
        guard input.amount > 0 else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_amount",
                text: LocalizedText(id: "Jumlah harus lebih dari Rp0.", en: "The amount must be more than Rp0."))
        }
        let description = try RequiredText.clean(input.description, max: 500, field: ("Uraian", "Description"))
        try await request.db.writeTransaction { transaction in
            // The line is locked while its ceiling is checked, so two entries at once cannot both slip under it.
            guard let sql = transaction as? any SQLKit.SQLDatabase else { throw LayanPersistenceError.notSQL }
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT id FROM budget_lines WHERE id = \(bind: lineID) FOR UPDATE").run()
            }
            let spent =
                try await sql.raw(
                    """
                    SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS spent FROM spending_entries \
                    WHERE budget_line_id = \(bind: lineID)
                    """
                ).first()?.decode(column: "spent", as: Int64.self) ?? 0
            guard spent + input.amount <= line.ceiling else {
                let left = IndonesianFormat.rupiah(line.ceiling - spent)
                throw LayanError(
                    .unprocessableEntity, code: "over_ceiling",
                    text: LocalizedText(
                        id: "Belanja melebihi pagu: sisa pagu \(left).",
                        en: "Spending would exceed the ceiling: \(left) left."))
            }
            let entry = SpendingEntryModel()
            entry.$line.id = lineID
            entry.organisationID = line.$organisation.id
            entry.provinceCode = line.provinceCode
            entry.spentOn = day
            entry.amount = input.amount
            entry.description = description
            entry.createdByUserID = user.id
            try await entry.create(on: transaction)
            try await request.audit(
                .create, "spending_entry", id: entry.id?.uuidString,
                details: "\(line.id?.uuidString ?? "") \(input.amount)",
                on: transaction)
        }
        return (line.organisation, line)
    }
}
