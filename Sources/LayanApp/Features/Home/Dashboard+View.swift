import LayanDomain

/// The signed-in start page: who you are and where you can go.
enum DashboardView {
    static func render(context: PageContext, overdueActions: Int = 0) -> Node {
        guard let user = context.user else { return .empty }
        var links: [Node] = []
        func card(_ path: String, _ title: Text, _ hint: Text) -> Node {
            .li([.class("card")], .a(path, context.t(title)), .p([.class("meta")], .text(context.t(hint))))
        }
        if context.may(.handleComplaints) {
            links.append(card(ComplaintRoute.intakeQueue.path, .navIntake, .dashboardIntakeHint))
        }
        if context.may(.viewCases) {
            links.append(card(CaseRoute.cases(queue: nil).path, .navCases, .dashboardCasesHint))
        }
        if context.may(.viewPersons) {
            links.append(card(PersonRoute.persons(query: nil).path, .navPersons, .dashboardPersonsHint))
        }
        if context.may(.answerReferrals) {
            links.append(card(CaseRoute.partnerReferrals.path, .navReferrals, .dashboardReferralsHint))
        }
        if context.may(.viewOutreach) {
            links.append(card(OutreachRoute.operations.path, .navOutreach, .dashboardOutreachHint))
            links.append(card(OutreachRoute.shelters.path, .navShelters, .dashboardSheltersHint))
        }
        if context.may(.viewIndicators) {
            links.append(
                card(
                    PerformanceRoute.performance(office: nil, from: nil, to: nil).path, .navPerformance,
                    .dashboardPerformanceHint))
            links.append(card(OutreachRoute.recidivism(year: nil).path, .navRecidivism, .dashboardRecidivismHint))
            links.append(card(OutreachRoute.spm(year: nil).path, .navSPM, .dashboardSPMHint))
        }
        if context.may(.viewIndicators) {
            links.append(card(SKMRoute.skmResults(unit: nil, from: nil, to: nil).path, .skmNav, .skmDashboardHint))
        } else if context.may(.manageSurveys) {
            links.append(card(SKMRoute.skmEntry.path, .skmNav, .skmEntryIntro))
        }
        if context.may(.manageCoordination) {
            links.append(card(OutreachRoute.coordination.path, .navCoordination, .dashboardCoordinationHint))
        }
        if context.may(.viewPrograms) {
            links.append(card(ProgramRoute.programs.path, .navPrograms, .dashboardProgramsHint))
            links.append(
                card(
                    HouseholdRoute.households(query: nil, village: nil, decile: nil).path, .navHouseholds,
                    .dashboardHouseholdsHint))
        }
        if context.may(.viewStaff) {
            links.append(
                .li(
                    [.class("card")], .a(AdminRoute.staff.path, context.t(.navStaff)),
                    .p([.class("meta")], .text(context.t(.dashboardStaffHint)))))
        }
        if context.may(.manageUsers) {
            links.append(
                .li(
                    [.class("card")], .a(AdminRoute.users.path, context.t(.navUsers)),
                    .p([.class("meta")], .text(context.t(.dashboardUsersHint)))))
        }
        if context.may(.viewAuditLog) {
            links.append(
                .li(
                    [.class("card")], .a(AdminRoute.audit.path, context.t(.navAudit)),
                    .p([.class("meta")], .text(context.t(.dashboardAuditHint)))))
        }
        return Layout.page(
            title: context.t(.navDashboard), context: context,
            content: [
                .h1(context.t(.dashboardGreeting, ["name": user.displayName])),
                .p([.class("lead")], .text(user.role.label(in: context.language) + " · " + user.organisationName)),
                overdueActions > 0
                    ? .div(
                        [.class("notice"), .id("overdue-actions")],
                        .p(
                            [],
                            .a(
                                OutreachRoute.coordination.path,
                                context.t(.dashboardOverdueActions, ["count": String(overdueActions)]))))
                    : .empty,
                links.isEmpty ? .p(context.t(.dashboardNothingYet)) : .ul([.class("cards")], links),
            ])
    }
}
