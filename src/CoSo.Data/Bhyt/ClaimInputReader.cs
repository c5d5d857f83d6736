using System.Globalization;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using CoSo.Core.Pharmacy;
using CoSo.Core.Reception;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Bhyt;

/// <summary>
/// Gathers the <see cref="ClaimInput"/> of a page of visits in a few set-based queries (visits with diagnoses and
/// prescriptions, their residents, the lots their drugs came from, their arrival times, their clinicians): the
/// builder stays pure and a month's batch costs a handful of round trips per page, not several per visit.
/// </summary>
public sealed class ClaimInputReader(CoSoDbContext db, BhytReferenceProvider reference)
{
    public const string ExamCode = "TYT.KB";
    public const string GlucoseCode = "TYT.GLU";

    public async Task<List<(Encounter Visit, ClaimInput Input, List<string> Missing)>> ReadAsync(OrgUnit station, List<Encounter> visits, CancellationToken ct)
    {
        var data = reference.Data;
        var personIds = visits.Select(v => v.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var ids = visits.Select(v => v.Id).ToList();
        var moves = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.EncounterId != null && ids.Contains(m.EncounterId.Value) && (m.Kind == StockMovementKind.Dispense || m.Kind == StockMovementKind.PatientReturn))
            .Select(m => new { m.EncounterId, m.PrescriptionLineId, m.LotId, m.UnitPrice, m.Quantity }).ToListAsync(ct);
        var arrivalIds = visits.Where(v => v.ArrivalId != null).Select(v => v.ArrivalId!.Value).ToList();
        var arrivals = await db.Set<Arrival>().AsNoTracking().Where(a => arrivalIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ArrivedAt, ct);
        var userIds = visits.Where(v => v.StaffUserId != null).Select(v => v.StaffUserId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, ct);
        var drugCodes = visits.SelectMany(v => v.Prescriptions).Select(p => p.DrugCode).OfType<string>().Distinct().ToList();
        var drugs = await db.Drugs.AsNoTracking().Where(d => drugCodes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, ct);
        var referralTarget = station.ParentId is { } parent
            ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == parent).Select(u => u.BhytFacilityCode).FirstOrDefaultAsync(ct)
            : null;
        var byLine = moves.Where(m => m.PrescriptionLineId != null).GroupBy(m => m.PrescriptionLineId!.Value).ToDictionary(g => g.Key, g => g.ToList());

        var result = new List<(Encounter, ClaimInput, List<string>)>(visits.Count);
        foreach (var v in visits)
        {
            var person = people[v.PersonId];
            var missing = new List<string>();
            var ended = VietnamClock.LocalDateTime(v.OccurredAt);
            var arrived = v.ArrivalId is { } a && arrivals.TryGetValue(a, out var at) && at <= v.OccurredAt ? VietnamClock.LocalDateTime(at) : ended;
            var clinician = v.StaffUserId is { } u && users.TryGetValue(u, out var name) ? $"({name})" : "(coso)";
            var services = new List<ClaimServiceLine>();
            var results = new List<ClaimResult>();
            if (data.Prices.On(ExamCode, v.VisitDate) is { } exam)
            {
                services.Add(new ClaimServiceLine(exam, 1, 100, arrived, null, null, null));
            }
            else
            {
                missing.Add(ExamCode);
            }

            if (v.CapillaryGlucoseMmol is { } glucose)
            {
                if (data.Prices.On(GlucoseCode, v.VisitDate) is { } price)
                {
                    services.Add(new ClaimServiceLine(price, 1, 100, arrived, ended, ended, clinician));
                    results.Add(new ClaimResult(GlucoseCode, "GLU", "Glucose máu mao mạch", glucose.ToString("0.0", CultureInfo.InvariantCulture), "mmol/L", ended));
                }
                else
                {
                    missing.Add(GlucoseCode);
                }
            }

            var lines = new List<ClaimDrug>();
            foreach (var p in v.Prescriptions.Where(p => p.DispensedQuantity > 0 && p.DrugCode is not null))
            {
                var drug = drugs.GetValueOrDefault(p.DrugCode!);
                var codes = data.DrugCodes.GetValueOrDefault(p.DrugCode!);
                var dose = p.DosePerTake is { } take && p.TimesPerDay is { } times
                    ? string.Create(CultureInfo.InvariantCulture, $"{take:0.###} {p.Unit}/lần * {times} lần/ngày * {p.Days} ngày")
                    : p.Dose ?? string.Empty;
                foreach (var lot in (byLine.GetValueOrDefault(p.Id) ?? []).GroupBy(m => (m.LotId, m.UnitPrice)))
                {
                    var quantity = -lot.Sum(m => m.Quantity);
                    if (quantity <= 0)
                    {
                        continue;
                    }

                    lines.Add(new ClaimDrug(codes?.GetValueOrDefault("ma_thuoc") ?? "00.0000", drug?.ActiveIngredient ?? p.Drug, drug?.Unit ?? p.Unit ?? string.Empty,
                        drug?.Strength ?? p.Strength ?? string.Empty, codes?.GetValueOrDefault("duong_dung") ?? string.Empty, drug?.Form ?? string.Empty, dose,
                        codes?.GetValueOrDefault("so_dang_ky"), codes?.GetValueOrDefault("tt_thau"), p.BhytCovered, quantity, lot.Key.UnitPrice, ended));
                }
            }

            var main = v.Diagnoses.FirstOrDefault(d => d.IsMain);
            string? referredTo = v.Disposition == Disposition.Referred
                ? (v.ReferredTo is { Length: 5 } code && code.All(char.IsAsciiDigit) ? code : referralTarget ?? string.Empty)
                : null;
            result.Add((v, new ClaimInput
            {
                MaLk = v.Id.ToString("N"), MaCskcb = station.BhytFacilityCode ?? string.Empty, HeadNumber = station.BhytHeadNumber,
                PatientId = person.Id.ToString("N"), FullName = person.FullName, Cccd = person.Cccd, BirthDate = person.BirthDate, BirthYear = person.BirthYear,
                BirthTime = person.BirthTime, Sex = person.Sex, EthnicityCode = person.EthnicityCode, Address = person.AddressLine, ProvinceCode = person.ProvinceCode,
                CommuneCode = person.CommuneCode, Phone = person.Phone, CardNumber = person.BhytNumber, CardFacility = person.BhytFacilityCode,
                CardFrom = person.BhytValidFrom, CardTo = person.BhytValidTo, Covered = v.BhytCovered, Category = v.BhytCategory, BenefitPercent = v.BhytBenefitPercent,
                ArrivedAt = arrived, EndedAt = ended, VisitDate = v.VisitDate, Reason = v.Reason, MainCode = main?.Code, MainName = main?.NameVi,
                Secondary = v.Diagnoses.Where(d => !d.IsMain).Select(d => (d.Code, d.NameVi)).ToList(), WeightKg = v.WeightKg, Notes = v.Notes,
                ClinicianCode = clinician, ReferredTo = referredTo, FollowUpDate = v.FollowUpDate, Drugs = lines, Services = services, Results = results,
            }, missing));
        }

        return result;
    }
}
