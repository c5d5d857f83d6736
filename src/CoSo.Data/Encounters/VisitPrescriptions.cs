using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Pharmacy;
using CoSo.Data.Pharmacy;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Encounters;

/// <summary>
/// Turns prescribed lines into the visit's prescription: the drug from the formulary (free text only as a marked
/// exception), quantity from dose × times × days, the drug-allergy check against the health record (refused unless
/// the prescriber gives a reason, which is audited), and the dispensing from stock in the same unit of work.
/// </summary>
public sealed class VisitPrescriptions(CoSoDbContext db, StockIssue stock, TimeProvider time)
{
    public async Task<List<PrescriptionLine>> BuildAsync(
        Encounter visit, IReadOnlyList<PrescriptionInput> lines, string? allergyNote, ValidationErrors errors, CancellationToken ct)
    {
        var codes = lines.Where(l => l.DrugCode is not null).Select(l => l.DrugCode!).Distinct().ToList();
        var drugs = await db.Drugs.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, ct);
        var result = new List<PrescriptionLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var input = lines[i];
            Drug? drug = null;
            if (input.DrugCode is { } code && !drugs.TryGetValue(code, out drug))
            {
                errors.Add($"prescriptions[{i}].drugCode", "prescription.drugUnknown");
                continue;
            }

            drug ??= await ResolveAsync(input, ct);
            var name = drug?.ActiveIngredient ?? input.Drug.Trim();
            var named = drug is not null ? AllergyCheck.Names(allergyNote, drug) : AllergyCheck.Names(allergyNote, name, null);
            if (named && string.IsNullOrWhiteSpace(input.AllergyOverrideReason))
            {
                errors.Add($"prescriptions[{i}].drug", "prescription.allergy", allergyNote, name);
            }

            var line = new PrescriptionLine
            {
                Id = Guid.CreateVersion7(), ProvinceCode = visit.ProvinceCode, OrgUnitId = visit.OrgUnitId, EncounterId = visit.Id, PersonId = visit.PersonId,
                Drug = TextFolding.Nfc(name), Strength = drug?.Strength ?? Clean(input.Strength), DrugCode = drug?.Code, Unit = drug?.Unit,
                DosePerTake = input.DosePerTake, TimesPerDay = input.TimesPerDay, Quantity = input.EffectiveQuantity, Days = input.Days,
                Dose = Clean(input.Dose) ?? (input.DosePerTake is { } d && input.TimesPerDay is { } t
                    ? Dosing.Instruction(drug?.Route ?? "uống", d, t, drug?.Unit ?? "viên", input.Instructions)
                    : Clean(input.Instructions)),
                BhytCovered = drug?.BhytCovered ?? false,
                AllergyOverrideReason = named ? Clean(input.AllergyOverrideReason) : null,
            };
            if (named && line.AllergyOverrideReason is not null)
            {
                db.AuditRead(AuditActions.AllergyOverride, nameof(PrescriptionLine), line.Id, visit.PersonId, visit.ProvinceCode);
            }

            if (input.Dispense && line.Quantity > 0)
            {
                if (drug is null)
                {
                    errors.Add($"prescriptions[{i}].drugCode", "prescription.drugUnknown");
                }
                else if (await stock.TakeAsync(visit.FacilityId, visit.ProvinceCode, drug, line.Quantity, visit.VisitDate, StockMovementKind.Dispense,
                    $"prescriptions[{i}].quantity", errors, m => { m.EncounterId = visit.Id; m.PrescriptionLineId = line.Id; }, ct) is { } value)
                {
                    line.DispensedQuantity = line.Quantity;
                    line.DispensedValue = value;
                }
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>Dispenses, now, the lines of a saved visit that were prescribed but not yet handed out.</summary>
    public async Task DispenseAsync(Encounter visit, IEnumerable<PrescriptionLine> lines, ValidationErrors errors, CancellationToken ct)
    {
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            if (line.DrugCode is null || line.DispensedQuantity > 0)
            {
                continue;
            }

            var drug = await db.Drugs.AsNoTracking().FirstAsync(d => d.Code == line.DrugCode, ct);
            if (await stock.TakeAsync(visit.FacilityId, visit.ProvinceCode, drug, line.Quantity, VietnamClock.Today(time),
                StockMovementKind.Dispense, $"prescriptions[{i}].quantity", errors, m => { m.EncounterId = visit.Id; m.PrescriptionLineId = line.Id; }, ct) is { } value)
            {
                line.DispensedQuantity = line.Quantity;
                line.DispensedValue = value;
            }
        }
    }

    /// <summary>A name typed as the formulary writes it ("Amlodipin" + "5 mg") is that formulary drug.</summary>
    private async Task<Drug?> ResolveAsync(PrescriptionInput input, CancellationToken ct)
    {
        var name = TextFolding.Fold(input.Drug);
        var strength = TextFolding.Fold(input.Strength ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (name.Length < 3)
        {
            return null;
        }

        var candidates = await db.Drugs.AsNoTracking().Where(d => d.Active && d.SearchKey.Contains(name)).Take(20).ToListAsync(ct);
        return candidates.FirstOrDefault(d => TextFolding.Fold(d.ActiveIngredient) == name
            && (strength.Length == 0 ? candidates.Count(c => TextFolding.Fold(c.ActiveIngredient) == name) == 1 : TextFolding.Fold(d.Strength).Replace(" ", string.Empty, StringComparison.Ordinal) == strength));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
