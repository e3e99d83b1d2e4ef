import LayanDomain

/// Every user-interface string has a key here and a text in each language's catalog; views use keys,
/// never literal text. `{name}` placeholders are filled by `Translator.t(_:_:)`.
public enum L10nKey: String, CaseIterable, Sendable {
    case appName = "app.name"
    case appTagline = "app.tagline"
    case navHome = "nav.home"
    case navSkipToContent = "nav.skip_to_content"
    case navSwitchLanguage = "nav.switch_language"
    case navSwitchLanguageLabel = "nav.switch_language.label"
    case footerText = "footer.text"
    case footerStatistics = "footer.api"

    case homeTitle = "home.title"
    case homeIntro = "home.intro"
    case homeOfficesHeading = "home.offices.heading"
    case homeOfficesEmpty = "home.offices.empty"
    case homeReportHeading = "home.report.heading"
    case homeReportText = "home.report.text"
    case homeUnitsOf = "home.units_of"

    case officeTypeProvincial = "organisation.type.provincial_office"
    case officeTypeCity = "organisation.type.city_office"
    case officeTypeDivision = "organisation.type.division"
    case officeTypeSection = "organisation.type.section"
    case officeTypeUnit = "organisation.type.unit"
    case officeTypeShelter = "organisation.type.shelter"
    case officeTypePartner = "organisation.type.partner_agency"

    case officeAddress = "office.address"
    case officePhone = "office.phone"
    case officeWhatsApp = "office.whatsapp"
    case officeEmail = "office.email"
    case officeWebsite = "office.website"
    case officeHours = "office.hours"
    case officeRegion = "office.region"
    case officeTimeZone = "office.time_zone"
    case officeAbout = "office.about"
    case officeServices = "office.services"
    case officeHowToReport = "office.how_to_report"
    case officeUnits = "office.units"
    case officePartOf = "office.part_of"
    case officeNotGiven = "office.not_given"
    case officeContact = "office.contact"
    case officeBack = "office.back"

    case errorTitle = "error.title"
    case errorBadRequest = "error.bad_request"
    case errorUnauthorized = "error.unauthorized"
    case errorForbidden = "error.forbidden"
    case errorNotFound = "error.not_found"
    case errorMethodNotAllowed = "error.method_not_allowed"
    case errorConflict = "error.conflict"
    case errorPayloadTooLarge = "error.payload_too_large"
    case errorUnsupportedMediaType = "error.unsupported_media_type"
    case errorUnprocessable = "error.unprocessable"
    case errorTooManyRequests = "error.too_many_requests"
    case errorInternal = "error.internal"
    case errorServiceUnavailable = "error.service_unavailable"
    case errorRequestID = "error.request_id"
    case errorBackHome = "error.back_home"

    case apiInvalidRegionCode = "api.invalid_region_code"
    case apiUnknownRegion = "api.unknown_region"
    case apiUnknownOrganisation = "api.unknown_organisation"
    case apiUnknownReferenceList = "api.unknown_reference_list"
}

extension OrganisationType {
    var labelKey: L10nKey {
        switch self {
        case .provincialOffice: .officeTypeProvincial
        case .cityOffice: .officeTypeCity
        case .division: .officeTypeDivision
        case .section: .officeTypeSection
        case .unit: .officeTypeUnit
        case .shelter: .officeTypeShelter
        case .partnerAgency: .officeTypePartner
        }
    }
}
