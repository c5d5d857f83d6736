using System.Globalization;
using System.Xml;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Bhyt;

/// <summary>
/// `coso bhyt export`: for every station with visits in the period (or the one named), refreshes the claims, then
/// writes one GIAMDINHHS file per visit (<c>DIR/&lt;MA_CSKCB&gt;-&lt;MA_LK&gt;.xml</c>) or one per station
/// (<c>DIR/&lt;MA_CSKCB&gt;-&lt;from&gt;-&lt;to&gt;.xml</c>), streaming: a month's batch never sits in memory. Held claims
/// (uncovered, no cost, findings of the check) are listed with their reasons and never written.
/// </summary>
public sealed class ClaimExporter(CoSoDbContext db, ClaimService claims, ClaimSigner signer, TimeProvider time)
{
    public async Task<ClaimExport> ExportAsync(DateOnly from, DateOnly to, string outDir, string? maCskcb, bool batch, CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.BhytFacilityCode != null && u.Kind != OrgUnitKind.Village).OrderBy(u => u.BhytFacilityCode).ToListAsync(ct);
        if (maCskcb is not null)
        {
            units = units.Where(u => u.BhytFacilityCode == maCskcb).ToList();
            if (units.Count == 0)
            {
                throw new NotFoundException();
            }
        }

        Directory.CreateDirectory(outDir);
        var result = new ClaimExport();
        foreach (var station in units)
        {
            if (!await db.Encounters.AnyAsync(e => e.FacilityId == station.Id && e.VisitDate >= from && e.VisitDate <= to, ct))
            {
                continue;
            }

            await claims.RefreshAsync(station, from, to, ct);
            var period = db.BhytClaims.AsNoTracking().Where(c => c.OrgUnitId == station.Id && c.IsCurrent && c.VisitDate >= from && c.VisitDate <= to);
            foreach (var h in await period.Where(c => c.Status == ClaimStatus.Held || c.ViolationCount > 0).OrderBy(c => c.VisitDate).ThenBy(c => c.MaLk)
                .Select(c => new { c.MaLk, c.VisitDate, c.HeldReasons, c.Violations }).ToListAsync(ct))
            {
                var reasons = h.HeldReasons is { } r
                    ? r.Split(';').Select(x => ClaimMessages.Held(x, Messages.Vietnamese) + " / " + ClaimMessages.Held(x, Messages.English)).ToList()
                    : ClaimViolationsJson.Read(h.MaLk, h.Violations).Select(v => $"{v.Where}: {v.Message(Messages.Vietnamese)} / {v.Message(Messages.English)}").ToList();
                result.Held.Add(new HeldClaim(station.BhytFacilityCode!, h.MaLk, h.VisitDate, reasons));
            }

            var ready = period.Where(c => c.Status != ClaimStatus.Held && c.ViolationCount == 0 && c.Xml != null).OrderBy(c => c.MaLk);
            var count = await ready.CountAsync(ct);
            if (count == 0)
            {
                continue;
            }

            var rows = ready.Select(c => new { c.MaLk, c.Xml, c.PersonId, c.ProvinceCode, c.TotalBv, c.TotalBh, c.FundPays, c.CoPayment, c.PatientPays, c.OtherSources }).AsAsyncEnumerable();
            var read = new List<(Guid, string)>(count);
            if (batch)
            {
                var path = Path.Combine(outDir, $"{station.BhytFacilityCode}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.xml".Replace('/', '-'));
                await using (var file = File.Create(path))
                using (var w = XmlWriter.Create(file, ClaimXml.WriterSettings))
                {
                    ClaimXml.StartEnvelope(w, station.BhytFacilityCode!, VietnamClock.Today(time), count);
                    await foreach (var c in rows.WithCancellation(ct))
                    {
                        w.WriteRaw(ClaimXml.HosoOf(c.Xml!));
                        Count(result, c.TotalBv, c.TotalBh, c.FundPays, c.CoPayment, c.PatientPays, c.OtherSources);
                        read.Add((c.PersonId, c.ProvinceCode));
                    }

                    ClaimXml.EndEnvelope(w);
                }

                if (signer.Configured)
                {
                    await File.WriteAllBytesAsync(path, signer.Sign(await File.ReadAllBytesAsync(path, ct)), ct);
                }

                result.Files.Add(path);
            }
            else
            {
                await foreach (var c in rows.WithCancellation(ct))
                {
                    var path = Path.Combine(outDir, $"{station.BhytFacilityCode}-{c.MaLk}.xml");
                    await File.WriteAllTextAsync(path, c.Xml!, ct);
                    Count(result, c.TotalBv, c.TotalBh, c.FundPays, c.CoPayment, c.PatientPays, c.OtherSources);
                    read.Add((c.PersonId, c.ProvinceCode));
                    result.Files.Add(path);
                }
            }

            // The files carry the residents' data: their export is a read, audited like any other.
            foreach (var chunk in read.Chunk(5000))
            {
                await db.AuditReadsAsync("bhyt-export", chunk, ct);
                db.ChangeTracker.Clear();
            }
        }

        result.HasSignature = signer.Configured;
        return result;
    }

    private static void Count(ClaimExport r, decimal bv, decimal bh, decimal bhtt, decimal bncct, decimal bntt, decimal nk)
    {
        r.Visits++;
        r.Totals = r.Totals.Add(new ClaimTotals(0, 0, bv, bh, bntt, bncct, bhtt, nk, 0));
    }
}

/// <summary>What an export wrote and what it held back.</summary>
public sealed class ClaimExport
{
    public int Visits { get; set; }

    public ClaimTotals Totals { get; set; } = ClaimTotals.Zero;

    public List<string> Files { get; } = [];

    public List<HeldClaim> Held { get; } = [];

    public bool HasSignature { get; set; }

    public string TotalsLine => string.Create(CultureInfo.InvariantCulture,
        $"T_TONGCHI_BV {ClaimMoney.Text(Totals.TongChiBv)}; T_TONGCHI_BH {ClaimMoney.Text(Totals.TongChiBh)}; T_BHTT {ClaimMoney.Text(Totals.Bhtt)}; T_BNCCT {ClaimMoney.Text(Totals.Bncct)}; T_BNTT {ClaimMoney.Text(Totals.Bntt)}; T_NGUONKHAC {ClaimMoney.Text(Totals.NguonKhac)}");
}

public sealed record HeldClaim(string MaCskcb, string MaLk, DateOnly VisitDate, IReadOnlyList<string> Reasons);
