namespace CoSo.Data.Fhir.Subscriptions;

/// <summary>
/// One topic of the FHIR Subscriptions (R5 Backport IG on R4): its canonical URL (the Subscription's <c>criteria</c>),
/// the resource type a notification's focus names, the filters a subscriber may add (<c>backport-filter-criteria</c>),
/// and whether the focus is a resource <c>/fhir</c> serves (a literal reference the receiver reads back) or a logical
/// one (an identifier: CoSo serves no FHIR resource for it yet).
/// </summary>
public sealed record SubscriptionTopic(string Key, string Canonical, string FocusType, bool LiteralFocus, IReadOnlyList<string> Filters, string Description)
{
    /// <summary>The identifier system of a logical focus (<c>urn:coso:case-report</c>, <c>urn:coso:surveillance-alert</c>).</summary>
    public string? LogicalSystem { get; init; }
}

/// <summary>The topics CoSo notifies, in one table (docs/fhir.md "Subscriptions"): a ministry decision is a line here.</summary>
public static class SubscriptionTopics
{
    public const string Patient = "patient";
    public const string Organization = "organization";

    public static readonly SubscriptionTopic Immunization = new(
        "immunization", "urn:coso:subscription-topic:immunization", "Immunization", true, [Patient, Organization],
        "Mũi tiêm mới hoặc được sửa / a new or changed Immunization (a dose recorded through /api/v1, FHIR or the village app)");

    public static readonly SubscriptionTopic Referral = new(
        "referral", "urn:coso:subscription-topic:referral", "ServiceRequest", true, [Patient, Organization],
        "Chuyển tuyến mới: lượt khám có hướng xử trí chuyển tuyến / a new referral (a visit whose disposition is Referred)");

    public static readonly SubscriptionTopic NotifiableCase = new(
        "notifiable-case", "urn:coso:subscription-topic:notifiable-case", "Condition", false, [Patient, Organization],
        "Ca bệnh truyền nhiễm phải báo cáo mới (báo cáo ca bệnh) / a new notifiable case report")
    { LogicalSystem = "urn:coso:case-report" };

    public static readonly SubscriptionTopic SurveillanceAlert = new(
        "surveillance-alert", "urn:coso:subscription-topic:surveillance-alert", "Flag", false, [Organization],
        "Cảnh báo dịch mới của một xã, huyện hoặc tỉnh / a new surveillance alert (an outbreak signal of an area)")
    { LogicalSystem = "urn:coso:surveillance-alert" };

    public static IReadOnlyList<SubscriptionTopic> All { get; } = [Immunization, Referral, NotifiableCase, SurveillanceAlert];

    public static SubscriptionTopic? ByCanonical(string? canonical) => All.FirstOrDefault(t => t.Canonical == canonical);

    public static SubscriptionTopic? ByKey(string? key) => All.FirstOrDefault(t => t.Key == key);
}
