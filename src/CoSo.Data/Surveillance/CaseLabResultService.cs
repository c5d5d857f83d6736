using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Laboratory results added to a case after its report. The case is found through the context's scope filter, so a
/// user outside the case's station gets 404; the result's writes are audited as the case's resident.
/// </summary>
public sealed class CaseLabResultService(CoSoDbContext db, TimeProvider time)
{
    public async Task<LabResultList> ListAsync(Guid caseId, CancellationToken ct = default)
    {
        var report = await FindCaseAsync(caseId, ct);
        var items = await db.Set<CaseLabResult>().AsNoTracking()
            .Where(r => r.ProvinceCode == report.ProvinceCode && r.CaseReportId == caseId)
            .OrderBy(r => r.SpecimenDate).ThenBy(r => r.RecordedAt).ToListAsync(ct);
        return new LabResultList(caseId, [.. items.Select(ToDto)], report.PersonId, report.ProvinceCode);
    }

    public async Task<LabResultCreated> AddAsync(Guid caseId, LabResultInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordLabResults);
        var report = await FindCaseAsync(caseId, ct);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Test))
        {
            errors.Add("test", "surveillance.lab.testRequired");
        }

        if (string.IsNullOrWhiteSpace(input.Result))
        {
            errors.Add("result", "surveillance.lab.resultRequired");
        }

        // A specimen is taken from the onset (or a few days before, for contacts tested early) up to today.
        if (input.SpecimenDate is not { } specimen || specimen < report.OnsetDate.AddDays(-14) || specimen > VietnamClock.Today(time))
        {
            errors.Add("specimenDate", "surveillance.lab.specimenDate");
        }

        errors.ThrowIfInvalid();
        var result = new CaseLabResult
        {
            Id = Guid.CreateVersion7(), ProvinceCode = report.ProvinceCode, OrgUnitId = report.OrgUnitId, CaseReportId = report.Id,
            PersonId = report.PersonId, Test = Clean(input.Test)!, SpecimenDate = input.SpecimenDate!.Value, Result = Clean(input.Result)!,
            Lab = Clean(input.Lab), RecordedAt = time.GetUtcNow(), RecordedByUserId = db.Actor.UserId,
        };
        db.Set<CaseLabResult>().Add(result);
        await db.SaveChangesAsync(ct);
        return new LabResultCreated(ToDto(result), report.PersonId, report.ProvinceCode);
    }

    private async Task<CaseReport> FindCaseAsync(Guid caseId, CancellationToken ct) =>
        await db.Set<CaseReport>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException();

    private static LabResultDto ToDto(CaseLabResult r) => new(r.Id, r.CaseReportId, r.Test, r.SpecimenDate, r.Result, r.Lab, r.RecordedAt);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
