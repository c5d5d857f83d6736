namespace CoSo.Data.Village.Sync;

/// <summary>What a phone downloads (docs/village-app.md, "Sync API"): field names are the JSON contract.</summary>
public sealed record VillageSyncPayload
{
    public required string Cursor { get; init; }

    public bool Full { get; init; }

    public DateTimeOffset ServerTime { get; init; }

    public IReadOnlyList<SyncVillage> Villages { get; init; } = [];

    public IReadOnlyList<SyncHousehold> Households { get; init; } = [];

    public IReadOnlyList<SyncResident> Residents { get; init; } = [];

    public IReadOnlyList<Guid> Removed { get; init; } = [];

    public required SyncLists Lists { get; init; }

    public IReadOnlyList<SyncCode> Outcomes { get; init; } = [];

    public IReadOnlyList<SyncCode> Diseases { get; init; } = [];

    public IReadOnlyList<SyncRecordVerdict> Records { get; init; } = [];
}

public sealed record SyncVillage(Guid Id, string Name, Guid? StationId, string? StationName);

public sealed record SyncHousehold(Guid Id, Guid? VillageId, string Code, string? Address, string? Head, int Version);

public sealed record SyncResident(
    Guid Id, Guid? VillageId, Guid? HouseholdId, string FullName, string Sex, DateOnly? BirthDate, int BirthYear, bool BirthYearOnly,
    string? Phone, string Bhyt, DateOnly? BhytExpires, int Version);

public sealed record SyncLists
{
    public IReadOnlyList<SyncChildDue> ChildrenDue { get; init; } = [];

    public IReadOnlyList<SyncChronicOverdue> ChronicOverdue { get; init; } = [];

    public IReadOnlyList<SyncPregnancy> Pregnancies { get; init; } = [];

    public IReadOnlyList<SyncNewbornDue> NewbornsDue { get; init; } = [];

    public IReadOnlyList<SyncCase> RecentCases { get; init; } = [];
}

public sealed record SyncChildDue(Guid PersonId, string? Vaccine, int? Dose, DateOnly? DueOn, bool Overdue);

public sealed record SyncChronicOverdue(Guid PersonId, Guid EnrolmentId, string Programme, int DaysOverdue, int? LastSystolic, int? LastDiastolic, string? LastOutcome);

public sealed record SyncPregnancy(Guid PersonId, Guid? PregnancyId, DateOnly? Edd, DateOnly? NextAncOn, bool AncOverdue);

public sealed record SyncNewbornDue(Guid PersonId, Guid PregnancyId, int DaysSinceBirth, string Contact, string ContactEn);

public sealed record SyncCase(Guid Id, Guid? PersonId, string DiseaseCode, DateOnly OnsetDate);

public sealed record SyncCode(string Code, string Vi, string En);

public sealed record SyncFieldError(string Field, string Message, string? MessageEn = null);

public sealed record SyncConflict(string Field, string? PhoneValue, string? StationValue, string Kept);

public sealed record SyncRecordVerdict(Guid Id, string Status, IReadOnlyList<SyncFieldError> Errors, SyncConflict? Conflict);

public sealed record DeviceRegistration(Guid DeviceId, string DeviceToken, string DataKey);

public sealed record DeviceStatus(bool Active, bool Wipe);

/// <summary>One record of an upload (docs/village-app.md): <c>data</c> and <c>base</c> stay JSON until their kind reads them.</summary>
public sealed record SyncUploadRecord(Guid Id, string? Kind, Guid? PersonId, System.Text.Json.JsonElement? Data, System.Text.Json.JsonElement? Base);

public sealed record SyncUpload(IReadOnlyList<SyncUploadRecord>? Records);

public sealed record SyncUploadResult(IReadOnlyList<SyncRecordVerdict> Results);
