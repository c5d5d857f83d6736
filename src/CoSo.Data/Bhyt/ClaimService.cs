using System.Text;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Bhyt;

/// <summary>
/// A station's BHYT claims (docs/bhyt-claims.md): made from the visits of a period (one current claim per visit,
/// refreshed when the visit changes; a visit corrected after submission gets a new version and the sent one is kept),
/// checked, listed with their findings, submitted through <see cref="IClaimGateway"/> and updated with its answers.
/// </summary>
public sealed class ClaimService(CoSoDbContext db, TimeProvider time, ClaimInputReader reader, BhytReferenceProvider reference, StationResolver stations, IClaimGateway gateway, ClaimSigner signer)
{
    public const int PageSize = 500;

    private static readonly ClaimStatus[] Sent = [ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Resubmitted];

    /// <summary>Makes or refreshes the claim of every visit the station held in the period (page by page).</summary>
    public async Task<ClaimRefresh> RefreshAsync(OrgUnit station, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        var data = reference.Data;
        var today = VietnamClock.Today(time);
        int made = 0, updated = 0, versions = 0, unchanged = 0, held = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Encounters.AsNoTracking().Where(e => e.FacilityId == station.Id && e.VisitDate >= from && e.VisitDate <= to && !e.Voided);
            if (after is { } last)
            {
                query = query.Where(e => e.Id.CompareTo(last) > 0);
            }

            // Versions first: at the month's end most claims were made as the visits happened, and an unchanged visit
            // costs two narrow reads instead of loading, rebuilding and tracking its claim (with its file).
            var page = await query.OrderBy(e => e.Id).Take(PageSize).Select(e => new { e.Id, e.Version }).ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Id;
            var ids = page.Select(e => e.Id).ToList();
            var claimed = await db.BhytClaims.AsNoTracking().Where(c => ids.Contains(c.EncounterId) && c.IsCurrent)
                .Select(c => new { c.EncounterId, c.EncounterVersion }).ToDictionaryAsync(c => c.EncounterId, c => c.EncounterVersion, ct);
            var stale = page.Where(e => !claimed.TryGetValue(e.Id, out var v) || v != e.Version).Select(e => e.Id).ToList();
            unchanged += page.Count - stale.Count;
            if (stale.Count == 0)
            {
                continue;
            }

            var visits = await query.Where(e => stale.Contains(e.Id)).OrderBy(e => e.Id).Include(e => e.Diagnoses).Include(e => e.Prescriptions).AsSplitQuery().ToListAsync(ct);
            var current = await db.BhytClaims.Where(c => stale.Contains(c.EncounterId) && c.IsCurrent).ToDictionaryAsync(c => c.EncounterId, ct);
            var now = time.GetUtcNow();
            foreach (var (visit, input, missing) in await reader.ReadAsync(station, visits, ct))
            {
                var existing = current.GetValueOrDefault(visit.Id);
                if (existing is not null && existing.EncounterVersion == visit.Version)
                {
                    unchanged++;
                    continue;
                }

                var build = ClaimBuilder.Build(input);
                var reasons = build.HeldReasons.Concat(missing.Select(m => "bhyt.held.noPrice:" + m)).ToList();
                var claim = existing is null || Sent.Contains(existing.Status) ? new BhytClaim
                {
                    Id = Guid.CreateVersion7(), ProvinceCode = visit.ProvinceCode, OrgUnitId = station.Id, PersonId = visit.PersonId, EncounterId = visit.Id,
                    MaLk = input.MaLk, MaCskcb = input.MaCskcb, ClaimVersion = (existing?.ClaimVersion ?? 0) + 1, IsCurrent = true, CreatedAt = now, Version = 1,
                } : existing;
                Fill(claim, visit, input, build, reasons, data, signer, today, now, afterSubmission: existing is not null && claim != existing);
                if (existing is null)
                {
                    db.BhytClaims.Add(claim);
                    made++;
                }
                else if (claim != existing)
                {
                    existing.IsCurrent = false;
                    existing.UpdatedAt = now;
                    existing.Version++;
                    db.BhytClaims.Add(claim);
                    versions++;
                }
                else
                {
                    claim.Version++;
                    updated++;
                }

                if (claim.Status == ClaimStatus.Held)
                {
                    held++;
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return new ClaimRefresh(made, updated, versions, unchanged, held);
    }

    private static void Fill(BhytClaim c, Encounter visit, ClaimInput input, ClaimBuild build, List<string> reasons, BhytReferenceData data, ClaimSigner signer, DateOnly today, DateTimeOffset now, bool afterSubmission)
    {
        c.EncounterVersion = visit.Version;
        c.VisitDate = visit.VisitDate;
        c.UpdatedAt = now;
        (c.TotalBv, c.TotalBh, c.FundPays, c.CoPayment, c.PatientPays, c.OtherSources) =
            (build.Totals.TongChiBv, build.Totals.TongChiBh, build.Totals.Bhtt, build.Totals.Bncct, build.Totals.Bntt, build.Totals.NguonKhac);
        if (reasons.Count > 0 || build.Document is null)
        {
            c.Status = ClaimStatus.Held;
            c.HeldReasons = string.Join(';', reasons);
            c.Violations = null;
            c.ViolationCount = 0;
            c.Xml = null;
            c.CheckInXml = null;
            return;
        }

        var found = ClaimCheck.Check(data.Check, build.Document, build.CheckIn);
        c.HeldReasons = null;
        c.Violations = ClaimViolationsJson.Write(found);
        c.ViolationCount = found.Count;
        c.Status = afterSubmission ? ClaimStatus.Corrected : found.Count == 0 ? ClaimStatus.Checked : ClaimStatus.Draft;
        c.Xml = Encoding.UTF8.GetString(signer.Sign(ClaimXml.Envelope(data.Spec, input.MaCskcb, today, [build.Document])));
        c.CheckInXml = build.CheckIn is null ? null : Encoding.UTF8.GetString(ClaimXml.CheckIn(data.Spec, build.CheckIn));
    }

    public async Task<ClaimPage> ListAsync(Guid? stationId, DateOnly from, DateOnly to, ClaimStatus? status, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        var station = await stations.ResolveAsync(stationId, ct);
        var q = db.BhytClaims.AsNoTracking().Where(c => c.OrgUnitId == station.Id && c.IsCurrent && c.VisitDate >= from && c.VisitDate <= to);
        if (status is { } s)
        {
            q = q.Where(c => c.Status == s);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(c => c.VisitDate).ThenBy(c => c.MaLk).Take(1000)
            .Join(db.People.AsNoTracking(), c => new { c.ProvinceCode, c.PersonId }, p => new { p.ProvinceCode, PersonId = p.Id }, (c, p) => new { c, p.FullName })
            .ToListAsync(ct);
        return new ClaimPage(rows.Select(r => Summary(r.c, r.FullName)).ToList(), total);
    }

    public async Task<ClaimDetailDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        var c = await db.BhytClaims.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var name = await db.People.AsNoTracking().Where(p => p.ProvinceCode == c.ProvinceCode && p.Id == c.PersonId).Select(p => p.FullName).FirstOrDefaultAsync(ct) ?? string.Empty;
        var versions = await db.BhytClaims.AsNoTracking().Where(x => x.ProvinceCode == c.ProvinceCode && x.EncounterId == c.EncounterId).OrderBy(x => x.ClaimVersion).ToListAsync(ct);
        return new ClaimDetailDto(Summary(c, name), ClaimViolationsJson.Read(c.MaLk, c.Violations).Select(ClaimViolationDto.From).ToList(),
            versions.Select(v => Summary(v, name)).ToList(), c.SubmittedAt, c.GatewayTransaction, c.GatewayMessage);
    }

    /// <summary>The current claim of a visit (for the visit page), or null.</summary>
    public async Task<ClaimDetailDto?> ForVisitAsync(Guid encounterId, CancellationToken ct = default)
    {
        var id = await db.BhytClaims.AsNoTracking().Where(c => c.EncounterId == encounterId && c.IsCurrent).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return id is { } claim ? await GetAsync(claim, ct) : null;
    }

    /// <summary>The claim's GIAMDINHHS file as made (audited: it carries the resident's data).</summary>
    public async Task<(string FileName, byte[] Content)> XmlAsync(Guid id, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        var c = await db.BhytClaims.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (c.Xml is null)
        {
            throw new DomainValidationException("id", "bhyt.held.uncovered");
        }

        await db.AuditReadsAsync("bhyt-claim-xml", [(c.PersonId, c.ProvinceCode)], ct);
        return ($"{c.MaCskcb}-{c.MaLk}.xml", Encoding.UTF8.GetBytes(c.Xml));
    }

    /// <summary>Refreshes the period's claims and submits every current claim that passed the check and was not sent as it is.</summary>
    public async Task<ClaimBatchDto> SubmitAsync(ClaimBatchInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        var station = await stations.ResolveAsync(input.StationId, ct);
        if (input.To < input.From)
        {
            throw new DomainValidationException("to", "period.invalid");
        }

        await RefreshAsync(station, input.From, input.To, ct);
        var now = time.GetUtcNow();
        var batch = new BhytClaimBatch
        {
            Id = Guid.CreateVersion7(), ProvinceCode = station.ProvinceCode, StationId = station.Id, MaCskcb = station.BhytFacilityCode ?? string.Empty,
            From = input.From, To = input.To, CreatedAt = now, CreatedByUserId = db.Actor.UserId,
        };
        var period = db.BhytClaims.Where(c => c.OrgUnitId == station.Id && c.IsCurrent && c.VisitDate >= input.From && c.VisitDate <= input.To);
        batch.HeldCount = await period.CountAsync(c => c.Status == ClaimStatus.Held, ct);
        var ready = await period.Where(c => (c.Status == ClaimStatus.Checked || c.Status == ClaimStatus.Corrected) && c.ViolationCount == 0).ToListAsync(ct);
        foreach (var c in ready)
        {
            var receipt = await gateway.SubmitAsync(new ClaimSubmission(c.MaCskcb, c.MaLk, c.ClaimVersion, Encoding.UTF8.GetBytes(c.Xml!), c.CheckInXml), ct);
            c.Status = c.ClaimVersion > 1 ? ClaimStatus.Resubmitted : ClaimStatus.Submitted;
            c.SubmittedAt = receipt.At;
            c.GatewayTransaction = receipt.Transaction;
            c.BatchId = batch.Id;
            c.UpdatedAt = now;
            c.Version++;
            batch.ClaimCount++;
            batch.TotalBv += c.TotalBv;
            batch.FundPays += c.FundPays;
        }

        db.BhytClaimBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return new ClaimBatchDto(batch.Id, batch.StationId, batch.MaCskcb, batch.From, batch.To, batch.ClaimCount, batch.HeldCount, batch.TotalBv, batch.FundPays);
    }

    /// <summary>Applies the gateway's answers (accepted, or rejected with its reason code) to the versions they name.</summary>
    public async Task<int> ApplyAnswersAsync(CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        var applied = 0;
        foreach (var a in await gateway.AnswersAsync(ct))
        {
            var c = await db.BhytClaims.FirstOrDefaultAsync(x => x.MaLk == a.MaLk && x.ClaimVersion == a.ClaimVersion, ct);
            if (c is null || c.Status is not (ClaimStatus.Submitted or ClaimStatus.Resubmitted))
            {
                continue;
            }

            c.Status = a.Accepted ? ClaimStatus.Accepted : ClaimStatus.Rejected;
            c.GatewayCode = a.Code;
            c.GatewayMessage = a.Message;
            c.AnsweredAt = a.At;
            c.UpdatedAt = time.GetUtcNow();
            c.Version++;
            applied++;
        }

        await db.SaveChangesAsync(ct);
        return applied;
    }

    internal static ClaimSummaryDto Summary(BhytClaim c, string name) => new(
        c.Id, c.MaLk, c.EncounterId, c.PersonId, c.ProvinceCode, name, c.VisitDate, c.Status, c.ClaimVersion, c.TotalBv, c.FundPays, c.CoPayment, c.PatientPays,
        c.ViolationCount, c.HeldReasons?.Split(';') ?? [], c.GatewayCode);
}
