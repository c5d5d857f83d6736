using CoSo.Web.Fhir.Resources;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>Everything <c>/fhir</c> serves. Add a resource here and it is routed and listed in <c>metadata</c>.</summary>
public static class FhirRegistry
{
    private static readonly FhirSearchParameter Id = new("_id", SearchParamType.Token, "Mã tài nguyên / logical id");
    private static readonly FhirSearchParameter Patient = new("patient", SearchParamType.Reference, "Người dân: id, Patient/id, URL đầy đủ, hoặc chuỗi patient.identifier=<hệ thống>|<CCCD> / the resident, also chained by identifier");
    private static readonly FhirSearchParameter Subject = new("subject", SearchParamType.Reference, "Như patient (cả subject:Patient.identifier=…) / same as patient");
    private static readonly FhirSearchParameter VisitDate = new("date", SearchParamType.Date, "Ngày khám (giờ Việt Nam), YYYY[-MM[-DD]], tiền tố eq/ge/gt/le/lt / the visit's local day");

    private static readonly FhirSearchParameter LastUpdated = new("_lastUpdated", SearchParamType.Date, "Lần sửa cuối (meta.lastUpdated): YYYY[-MM[-DD]] (ngày giờ Việt Nam) hoặc YYYY-MM-DDThh:mm[:ss]+07:00, tiền tố eq/ge/gt/le/lt / last change, a date or a dateTime with its zone");

    public static IReadOnlyList<FhirResourceDefinition> Resources { get; } =
    [
        new("Patient", typeof(PatientHandler),
        [
            Id, LastUpdated,
            new("identifier", SearchParamType.Token, "CCCD (http://fhir.hl7.org.vn/core/sid/cccd, alias http://fhir.ehealth.gov.vn/core/sid/national_id), số thẻ BHYT (…/sid/bhyt, alias …/sid/insurance_number), hoặc giá trị không kèm hệ thống; nhiều giá trị cách nhau bằng dấu phẩy"),
            new("name", SearchParamType.String, "Đầu một chữ bất kỳ của họ tên, không phân biệt dấu (gõ 'nguyen van' tìm 'Nguyễn Văn') / start of any word of the name, diacritics ignored"),
            new("family", SearchParamType.String, "Đầu của họ (chữ đầu tiên), không phân biệt dấu / start of the family name, diacritics ignored"),
            new("given", SearchParamType.String, "Đầu của tên đệm hoặc tên, không phân biệt dấu / start of a given name, diacritics ignored"),
            new("birthdate", SearchParamType.Date, "YYYY, YYYY-MM hoặc YYYY-MM-DD, tiền tố eq/ge/gt/le/lt; người chỉ biết năm sinh là cả năm đó / a year alone is valid"),
            new("gender", SearchParamType.Token, "male | female"),
            new("organization", SearchParamType.Reference, "Trạm quản lý / managing station"),
            new("phone", SearchParamType.Token, "Số điện thoại (chỉ chữ số, ví dụ 0912345678) / phone number"),
        ], Create: true, Documentation: "Người dân; POST với If-None-Exist: identifier=<CCCD system>|<CCCD> là tạo có điều kiện") { IdRoute = "{personId}", Sorts = [FhirSortOption.LastUpdated], RevIncludes = ["Coverage:beneficiary", "Coverage:patient"], Update = true },
        new("Coverage", typeof(CoverageHandler),
        [
            Id,
            new("identifier", SearchParamType.Token, "Số thẻ BHYT (http://fhir.hl7.org.vn/core/sid/bhyt, alias …/sid/insurance_number) / BHYT card number"),
            Patient,
            new("beneficiary", SearchParamType.Reference, "Như patient / same as patient"),
        ], Documentation: "Thẻ BHYT của người dân; id = id người dân"),
        new("Organization", typeof(OrganizationHandler),
        [
            Id,
            new("identifier", SearchParamType.Token, "Mã cơ sở KCB (http://fhir.hl7.org.vn/core/sid/ma-cskcb) / BHYT facility code"),
            new("partof", SearchParamType.Reference, "Đơn vị cấp trên / parent unit"),
        ], Documentation: "Cây tổ chức (trừ thôn)"),
        new("Location", typeof(LocationHandler),
        [
            Id,
            new("partof", SearchParamType.Reference, "Địa điểm cha: thôn thuộc trạm / parent location (a village's station)"),
            new("organization", SearchParamType.Reference, "Đơn vị quản lý: trạm quản lý chính nó và các thôn / managing organization"),
        ], Documentation: "Trạm y tế, y tế thôn bản (bu) và thôn (area, partOf trạm)"),
        new("Practitioner", typeof(PractitionerHandler),
        [
            Id,
            new("identifier", SearchParamType.Token, "Số chứng chỉ hành nghề (http://fhir.hl7.org.vn/core/sid/cchn) / practising certificate number"),
            new("name", SearchParamType.String, "Họ tên, có hoặc không dấu: đầu một từ bất kỳ / the start of any part of the name, diacritics optional"),
            new("family", SearchParamType.String, "Họ, có hoặc không dấu / the family name's start"),
            new("given", SearchParamType.String, "Tên đệm và tên, có hoặc không dấu / the start of a given name"),
        ], Documentation: "Nhân lực y tế (không gồm CCCD, ngày sinh); phạm vi như sổ nhân lực"),
        new("PractitionerRole", typeof(PractitionerRoleHandler),
        [
            Id,
            new("practitioner", SearchParamType.Reference, "Nhân lực / the worker"),
            new("organization", SearchParamType.Reference, "Đơn vị (thôn: trạm của thôn) / the unit (a village's station)"),
            new("location", SearchParamType.Reference, "Trạm hoặc thôn được phân công / the station or village posted to"),
        ], Documentation: "Phân công, luân phiên, điều động, luân chuyển; code = chức danh chuyên môn (urn:coso:cadre)"),
        new("Encounter", typeof(EncounterHandler), [Id, LastUpdated, Patient, Subject, VisitDate], Documentation: "Lượt khám") { Sorts = FhirSortOption.Clinical },
        new("Observation", typeof(ObservationHandler),
        [
            Id, LastUpdated, Patient, Subject, VisitDate,
            new("category", SearchParamType.Token, "vital-signs | laboratory"),
            new("code", SearchParamType.Token, "LOINC: 85354-9, 8867-4, 9279-1, 8310-5, 2708-6, 59408-5, 29463-7, 8302-2, 39156-5, 14743-9; nhiều giá trị cách nhau bằng dấu phẩy"),
        ], Documentation: "Sinh hiệu của lượt khám theo hồ sơ R4 vital signs (huyết áp là một panel 85354-9) và đường huyết mao mạch (laboratory); id = <id lượt khám>-<loại>") { IdRoute = "{visitId}-{kind}", Sorts = FhirSortOption.Clinical },
        new("Condition", typeof(ConditionHandler),
        [
            Id, LastUpdated, Patient, Subject, VisitDate,
            new("code", SearchParamType.Token, "ICD-10 (http://hl7.org/fhir/sid/icd-10), ví dụ I10; nhiều giá trị cách nhau bằng dấu phẩy"),
        ], Documentation: "Chẩn đoán của lượt khám (ICD-10, tên tiếng Việt theo QĐ 4469); date và _lastUpdated là của lượt khám") { Sorts = FhirSortOption.Clinical },
        new("MedicationRequest", typeof(MedicationRequestHandler),
        [
            Id, LastUpdated, Patient, Subject,
            new("encounter", SearchParamType.Reference, "Lượt khám kê đơn / the visit"),
            new("authoredon", SearchParamType.Date, "Ngày kê (ngày khám, giờ Việt Nam), YYYY[-MM[-DD]], tiền tố eq/ge/gt/le/lt / the visit's local day"),
            new("code", SearchParamType.Token, "Mã thuốc trong danh mục của trạm (urn:coso:drug), ví dụ AMLO5; nhiều giá trị cách nhau bằng dấu phẩy"),
        ], Documentation: "Thuốc kê trong lượt khám (đơn thuốc)") { Sorts = FhirSortOption.Named("authoredon") },
        new("MedicationDispense", typeof(MedicationDispenseHandler),
        [
            Id, LastUpdated, Patient, Subject,
            new("context", SearchParamType.Reference, "Lượt khám cấp thuốc / the visit"),
            new("prescription", SearchParamType.Reference, "Đơn thuốc được cấp (MedicationRequest) / the prescription filled"),
            new("whenhandedover", SearchParamType.Date, "Ngày cấp (ngày khám, giờ Việt Nam), YYYY[-MM[-DD]], tiền tố eq/ge/gt/le/lt / the visit's local day"),
            new("code", SearchParamType.Token, "Mã thuốc trong danh mục của trạm (urn:coso:drug), ví dụ AMLO5; nhiều giá trị cách nhau bằng dấu phẩy"),
        ], Documentation: "Thuốc cấp từ kho của trạm cho một dòng đơn (id = id dòng đơn, như MedicationRequest); số lượng đã cấp, số lô, lúc cấp theo sổ kho") { Sorts = FhirSortOption.Named("whenhandedover") },
        new("AllergyIntolerance", typeof(AllergyIntoleranceHandler),
        [
            Id, LastUpdated, Patient,
            new("category", SearchParamType.Token, "medication | food (ghi chú dị ứng khác không có category)"),
        ], Documentation: "Ghi chú dị ứng (thuốc, thức ăn, khác) của hồ sơ sức khỏe hiện hành, dạng văn bản; id = <id người dân>-<loại>") { IdRoute = "{personId}-{kind}" },
        new("CarePlan", typeof(CarePlanHandler),
        [
            Id, Patient, Subject,
            new("status", SearchParamType.Token, "active (đang quản lý) | revoked (đã đóng)"),
        ], Documentation: "Quản lý bệnh mạn tính (tăng huyết áp, đái tháo đường) tại trạm; hoạt động = lần tái khám kế tiếp"),
        new("ImmunizationRecommendation", typeof(ImmunizationRecommendationHandler), [Id, Patient],
            Documentation: "Dự báo tiêm chủng của trẻ (dưới 8 tuổi) tính khi đọc theo lịch tiêm chủng; id = id người dân; cần patient hoặc _id") { IdRoute = "{personId}" },
        new("ServiceRequest", typeof(ServiceRequestHandler),
        [
            Id, LastUpdated, Patient, Subject,
            new("authored", SearchParamType.Date, "Ngày chuyển tuyến (ngày khám, giờ Việt Nam), YYYY[-MM[-DD]], tiền tố eq/ge/gt/le/lt / the visit's local day"),
        ], Documentation: "Chuyển tuyến: lượt khám có hướng xử trí chuyển tuyến; id = id lượt khám") { Sorts = FhirSortOption.Named("authored") },
        new("Group", typeof(GroupHandler),
        [
            Id,
            new("member", SearchParamType.Reference, "Thành viên: hộ gia đình và sổ quản lý bệnh mạn tính có người này / the households and registries a resident belongs to"),
        ], Documentation: "Hộ gia đình (id household-<id hộ>), sổ quản lý tăng huyết áp, đái tháo đường của trạm (id registry-<id trạm>-hypertension|diabetes) và dân cư của trạm (id station-<id trạm>: chỉ số lượng, không liệt kê thành viên); type person, actual true; tìm kiếm cần _id hoặc member"),
        new("AuditEvent", typeof(AuditTrailHandler), [Id, Patient],
            Documentation: "Nhật ký truy cập của một người dân (chỉ đọc, quyền xem nhật ký); id = <id dòng nhật ký><id người dân> (32+32 chữ số hex); cần patient hoặc _id"),
        new("Immunization", typeof(ImmunizationHandler), [Id, LastUpdated, Patient, new("date", SearchParamType.Date, "Ngày tiêm, YYYY[-MM[-DD]], tiền tố eq/ge/gt/le/lt / the day given")], Documentation: "Mũi tiêm đã tiêm tại trạm hoặc nơi khác (primarySource); _lastUpdated là lúc ghi nhận (mũi tiêm không sửa)") { Sorts = FhirSortOption.Clinical },
        new("Subscription", typeof(Subscriptions.SubscriptionHandler), [Id, new("status", SearchParamType.Token, "requested | active | error")], Create: true,
            Documentation: "Đăng ký nhận thông báo (R5 Subscriptions Backport IG trên R4) của chính người gọi: criteria = chủ đề, bộ lọc backport-filter-criteria (patient, organization), kênh rest-hook tới URL https, nội dung id-only (không mang dữ liệu cá nhân) / the caller's own topic-based subscriptions, rest-hook, id-only")
        {
            Delete = true, ConditionalCreate = false,
            Extensions = [.. CoSo.Data.Fhir.Subscriptions.SubscriptionTopics.All.Select(t => new Extension(Subscriptions.SubscriptionNotifications.TopicCanonical, new Canonical(t.Canonical)))],
        },
    ];

    /// <summary>The operations served (routed by <see cref="FhirEndpoints"/>, listed in metadata under their type).</summary>
    public static IReadOnlyList<FhirOperation> Operations { get; } =
    [
        new("Patient", "summary", "GET", true, "http://hl7.org/fhir/uv/ips/OperationDefinition/summary", "Tóm tắt hồ sơ sức khỏe quốc tế (IPS): Bundle document, Composition đầu tiên; chỉ các mục có dữ liệu (vấn đề sức khỏe, dị ứng, thuốc luôn có, emptyReason unavailable khi trống) / International Patient Summary document"),
        new("Patient", "everything", "GET", true, "http://hl7.org/fhir/OperationDefinition/Patient-everything", "Người dân và mọi tài nguyên của họ (searchset); _type, _since (lần sửa cuối, tài nguyên không có meta.lastUpdated luôn có mặt) / the Patient and all its resources"),
        new("Patient", "match", "POST", false, "http://hl7.org/fhir/OperationDefinition/Patient-match", "Tìm hồ sơ trùng theo quy tắc của CoSo: cùng CCCD = certain; cùng họ tên (không dấu), năm/ngày sinh và xã = probable (possible khi một bên chỉ có năm sinh); chỉ người trong phạm vi / CoSo's duplicate rules"),
        new("Observation", "lastn", "GET", false, "http://hl7.org/fhir/OperationDefinition/Observation-lastn", "N lần đo mới nhất theo từng mã: patient (bắt buộc), category, code, max (mặc định 1) / the latest N Observations per code"),
        new(null, "export", "GET", false, "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export", "Bulk Data v2: Prefer: respond-async, _type, _since, _typeFilter (một bộ lọc mỗi loại), _outputFormat=application/fhir+ndjson; Patient, Encounter, Observation, Condition, Immunization trong phạm vi người dùng") { MappedElsewhere = true },
        new("Patient", "export", "GET", false, "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export", "Như $export: mọi người dân trong phạm vi / as $export, the residents in scope") { MappedElsewhere = true },
        new("Group", "export", "GET", true, "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export", "Group/{station-<id trạm>|registry-<id trạm>-hypertension|diabetes|household-<id hộ>}/$export: người dân của trạm (và các thôn), sổ quản lý bệnh mạn tính hoặc hộ gia đình / a station's residents, a chronic registry or a household") { MappedElsewhere = true },
        new("Subscription", "status", "GET", true, Subscriptions.SubscriptionNotifications.StatusOperation, "Trạng thái đăng ký (SubscriptionStatus dạng Parameters trong Bundle searchset): status, type query-status, events-since-subscription-start, topic, error / the subscription's status") { MappedElsewhere = true },
    ];

    public static FhirResourceDefinition? Find(string type) => Resources.FirstOrDefault(r => r.Type == type);
}
