using CoSo.Core.Bhyt;
using CoSo.Data.People;

namespace CoSo.Data.Bhyt;

/// <summary>One finding of the check, with its message in Vietnamese and English.</summary>
public sealed record ClaimViolationDto(string Table, int Row, string Field, string Code, string MessageVi, string MessageEn)
{
    public static ClaimViolationDto From(ClaimViolation v) =>
        new(v.Table, v.Row, v.Field, v.Code, v.Message(Core.Common.Messages.Vietnamese), v.Message(Core.Common.Messages.English));
}

/// <summary>A row of a station's claims list.</summary>
public sealed record ClaimSummaryDto(
    Guid Id, string MaLk, Guid EncounterId, Guid PersonId, string ProvinceCode, string PersonName, DateOnly VisitDate, ClaimStatus Status, int ClaimVersion,
    decimal TotalBv, decimal FundPays, decimal CoPayment, decimal PatientPays, int ViolationCount, IReadOnlyList<string> HeldReasons, string? GatewayCode) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => [(PersonId, ProvinceCode)];
}

public sealed record ClaimPage(IReadOnlyList<ClaimSummaryDto> Items, int Total) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}

/// <summary>A claim with its findings and its earlier versions.</summary>
public sealed record ClaimDetailDto(ClaimSummaryDto Claim, IReadOnlyList<ClaimViolationDto> Violations, IReadOnlyList<ClaimSummaryDto> Versions, DateTimeOffset? SubmittedAt,
    string? GatewayTransaction, string? GatewayMessage) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Claim.People;
}

/// <summary>What a refresh of a station's claims did.</summary>
public sealed record ClaimRefresh(int Made, int Updated, int NewVersions, int Unchanged, int Held);

/// <summary>A submission of a station's claims for a period.</summary>
public sealed record ClaimBatchDto(Guid Id, Guid StationId, string MaCskcb, DateOnly From, DateOnly To, int ClaimCount, int HeldCount, decimal TotalBv, decimal FundPays);

public sealed record ClaimBatchInput(Guid? StationId, DateOnly From, DateOnly To);
