using System.Text;
using CoSo.Core.Bhyt;
using CoSo.Core.Identity;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Bhyt;

/// <summary>
/// A station's monthly BHYT summary (issue 15 item 5): the month's current claims that can be sent (not held), their
/// totals by fund / co-payment / patient, and the same by drug (XML2) and by service or supply (XML3). Read from the
/// frozen claims — the file each claim is — so the summary is what was (or will be) sent, not today's visits.
/// </summary>
public sealed class ClaimSummaryService(CoSoDbContext db, StationResolver stations)
{
    public async Task<ClaimMonthSummary> MonthAsync(Guid? stationId, int year, int month, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageClaims);
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw new Core.Common.DomainValidationException("month", "period.invalid");
        }

        var station = await stations.ResolveAsync(stationId, ct);
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var period = db.BhytClaims.AsNoTracking().Where(c => c.OrgUnitId == station.Id && c.IsCurrent && c.VisitDate >= from && c.VisitDate <= to);
        var held = await period.CountAsync(c => c.Status == ClaimStatus.Held, ct);
        var drugs = new Dictionary<string, ClaimLineTotal>(StringComparer.Ordinal);
        var services = new Dictionary<string, ClaimLineTotal>(StringComparer.Ordinal);
        int visits = 0, withViolations = 0;
        decimal bv = 0, bhtt = 0, bncct = 0, bntt = 0, nk = 0;
        var byStatus = new Dictionary<ClaimStatus, int>();
        // Streamed: one claim's file at a time.
        await foreach (var c in period.Where(c => c.Status != ClaimStatus.Held && c.Xml != null).OrderBy(c => c.VisitDate).ThenBy(c => c.MaLk)
                           .Select(c => new { c.Xml, c.Status, c.ViolationCount, c.TotalBv, c.FundPays, c.CoPayment, c.PatientPays, c.OtherSources }).AsAsyncEnumerable().WithCancellation(ct))
        {
            visits++;
            withViolations += c.ViolationCount > 0 ? 1 : 0;
            byStatus[c.Status] = byStatus.GetValueOrDefault(c.Status) + 1;
            (bv, bhtt, bncct, bntt, nk) = (bv + c.TotalBv, bhtt + c.FundPays, bncct + c.CoPayment, bntt + c.PatientPays, nk + c.OtherSources);
            var file = ClaimXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(c.Xml!)));
            foreach (var doc in file.Documents)
            {
                foreach (var r in doc.Rows(ClaimTables.Xml2))
                {
                    Add(drugs, r["MA_THUOC"], r["TEN_THUOC"], r["DON_VI_TINH"], r);
                }

                foreach (var r in doc.Rows(ClaimTables.Xml3))
                {
                    var supply = r["MA_VAT_TU"].Length > 0;
                    Add(services, supply ? r["MA_VAT_TU"] : r["MA_DICH_VU"], supply ? r["TEN_VAT_TU"] : r["TEN_DICH_VU"], r["DON_VI_TINH"], r);
                }
            }
        }

        return new ClaimMonthSummary(station.Id, station.Name, station.BhytFacilityCode ?? string.Empty, year, month, visits, held, withViolations,
            byStatus.OrderBy(s => s.Key).Select(s => new ClaimStatusCount(s.Key, s.Value)).ToList(), bv, bhtt, bncct, bntt, nk,
            drugs.Values.OrderBy(d => d.Code, StringComparer.Ordinal).ToList(), services.Values.OrderBy(d => d.Code, StringComparer.Ordinal).ToList());
    }

    private static void Add(Dictionary<string, ClaimLineTotal> into, string code, string name, string unit, ClaimRecord r)
    {
        var key = code + "\u0001" + name;
        var t = into.GetValueOrDefault(key) ?? new ClaimLineTotal(code, name, unit, 0, 0, 0, 0, 0, 0);
        into[key] = t with
        {
            Lines = t.Lines + 1,
            Quantity = t.Quantity + Money(r["SO_LUONG"]),
            TotalBv = t.TotalBv + Money(r["THANH_TIEN_BV"]),
            FundPays = t.FundPays + Money(r["T_BHTT"]),
            CoPayment = t.CoPayment + Money(r["T_BNCCT"]),
            PatientPays = t.PatientPays + Money(r["T_BNTT"]),
        };
    }

    private static decimal Money(string text) => ClaimMoney.TryRead(text, out var v) ? v : 0m;
}

/// <summary>One drug, service or supply of a monthly summary: lines, quantity and money summed over the month's claims.</summary>
public sealed record ClaimLineTotal(string Code, string Name, string Unit, int Lines, decimal Quantity, decimal TotalBv, decimal FundPays, decimal CoPayment, decimal PatientPays);

public sealed record ClaimStatusCount(ClaimStatus Status, int Count);

/// <summary>A station's month of claims (held visits counted apart; they are never sent).</summary>
public sealed record ClaimMonthSummary(
    Guid StationId, string StationName, string MaCskcb, int Year, int Month, int Visits, int Held, int WithViolations, IReadOnlyList<ClaimStatusCount> ByStatus,
    decimal TotalBv, decimal FundPays, decimal CoPayment, decimal PatientPays, decimal OtherSources, IReadOnlyList<ClaimLineTotal> Drugs, IReadOnlyList<ClaimLineTotal> Services);
