using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoSo.Data.Common;

/// <summary>Loads administrative units (both editions), the old→new commune mapping and ICD-10 from data/ once.</summary>
public sealed class ReferenceDataLoader(CoSoDbContext db, ILogger<ReferenceDataLoader> logger)
{
    public async Task EnsureLoadedAsync(CancellationToken ct = default)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (!await db.AdminUnits.AnyAsync(ct))
        {
            await LoadAdminUnitsAsync(ct);
        }

        if (!await db.IcdCodes.AnyAsync(ct))
        {
            await LoadIcdAsync(ct);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await SyncFormularyAsync(ct);
    }

    /// <summary>The formulary follows data/formulary/drugs.csv on every start: new drugs added, changed ones updated,
    /// drugs no longer listed marked inactive (never deleted: old prescriptions and lots refer to them).</summary>
    private async Task SyncFormularyAsync(CancellationToken ct)
    {
        var existing = await db.Drugs.ToDictionaryAsync(d => d.Code, ct);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Read("formulary/drugs.csv"))
        {
            var code = r["code"].Trim();
            listed.Add(code);
            if (!existing.TryGetValue(code, out var drug))
            {
                drug = new Drug { Code = code };
                db.Drugs.Add(drug);
            }

            drug.ActiveIngredient = TextFolding.Nfc(r["active_ingredient"]);
            drug.Strength = TextFolding.Nfc(r["strength"]);
            drug.Form = TextFolding.Nfc(r["form"]);
            drug.Route = TextFolding.Nfc(r["route"]);
            drug.Unit = TextFolding.Nfc(r["unit"]);
            drug.BhytCovered = r["bhyt_covered"] == "true";
            drug.BhytListNo = Empty(r["bhyt_list_no"]);
            drug.Atc = Empty(r["atc"]);
            drug.Group = r["group"];
            drug.MinStock = decimal.Parse(r["min_stock"], System.Globalization.CultureInfo.InvariantCulture);
            drug.NameEn = Empty(r["name_en"]);
            drug.AllergyTerms = Empty(r.GetValueOrDefault("allergy_terms") ?? string.Empty);
            drug.SearchKey = Clip(TextFolding.Fold($"{code} {drug.ActiveIngredient} {drug.Strength} {drug.NameEn}"), 350);
            drug.Active = true;
        }

        foreach (var gone in existing.Values.Where(d => !listed.Contains(d.Code)))
        {
            gone.Active = false;
        }

        var changes = await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (changes > 0)
        {
            logger.LogInformation("Formulary: {Changes} drug rows added or updated", changes);
        }
    }

    private static string? Empty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAdminUnitsAsync(CancellationToken ct)
    {
        var units = new List<AdminUnit>();
        foreach (var row in Read("admin/provinces-2025-07.csv"))
        {
            units.Add(Unit(AdminEdition.Current2025, row["province_code"], row["province_name"], TypeOf(row["province_name"]), AdminLevel.Province, null, row["province_code"]));
        }

        foreach (var row in Read("admin/communes-2025-07.csv"))
        {
            units.Add(Unit(AdminEdition.Current2025, row["commune_code"], row["commune_name"], row["commune_type"], AdminLevel.Commune, row["province_code"], row["province_code"]));
        }

        var seen = new HashSet<string>();
        foreach (var row in Read("admin/communes-pre-2025.csv"))
        {
            var p = row["province_code"];
            var d = row["district_code"];
            if (seen.Add("P" + p))
            {
                units.Add(Unit(AdminEdition.Pre2025, p, row["province_name"], row["province_type"], AdminLevel.Province, null, p));
            }

            if (seen.Add("D" + d))
            {
                units.Add(Unit(AdminEdition.Pre2025, d, row["district_name"], row["district_type"], AdminLevel.District, p, p));
            }

            units.Add(Unit(AdminEdition.Pre2025, row["commune_code"], row["commune_name"], row["commune_type"], AdminLevel.Commune, d, p));
        }

        db.AdminUnits.AddRange(units);
        var successors = Read("admin/communes-old-to-new.csv")
            .Select(r => new AdminUnitSuccessor { OldCommuneCode = r["old_commune_code"], NewCommuneCode = r["new_commune_code"], IsPrimary = r["primary"] == "1" })
            .DistinctBy(s => (s.OldCommuneCode, s.NewCommuneCode))
            .ToList();
        db.AdminUnitSuccessors.AddRange(successors);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Loaded {Units} administrative units and {Successors} old→new commune links", units.Count, successors.Count);
    }

    private async Task LoadIcdAsync(CancellationToken ct)
    {
        var codes = Read("icd10/icd10-vn.csv")
            .Select(r => new IcdCode
            {
                Code = r["code"],
                NameVi = Clip(TextFolding.Nfc(r["name_vi"]), 400),
                NameEn = Clip(r["name_en"], 400),
                Chapter = r["chapter_no"],
                SearchKey = Clip(TextFolding.Fold(r["code"] + " " + r["name_vi"]), 420),
            })
            .DistinctBy(c => c.Code)
            .ToList();
        db.IcdCodes.AddRange(codes);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Loaded {Codes} ICD-10 codes", codes.Count);
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];

    private static string TypeOf(string provinceName) =>
        provinceName.StartsWith("Thành phố", StringComparison.Ordinal) ? "Thành phố Trung ương" : "Tỉnh";

    private static AdminUnit Unit(AdminEdition edition, string code, string name, string type, AdminLevel level, string? parent, string province) => new()
    {
        Edition = edition,
        Code = code,
        Name = TextFolding.Nfc(name),
        NameKey = TextFolding.Fold(name),
        Type = type,
        Level = level,
        ParentCode = parent,
        ProvinceCode = province,
    };

    private static IEnumerable<Dictionary<string, string>> Read(string relative) =>
        CsvTable.Read(DataFiles.PathOf(relative)).Select(r => r.Values);
}
