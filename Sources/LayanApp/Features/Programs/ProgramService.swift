import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// Programs, plans, beneficiary lists, distributions and facilitators' reports, for the API and the pages alike.
/// Everything is scoped to the user's organisation subtree: a program of another office is not found (404).
struct ProgramService {
    let request: Request
    var database: any Database { request.db }

    static func fail(
        _ status: HTTPResponseStatus, _ code: String, _ id: String, _ en: String, extra: [String: String] = [:]
    ) -> LayanError {
        LayanError(status, code: code, text: LocalizedText(id: id, en: en), extra: extra)
    }

    static func invalid(_ code: String, _ id: String, _ en: String) -> LayanError {
        fail(.unprocessableEntity, code, id, en)
    }

    func dto(_ beneficiary: BeneficiaryModel) -> BeneficiaryDTO {
        var dto = BeneficiaryDTO(beneficiary)
        dto.nik = dto.nik.map(request.identity)
        dto.kkNumber = request.identity(dto.kkNumber)
        return dto
    }

    func today(_ organisation: OrganisationModel) -> CalendarDay {
        CalendarDay(request.now, in: organisation.timeZone.timeZone)
    }

    // MARK: - Programs

    func create(_ input: ProgramInput) async throws -> ProgramModel {
        let user = try request.requireUser()
        let organisation =
            try await input.organisation?.nonEmpty.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: database)
            } ?? user.organisation
        let definition: ProgramDefinition
        switch ProgramDefinition.validate(
            code: input.code, nameID: input.nameId, nameEN: input.nameEn, aidKind: input.aidKind,
            aidCategory: input.aidCategory, startsOn: input.startsOn, endsOn: input.endsOn,
            organisationCode: organisation.code)
        {
        case .success(let valid): definition = valid
        case .failure(let error): throw LayanError(error)
        }
        let dueDay = input.reportDueDay ?? 10
        try LayanError.checking { try ProgramRules.reportDueDay(dueDay) }
        let rules = try rules(from: input.eligibility)
        if try await ProgramModel.query(on: database).filter(\.$organisation.$id == organisation.requireID())
            .filter(\.$code == definition.code).first() != nil
        {
            throw Self.fail(
                .conflict, "duplicate_program_code", "Kode program \(definition.code) sudah dipakai.",
                "The program code \(definition.code) is taken.")
        }
        let program = ProgramModel()
        program.$organisation.id = try organisation.requireID()
        program.provinceCode = organisation.provinceCode
        program.code = definition.code
        program.nameID = definition.nameID
        program.nameEN = definition.nameEN
        program.aidKind = definition.aidKind
        program.aidCategory = definition.aidCategory.rawValue
        program.startsOn = definition.period.startsOn.description
        program.endsOn = definition.period.endsOn.description
        program.reportDueDay = dueDay
        program.createdByUserID = user.id
        try await database.writeTransaction { transaction in
            try await program.create(on: transaction)
            for (position, rule) in rules.enumerated() {
                let row = ProgramRuleModel()
                row.programID = try program.requireID()
                row.organisationID = program.$organisation.id
                row.provinceCode = program.provinceCode
                row.position = position
                row.kind = rule.kind
                row.parameter = rule.parameter
                try await row.create(on: transaction)
            }
            try await request.audit(
                .create, "program", id: program.id?.uuidString, details: program.code, on: transaction)
        }
        return program
    }

    func rules(from input: EligibilityInput?) throws -> [EligibilityRule] {
        guard let input else { return [] }
        var rules: [EligibilityRule] = []
        if let decile = input.maxDecile { rules.append(.maxDecile(decile)) }
        if let regions = input.regions, !regions.isEmpty {
            var codes: [RegionCode] = []
            for raw in regions {
                guard let code = RegionCode(raw.trimmingCharacters(in: .whitespaces)) else {
                    throw LayanError(
                        .unprocessableEntity, code: "invalid_region_code", .apiInvalidRegionCode, ["code": raw])
                }
                codes.append(code)
            }
            rules.append(.regions(codes))
        }
        if let categories = input.memberCategories, !categories.isEmpty { rules.append(.memberCategories(categories)) }
        if let traits = input.traits, !traits.isEmpty {
            rules.append(.householdTraits(traits.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }))
        }
        let known = Set(ReferenceData.ppksCategories.map(\.code))
        for rule in rules {
            if case .failure(let error) = rule.validate(knownCategories: known) {
                throw LayanError(error)
            }
        }
        return rules
    }

    /// A program of the user's subtree; 404 otherwise.
    func program(_ rawID: String?) async throws -> ProgramModel {
        let user = try request.requireUser()
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let program = try await ProgramModel.find(id, on: database),
            user.actor.covers(
                organisationPath: try await request.records.organisation(id: program.$organisation.id).path)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return program
    }

    func programs() async throws -> [ProgramModel] {
        try await ProgramModel.query(on: database).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs())
        )
        .sort(\.$startsOn, .descending).sort(\.$code).limit(200).all()
    }

    func rules(of program: ProgramModel) async throws -> [EligibilityRule] {
        try await ProgramRuleModel.query(on: database).filter(\.$programID == program.requireID()).sort(\.$position)
            .all().compactMap(\.rule)
    }

    func plan(of program: ProgramModel) async throws -> [PlanNode] {
        try await PlanNodeModel.query(on: database).filter(\.$programID == program.requireID()).all().compactMap(\.node)
            .sorted { $0.region < $1.region }
    }

    func regionNames(_ codes: [String]) async throws -> [String: String] {
        try await RegionRepository(database: database).names(codes)
    }

    func dtos(_ programs: [ProgramModel]) async throws -> [ProgramDTO] {
        let ids = programs.compactMap(\.id)
        let queries = try ProgramQueries(database: database)
        let counts = try await queries.stateCounts(programIDs: ids)
        let totals = try await queries.deliveryTotals(programIDs: ids)
        var organisations: [UUID: OrganisationModel] = [:]
        var result: [ProgramDTO] = []
        for program in programs {
            let id = try program.requireID()
            let owner: OrganisationModel
            if let known = organisations[program.$organisation.id] {
                owner = known
            } else {
                owner = try await request.records.organisation(id: program.$organisation.id)
                organisations[program.$organisation.id] = owner
            }
            let plan = try await plan(of: program)
            let state = counts[id] ?? [:]
            let total = totals[id]
            result.append(
                ProgramDTO(
                    id: id, code: program.code, nameId: program.nameID, nameEn: program.nameEN,
                    aidKind: program.aidKind,
                    aidCategory: program.aidCategory, startsOn: program.startsOn, endsOn: program.endsOn,
                    organisation: owner.code, reportDueDay: program.reportDueDay,
                    rules: try await rules(of: program).map { RuleDTO(kind: $0.kind, parameter: $0.parameter) },
                    plan: plan.map { PlanNodeDTO(region: $0.region.rawValue, quota: $0.quota, level: $0.level.code) },
                    planned: RegionCode(owner.regionCode).map { ProgramPlan.quota(for: $0, in: plan) }
                        ?? ProgramPlan.tops(of: plan).reduce(0) { $0 + $1.quota },
                    beneficiaries: .init(
                        proposed: state[.proposed] ?? 0, verified: state[.verified] ?? 0,
                        approved: state[.approved] ?? 0, rejected: state[.rejected] ?? 0),
                    reached: total?.households ?? 0, cashTotal: total?.cash ?? 0, inKindCount: total?.inKind ?? 0))
        }
        return result
    }

    // MARK: - Plans

    /// Lays `input` over the program's plan and keeps it only when every level fits inside the one above.
    func setPlan(_ program: ProgramModel, _ input: [PlanNodeDTO]) async throws -> [PlanNode] {
        try LayanError.checking { try ProgramRules.planChangeSize(input.count) }
        var changes: [PlanNode] = []
        for node in input {
            guard let region = RegionCode(node.region.trimmingCharacters(in: .whitespaces)) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_region_code", .apiInvalidRegionCode, ["code": node.region])
            }
            changes.append(PlanNode(region: region, quota: node.quota))
        }
        let inputErrors = ProgramPlan.validate(changes).filter { $0.code != "plan_exceeds_parent" }
        if let error = inputErrors.first {
            throw LayanError(error)
        }
        let known = Set(
            try await RegionModel.query(on: database).filter(\.$id ~~ changes.map(\.region.rawValue)).all().compactMap(
                \.id))
        if let unknown = changes.first(where: { !known.contains($0.region.rawValue) }) {
            throw LayanError(
                .unprocessableEntity, code: "unknown_region", .apiUnknownRegion, ["code": unknown.region.rawValue])
        }
        let existing = try await plan(of: program)
        let merged = ProgramPlan.merge(existing, changes)
        if let error = ProgramPlan.validate(merged).first {
            throw LayanError(error)
        }
        let programID = try program.requireID()
        let accepted = changes
        try await database.writeTransaction { transaction in
            let stored = try await PlanNodeModel.query(on: transaction).filter(\.$programID == programID).all()
            let byRegion = Dictionary(stored.map { ($0.regionCode, $0) }, uniquingKeysWith: { a, _ in a })
            for change in accepted {
                let row = byRegion[change.region.rawValue] ?? PlanNodeModel()
                row.programID = programID
                row.organisationID = program.$organisation.id
                row.provinceCode = program.provinceCode
                row.regionCode = change.region.rawValue
                row.level = change.level.rawValue
                row.quota = change.quota
                try await row.save(on: transaction)
            }
            try await request.audit(
                .update, "program_plan", id: programID.uuidString, details: "\(accepted.count) regions",
                on: transaction)
        }
        return merged
    }

    // MARK: - Beneficiaries

    /// A household of the user's subtree, by id or KK; 404 otherwise.
    func household(id: UUID?, kkNumber: String?) async throws -> HouseholdModel {
        let subtree = try await request.records.subtreeIDs()
        var query = HouseholdModel.query(on: database).filter(\.$organisation.$id ~~ subtree)
        if let id {
            query = query.filter(\.$id == id)
        } else if let kk = kkNumber?.filter(\.isNumber).nonEmpty {
            query = query.filter(\.$kkNumber == kk)
        } else {
            throw Self.invalid(
                "household_required", "Pilih rumah tangga (id atau nomor KK).", "Choose a household (id or KK number).")
        }
        guard let household = try await query.first() else {
            throw Self.fail(
                .notFound, "unknown_household", "Rumah tangga tidak ditemukan.", "No such household in your scope.")
        }
        return household
    }

    /// What the rules look at: the registry's decile, village and traits, and the PPKS categories of the members
    /// who are in the person registry.
    func facts(_ household: HouseholdModel) async throws -> HouseholdFacts {
        let persons = try await HouseholdMemberModel.query(on: database).filter(
            \.$household.$id == household.requireID()
        )
        .filter(\.$personID != nil).all().compactMap(\.personID)
        let categories =
            persons.isEmpty
            ? []
            : try await PersonCategoryModel.query(on: database).filter(\.$personID ~~ persons)
                .filter(\.$list == "ppks_category").all().map(\.code)
        return HouseholdFacts(
            decile: household.decile, villageCode: RegionCode(household.villageCode),
            traits: HouseholdFacts.traits(from: household.traits), memberCategories: Set(categories))
    }

    func propose(_ program: ProgramModel, _ input: BeneficiaryInput) async throws -> (BeneficiaryModel, [UnmetRule]) {
        let household = try await household(id: input.householdId, kkNumber: input.kkNumber)
        let members = try await HouseholdMemberModel.query(on: database).filter(
            \.$household.$id == household.requireID()
        ).all()
        let nik: String?
        if let given = input.nik?.filter(\.isNumber).nonEmpty {
            guard members.contains(where: { $0.nik == given }) else {
                throw Self.invalid(
                    "nik_not_in_household", "NIK \(given) bukan anggota rumah tangga ini.",
                    "NIK \(given) is not a member of this household.")
            }
            nik = given
        } else {
            nik = (members.first { $0.relation == "head" } ?? members.first)?.nik
        }
        let programID = try program.requireID()
        let unmet = Eligibility.evaluate(try await rules(of: program), facts: try await facts(household))
        let beneficiary = BeneficiaryModel()
        try await database.writeTransaction { transaction in
            if let sql = transaction as? any SQLDatabase, sql.dialect.name == "postgresql" {
                // Two proposals of the same household or person at the same moment, into two programs, must not
                // both pass the overlap check: they wait for each other here, in a fixed order.
                for key in Set([household.kkNumber, nik].compactMap { $0 }).sorted() {
                    try await AdvisoryLock.acquire("beneficiary|\(program.aidCategory)|\(key)", on: sql)
                }
            }
            try await checkNotListed(programID: programID, household: household, on: transaction)
            try await checkNoOverlap(program, household: household, nik: nik, on: transaction)
            beneficiary.programID = programID
            beneficiary.organisationID = program.$organisation.id
            beneficiary.provinceCode = program.provinceCode
            beneficiary.householdID = try household.requireID()
            beneficiary.kkNumber = household.kkNumber
            beneficiary.nik = nik
            beneficiary.villageCode = household.villageCode
            beneficiary.state = .proposed
            beneficiary.unmetRules = unmet.map(\.kind).joined(separator: ",")
            beneficiary.proposedByUserID = request.currentUser?.id
            beneficiary.proposedAt = request.now
            try await beneficiary.create(on: transaction)
            try await request.audit(
                .create, "program_beneficiary", id: beneficiary.id?.uuidString, details: program.code,
                on: transaction)
        }
        return (beneficiary, unmet)
    }

    func checkNotListed(programID: UUID, household: HouseholdModel, on database: any Database) async throws {
        if let already = try await BeneficiaryModel.query(on: database).filter(\.$programID == programID)
            .filter(\.$householdID == household.requireID()).first()
        {
            throw Self.fail(
                .conflict, "already_listed", "Rumah tangga ini sudah ada dalam daftar program.",
                "This household is already on the program's list.", extra: ["id": already.id?.uuidString ?? ""])
        }
    }

    /// 409 `overlap` naming the other program when the household or person already receives the same category of
    /// aid in a period that shares a day with this program's.
    func checkNoOverlap(
        _ program: ProgramModel, household: HouseholdModel, nik: String?, on database: any Database
    ) async throws {
        let programID = try program.requireID()
        let hits = try await ProgramQueries(database: database).overlaps(
            programID: programID, category: program.aidCategory, startsOn: program.startsOn, endsOn: program.endsOn,
            kkNumber: household.kkNumber, nik: nik)
        if let hit = hits.first {
            let by = hit.kkNumber == household.kkNumber ? "KK \(household.kkNumber)" : "NIK \(nik ?? "")"
            throw Self.fail(
                .conflict, "overlap",
                "Tumpang tindih: \(by) sudah menerima \(AidCategory(program.aidCategory)?.label(in: .indonesian) ?? program.aidCategory) dari program \(hit.programCode) (\(hit.programNameID)) pada masa yang beririsan.",
                "Overlap: \(by) already receives \(AidCategory(program.aidCategory)?.label(in: .english) ?? program.aidCategory) from program \(hit.programCode) (\(hit.programNameEN)) in an overlapping period.",
                extra: ["program": hit.programCode, "programId": hit.programID.uuidString])
        }
    }

    /// A beneficiary of a program of the user's subtree; 404 otherwise.
    func beneficiary(_ rawID: String?) async throws -> (BeneficiaryModel, ProgramModel) {
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let beneficiary = try await BeneficiaryModel.find(id, on: database)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return (beneficiary, try await program(beneficiary.programID.uuidString))
    }

    /// Verify, approve or reject. Approval re-checks the rules: an ineligible household is approved only with an
    /// exception reason, which is stored and audited with the rules it overrides.
    func decide(
        _ action: BeneficiaryAction, _ beneficiary: BeneficiaryModel, program: ProgramModel, input: DecisionInput
    ) async throws -> (BeneficiaryModel, [UnmetRule]) {
        var unmet: [UnmetRule] = []
        if action == .approve {
            guard let household = try await HouseholdModel.find(beneficiary.householdID, on: database) else {
                throw LayanError(.notFound, code: "not_found", .errorNotFound)
            }
            unmet = Eligibility.evaluate(try await rules(of: program), facts: try await facts(household))
        }
        let decision: BeneficiaryDecision
        switch BeneficiaryWorkflow.decide(
            action, from: beneficiary.state, unmet: unmet,
            reason: action == .approve ? input.exception : input.reason)
        {
        case .success(let made): decision = made
        case .failure(let error):
            throw LayanError(error, error.code == "invalid_transition" ? .conflict : .invalid)
        }
        let now = request.now
        let user = request.currentUser?.id
        beneficiary.state = decision.state
        switch action {
        case .verify:
            beneficiary.verifiedAt = now
            beneficiary.verifiedByUserID = user
        case .approve:
            beneficiary.decidedAt = now
            beneficiary.decidedByUserID = user
            beneficiary.unmetRules = unmet.map(\.kind).joined(separator: ",")
            beneficiary.exceptionReason = decision.isException ? decision.reason : nil
        case .reject:
            beneficiary.decidedAt = now
            beneficiary.decidedByUserID = user
            beneficiary.rejectionReason = decision.reason
        }
        let details: String =
            decision.isException
            ? "approved by exception (\(unmet.map(\.kind).joined(separator: ", "))): \(decision.reason ?? "")"
            : decision.state.rawValue
        try await database.writeTransaction { transaction in
            try await beneficiary.save(on: transaction)
            try await request.audit(
                .update, "program_beneficiary", id: beneficiary.id?.uuidString, details: details, on: transaction)
        }
        return (beneficiary, unmet)
    }

    // MARK: - Distributions

    func distribute(_ program: ProgramModel, _ input: DistributionInput) async throws -> DistributionModel {
        guard let beneficiary = try await BeneficiaryModel.find(input.beneficiaryId, on: database),
            beneficiary.programID == program.id
        else {
            throw Self.fail(
                .notFound, "unknown_beneficiary", "Penerima tidak ada dalam daftar program ini.",
                "No such beneficiary on this program's list.")
        }
        guard beneficiary.state == .approved else {
            throw Self.fail(
                .conflict, "not_approved",
                "Bantuan hanya disalurkan kepada penerima yang disetujui (status: \(beneficiary.state.labelID.lowercased())).",
                "Aid goes only to approved beneficiaries (state: \(beneficiary.state.labelEN.lowercased())).")
        }
        let owner = try await request.records.organisation(id: program.$organisation.id)
        guard let day = Days.iso(input.distributedOn).flatMap(CalendarDay.init) else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": input.distributedOn])
        }
        let items = input.items.map(PersonService.clean)?.nonEmpty
        let receivedBy = PersonService.clean(input.receivedBy)
        let today = today(owner)
        try LayanError.checking {
            try DistributionRules.check(
                day: day, period: program.period, today: today, cashAmount: input.cashAmount, items: items,
                receivedBy: receivedBy)
        }
        let distribution = DistributionModel()
        distribution.programID = try program.requireID()
        distribution.beneficiaryID = try beneficiary.requireID()
        distribution.organisationID = program.$organisation.id
        distribution.provinceCode = program.provinceCode
        distribution.villageCode = beneficiary.villageCode
        distribution.distributedOn = day.description
        distribution.cashAmount = input.cashAmount
        distribution.items = items
        distribution.channel = input.channel ?? .direct
        distribution.receivedBy = receivedBy
        distribution.recordedByUserID = request.currentUser?.id
        try await database.writeTransaction { transaction in
            try await distribution.create(on: transaction)
            try await request.audit(
                .create, "program_distribution", id: distribution.id?.uuidString, details: program.code,
                on: transaction)
        }
        return distribution
    }

    // MARK: - Progress and overlap

    func progress(_ program: ProgramModel, level: RegionLevel) async throws -> [ProgressRowDTO] {
        let counts = try await ProgramQueries(database: database).progress(programID: program.requireID(), level: level)
        let rows = PlanProgress.rows(
            level: level, plan: try await plan(of: program), approved: counts.approved, reached: counts.reached)
        let names = try await regionNames(rows.map(\.region.rawValue))
        return rows.map {
            ProgressRowDTO(
                region: $0.region.rawValue, name: names[$0.region.rawValue], planned: $0.planned,
                approved: $0.approved, pending: counts.pending[$0.region] ?? 0, reached: $0.reached,
                percent: $0.percent)
        }
    }

    func overlaps() async throws -> [OverlapDTO] {
        let pairs = try await ProgramQueries(database: database).overlapPairs(
            organisationIDs: try await request.records.subtreeIDs())
        var codes: [UUID: String] = [:]
        func code(_ id: UUID) async throws -> String {
            if let known = codes[id] { return known }
            let found = try await request.records.organisation(id: id).code
            codes[id] = found
            return found
        }
        let language = request.language
        var result: [OverlapDTO] = []
        for pair in pairs {
            func side(_ side: OverlapPair.Side) async throws -> OverlapSideDTO {
                OverlapSideDTO(
                    beneficiaryId: side.beneficiaryID, householdId: side.householdID, programId: side.programID,
                    programCode: side.programCode,
                    programName: language == .indonesian ? side.programNameID : side.programNameEN,
                    organisation: try await code(side.organisationID), kkNumber: request.identity(side.kkNumber),
                    nik: side.nik.map(request.identity),
                    state: side.state, villageCode: side.villageCode, startsOn: side.startsOn, endsOn: side.endsOn)
            }
            result.append(
                OverlapDTO(
                    category: pair.category, match: pair.match, first: try await side(pair.first),
                    second: try await side(pair.second)))
        }
        return result
    }

    // MARK: - Facilitators

    func assign(_ program: ProgramModel, _ input: FacilitatorInput) async throws -> (FacilitatorAssignmentModel, Int) {
        let user = try request.requireUser()
        let owner = try await request.records.organisation(id: program.$organisation.id)
        let district = try LayanError.checking {
            try FacilitatorRules.district(
                input.districtCode, officeRegion: RegionCode(owner.regionCode), officeName: owner.name)
        }
        var name: String?
        var staffID: UUID?
        var userID: UUID?
        if let id = input.staffMemberId {
            guard let member = try await StaffMemberModel.find(id, on: database),
                user.actor.covers(
                    organisationPath: try await request.records.organisation(id: member.$organisation.id).path)
            else { throw Self.fail(.notFound, "unknown_staff", "Staf tidak ditemukan.", "No such staff member.") }
            name = member.fullName
            staffID = id
        }
        if let username = input.username?.nonEmpty {
            guard let login = try await UserModel.query(on: database).filter(\.$username == username).first(),
                user.actor.covers(
                    organisationPath: try await request.records.organisation(id: login.$organisation.id).path)
            else { throw Self.fail(.notFound, "unknown_user", "Pengguna tidak ditemukan.", "No such user.") }
            userID = login.id
            if staffID == nil { staffID = login.$staffMember.id }
            name = name ?? login.displayName
        }
        guard let facilitator = name else {
            throw Self.invalid(
                "facilitator_required", "Pilih staf atau pengguna pendamping.",
                "Choose the facilitator's staff record or login.")
        }
        guard let programPeriod = program.period,
            let start = CalendarDay(input.startsOn.flatMap(Days.iso) ?? program.startsOn),
            let end = CalendarDay(input.endsOn.flatMap(Days.iso) ?? program.endsOn),
            let period = ProgramPeriod(startsOn: start, endsOn: end)
        else { throw LayanError(.unprocessableEntity, code: "invalid_date", .errorPeriodOrder) }
        let months = FacilitatorReporting.months(assignment: period, program: programPeriod)
        let sameDistrict = try await FacilitatorAssignmentModel.query(on: database)
            .filter(\.$programID == program.requireID()).filter(\.$districtCode == district.rawValue).all()
        if sameDistrict.contains(where: {
            ($0.staffMemberID != nil && $0.staffMemberID == staffID) || ($0.userID != nil && $0.userID == userID)
        }) {
            throw Self.fail(
                .conflict, "already_assigned", "\(facilitator) sudah ditugaskan di kecamatan \(district).",
                "\(facilitator) is already assigned to district \(district).")
        }
        let assignment = FacilitatorAssignmentModel()
        assignment.programID = try program.requireID()
        assignment.organisationID = program.$organisation.id
        assignment.provinceCode = program.provinceCode
        assignment.districtCode = district.rawValue
        assignment.staffMemberID = staffID
        assignment.userID = userID
        assignment.facilitatorName = facilitator
        assignment.startsOn = start.description
        assignment.endsOn = end.description
        try await database.writeTransaction { transaction in
            try await assignment.create(on: transaction)
            for month in months {
                let report = FacilitatorReportModel()
                report.assignmentID = try assignment.requireID()
                report.programID = assignment.programID
                report.organisationID = assignment.organisationID
                report.provinceCode = assignment.provinceCode
                report.districtCode = assignment.districtCode
                report.month = month.description
                report.dueOn = FacilitatorReporting.dueDate(for: month, dueDay: program.reportDueDay).description
                try await report.create(on: transaction)
            }
            try await request.audit(
                .create, "program_facilitator", id: assignment.id?.uuidString,
                details: "\(program.code) \(district.rawValue)", on: transaction)
        }
        return (assignment, months.count)
    }

    func facilitators(_ program: ProgramModel) async throws -> [FacilitatorAssignmentModel] {
        try await FacilitatorAssignmentModel.query(on: database).filter(\.$programID == program.requireID())
            .sort(\.$districtCode).all()
    }

    func reports(_ program: ProgramModel, month: String?) async throws -> [ReportDTO] {
        let assignments = Dictionary(
            try await facilitators(program).map { ($0.id!, $0.facilitatorName) }, uniquingKeysWith: { a, _ in a })
        var query = FacilitatorReportModel.query(on: database).filter(\.$programID == (try program.requireID()))
        if let month = month?.nonEmpty { query = query.filter(\.$month == month) }
        let today = today(try await request.records.organisation(id: program.$organisation.id))
        return try await query.sort(\.$month).sort(\.$districtCode).all().map {
            ReportDTO($0, facilitator: assignments[$0.assignmentID] ?? "—", today: today)
        }
    }

    /// Files a monthly report. A facilitator files only their own, as of today; others (a data officer typing in a
    /// paper report) may give the day it came in.
    func submit(reportID rawID: String?, _ input: ReportInput) async throws -> ReportDTO {
        let user = try request.requireUser()
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let report = try await FacilitatorReportModel.find(id, on: database),
            let assignment = try await FacilitatorAssignmentModel.find(report.assignmentID, on: database)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let program = try await program(report.programID.uuidString)
        if user.role == .facilitator {
            let own =
                assignment.userID == user.id
                || (assignment.staffMemberID != nil && assignment.staffMemberID == user.user.$staffMember.id)
            guard own else {
                throw Self.fail(
                    .forbidden, "not_your_report", "Hanya pendamping yang ditugaskan yang dapat mengirim laporan ini.",
                    "Only the assigned facilitator can file this report.")
            }
        }
        guard report.submittedOn == nil else {
            throw Self.fail(
                .conflict, "already_submitted", "Laporan bulan ini sudah dikirim.",
                "This month's report was filed already.")
        }
        let owner = try await request.records.organisation(id: program.$organisation.id)
        let today = today(owner)
        var day = today
        if let given = input.submittedOn?.nonEmpty, user.role != .facilitator {
            guard let parsed = Days.iso(given).flatMap(CalendarDay.init) else {
                throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": given])
            }
            day = parsed
        }
        let summary = PersonService.clean(input.summary)
        try LayanError.checking {
            try FacilitatorRules.report(
                month: report.month, day: day, today: today, summary: summary,
                householdsVisited: input.householdsVisited)
        }
        report.submittedOn = day.description
        report.summary = summary
        report.householdsVisited = input.householdsVisited
        report.submittedByUserID = user.id
        report.submittedAt = request.now
        try await database.writeTransaction { transaction in
            try await report.save(on: transaction)
            try await request.audit(
                .update, "program_facilitator_report", id: report.id?.uuidString,
                details: "\(report.districtCode) \(report.month)", on: transaction)
        }
        return ReportDTO(report, facilitator: assignment.facilitatorName, today: today)
    }
}
