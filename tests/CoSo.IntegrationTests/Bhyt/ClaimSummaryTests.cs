using ClosedXML.Excel;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Common;
using CoSo.Data.Bhyt;
using CoSo.Data.Encounters;
using CoSo.Data.Pharmacy;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Bhyt;

// Issue 15 item 5 on both databases: a station's monthly summary worked by hand from the (sample) price list and the
// lots' prices — two covered visits, one uncovered (held, never summed), one visit of the next month (outside) —
// totals by fund / co-payment / patient, by drug and by service, and the same figures in the workbook.
public sealed class ClaimSummaryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_month_is_summed_by_fund_patient_drug_and_service_as_worked_by_hand(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_bhyt_sum");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Core.Identity.ICurrentActor>(new Core.Identity.SystemActor("system:test"));
        services.AddSingleton(new BhytOptions(Directory.CreateTempSubdirectory("coso-bhyt-sum").FullName, null, null));
        Data.DataServiceCollectionExtensions.AddCoSoData(services, Data.DatabaseSettings.Parse(cs));
        await using var sp = services.BuildServiceProvider();
        var first = await PersonAsync(sp, org.StationA.Id, "HT3383800000011");
        var second = await PersonAsync(sp, org.StationA.Id, "HT3383800000012");
        var uncovered = await PersonAsync(sp, org.StationA.Id, null);

        static PrescriptionInput Rx(string code, string name, decimal perTake, int times, int days) =>
            new(name, null, null, 0, days) { DrugCode = code, DosePerTake = perTake, TimesPerDay = times, Dispense = true };
        await using (var scope = sp.CreateAsyncScope())
        {
            var stock = scope.ServiceProvider.GetRequiredService<StockService>();
            await stock.ReceiveAsync(new ReceiveInput("PARA500", "P1", new DateOnly(2028, 1, 1), 100, 250.5m) { StationId = org.StationA.Id });
            await stock.ReceiveAsync(new ReceiveInput("AMOX500", "A1", new DateOnly(2028, 1, 1), 100, 900m) { StationId = org.StationA.Id });
            await stock.ReceiveAsync(new ReceiveInput("CLOR04N", "C1", new DateOnly(2028, 1, 1), 10, 18000m) { StationId = org.StationA.Id });
            var visits = scope.ServiceProvider.GetRequiredService<VisitService>();
            // 10 November: paracetamol 1 × 2 × 5 = 10 tablets, a capillary glucose test.
            await visits.RecordAsync(first, new VisitInput
            {
                OccurredAt = new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero), WeightKg = 60, CapillaryGlucoseMmol = 7.1m, Diagnoses = [new DiagnosisInput("J06.9", true)],
                Prescriptions = [Rx("PARA500", "Paracetamol", 1, 2, 5)],
            });
            // 12 November: amoxicillin 1 × 2 × 3 = 6 capsules (in the BHYT list) and one bottle of eye drops outside it.
            await visits.RecordAsync(second, new VisitInput
            {
                OccurredAt = new DateTimeOffset(2026, 11, 12, 3, 0, 0, TimeSpan.Zero), WeightKg = 55, Diagnoses = [new DiagnosisInput("J06.9", true)],
                Prescriptions = [Rx("AMOX500", "Amoxicilin", 1, 2, 3), Rx("CLOR04N", "Cloramphenicol", 1, 1, 1) with { Quantity = 1 }],
            });
            await visits.RecordAsync(uncovered, new VisitInput { OccurredAt = new DateTimeOffset(2026, 11, 12, 4, 0, 0, TimeSpan.Zero), WeightKg = 50, Diagnoses = [new DiagnosisInput("J06.9", true)] });
            // 1 December: another month.
            await visits.RecordAsync(first, new VisitInput { OccurredAt = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), WeightKg = 60, Diagnoses = [new DiagnosisInput("J06.9", true)] });
        }

        ClaimMonthSummary s;
        await using (var scope = sp.CreateAsyncScope())
        {
            var station = await scope.ServiceProvider.GetRequiredService<Data.CoSoDbContext>().OrgUnits.SingleAsync(u => u.Id == org.StationA.Id);
            await scope.ServiceProvider.GetRequiredService<ClaimService>().RefreshAsync(station, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31));
            s = await scope.ServiceProvider.GetRequiredService<ClaimSummaryService>().MonthAsync(org.StationA.Id, 2026, 11);
        }

        // The exam is 32 000 đ from 2026-11-01 (sample list), the glucose test 15 200 đ; drugs at their lot's price.
        // MUC_HUONG is 100 at a commune station: the fund pays every in-list amount; the eye drops (outside the
        // list, TYLE_TT_BH 0) are paid by the patient in full.
        const decimal exam = 32000m, glucose = 15200m;
        var para = 10 * 250.5m;     // 2 505
        var amox = 6 * 900m;        // 5 400
        var drops = 1 * 18000m;     // 18 000, patient
        var visit1 = exam + glucose + para;
        var visit2 = exam + amox + drops;
        Assert.Equal(2, s.Visits);
        Assert.Equal(1, s.Held);
        Assert.Equal(visit1 + visit2, s.TotalBv);
        Assert.Equal(105105m, s.TotalBv);
        Assert.Equal(visit1 + visit2 - drops, s.FundPays);
        Assert.Equal(0m, s.CoPayment);
        Assert.Equal(drops, s.PatientPays);
        Assert.Equal(s.TotalBv, s.FundPays + s.CoPayment + s.PatientPays + s.OtherSources);

        Assert.Equal(3, s.Drugs.Count);
        var p = s.Drugs.Single(d => d.Name == "Paracetamol (acetaminophen)");
        Assert.Equal((10m, para, para, 0m), (p.Quantity, p.TotalBv, p.FundPays, p.PatientPays));
        var a = s.Drugs.Single(d => d.Name == "Amoxicilin");
        Assert.Equal((6m, amox, amox), (a.Quantity, a.TotalBv, a.FundPays));
        var c = s.Drugs.Single(d => d.Name == "Cloramphenicol");
        Assert.Equal((1m, drops, 0m, drops), (c.Quantity, c.TotalBv, c.FundPays, c.PatientPays));

        Assert.Equal(["TYT.GLU", "TYT.KB"], s.Services.Select(x => x.Code));
        var kb = s.Services.Single(x => x.Code == "TYT.KB");
        Assert.Equal((2, 2m, 2 * exam, 2 * exam), (kb.Lines, kb.Quantity, kb.TotalBv, kb.FundPays));
        Assert.Equal(glucose, s.Services.Single(x => x.Code == "TYT.GLU").TotalBv);

        // The workbook carries the same totals (sheet 1, column D) and lines.
        using var book = new XLWorkbook(new MemoryStream(Web.Api.Bhyt.ClaimSummaryExcel.Month(s)));
        var sheet = book.Worksheet(1);
        Assert.Equal(2d, sheet.Cell(4, 4).GetDouble());
        Assert.Equal(105105d, sheet.Cell(7, 4).GetDouble());
        Assert.Equal((double)(visit1 + visit2 - drops), sheet.Cell(8, 4).GetDouble());
        Assert.Equal((double)drops, sheet.Cell(10, 4).GetDouble());
        var drugsSheet = book.Worksheet("Theo thuốc");
        Assert.Equal((double)(para + amox + drops), drugsSheet.Cell(5, 6).GetDouble());
        Assert.Equal("Tổng cộng", drugsSheet.Cell(5, 2).GetString());

        // December has only its own visit.
        await using (var scope = sp.CreateAsyncScope())
        {
            var december = await scope.ServiceProvider.GetRequiredService<ClaimSummaryService>().MonthAsync(org.StationA.Id, 2026, 12);
            Assert.Equal(1, december.Visits);
            Assert.Equal(exam, december.TotalBv);
            Assert.Empty(december.Drugs);
        }
    }

    private static async Task<Guid> PersonAsync(ServiceProvider sp, Guid station, string? card)
    {
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CoSoDbContext>();
        var name = TestPeople.UniqueName();
        var p = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station, FullName = name, NameKey = TextFolding.Fold(name), BirthDate = new DateOnly(1970, 1, 2),
            BirthYear = 1970, Sex = Sex.Female, EthnicityCode = "01", AddressLine = "Thôn Đông", CommuneCode = await db.OrgUnits.Where(u => u.Id == station).Select(u => u.AdminUnitCode).SingleAsync(),
            BhytNumber = card, BhytValidFrom = card is null ? null : new DateOnly(2026, 1, 1), BhytValidTo = card is null ? null : new DateOnly(2026, 12, 31),
            BhytFacilityCode = card is null ? null : "38123", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
        };
        db.People.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    }
}
