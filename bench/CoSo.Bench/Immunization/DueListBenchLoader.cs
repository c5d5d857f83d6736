using CoSo.Core.Immunization;
using Npgsql;
using NpgsqlTypes;

namespace CoSo.Bench.Immunization;

/// <summary>
/// Loads the due-list benchmark's province by binary COPY: households (father as head, mother as spouse, one or two
/// children under 6), filler adults up to the population, and each child's dose history simulated with the schedule
/// engine (<see cref="CoSo.Data.Demo.DemoImmunizationHistory"/>, which the demo province uses too).
/// </summary>
internal static class DueListBenchLoader
{
    public sealed record Loaded(int Children, int Adults, int Households, int Doses);

    private sealed record Station(Guid Id, string ProvinceCode, string? CommuneCode, Guid[] Villages);

    public static async Task<Loaded> LoadAsync(string target, int childCount, int population, DateOnly today)
    {
        await using var conn = new NpgsqlConnection(target);
        await conn.OpenAsync();
        var stations = await StationsAsync(conn);
        var random = new Random(2026);
        var schedule = ImmunizationSchedule.LoadDefault();
        var now = DateTimeOffset.UtcNow;
        int children = 0, adults = 0, households = 0, doses = 0;

        var people = new List<PersonRow>();
        var houses = new List<(Guid Id, Station Station, Guid Village, Guid Head, int Number)>();
        var doseRows = new List<(Guid Person, Station Station, GivenDose Dose)>();
        while (children < childCount)
        {
            var station = stations[households % stations.Count];
            var village = station.Villages[random.Next(station.Villages.Length)];
            var house = Guid.CreateVersion7();
            var father = Guid.CreateVersion7();
            var fatherBirth = today.AddYears(-random.Next(22, 45)).AddDays(-random.Next(365));
            var motherBirth = today.AddYears(-random.Next(20, 40)).AddDays(-random.Next(365));
            Person(people, father, station, village, house, 1, "Nguyễn Văn Bình", fatherBirth, 1, "09" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Person(people, Guid.CreateVersion7(), station, village, house, 2, "Lê Thị Hoa", motherBirth, 2, random.Next(10) < 7 ? "03" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            adults += 2;
            var kids = random.Next(3) == 0 ? 2 : 1;
            for (var k = 0; k < kids && children < childCount; k++)
            {
                var child = Guid.CreateVersion7();
                var birth = today.AddDays(-random.Next(0, (6 * 365) - 1));
                Person(people, child, station, village, house, 3, "Nguyễn Văn An", birth, 1 + random.Next(2), null);
                children++;
                foreach (var dose in CoSo.Data.Demo.DemoImmunizationHistory.Simulate(schedule, random, birth, today))
                {
                    doseRows.Add((child, station, dose));
                }
            }

            houses.Add((house, station, village, father, ++households));
        }

        var fillers = Math.Max(0, population - children - adults);
        for (var i = 0; i < fillers; i++)
        {
            var station = stations[i % stations.Count];
            Person(people, Guid.CreateVersion7(), station, station.Villages[random.Next(station.Villages.Length)], null, null, "Trần Thị Mai",
                today.AddYears(-random.Next(6, 90)).AddDays(-random.Next(365)), 1 + random.Next(2), null);
        }

        adults += fillers;
        await using (var copy = await conn.BeginBinaryImportAsync("COPY households (id, province_code, org_unit_id, village_id, code, head_person_id, created_at, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, station, village, head, number) in houses)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(station.ProvinceCode, NpgsqlDbType.Varchar);
                await copy.WriteAsync(station.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(village, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"HGD-BENCH-{number:0000000}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(head, NpgsqlDbType.Uuid);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY people (id, province_code, org_unit_id, village_id, commune_code, household_id, relationship_to_head, full_name, name_key,
                birth_date, birth_year, sex, phone, is_deceased, moved_away, needs_duplicate_review, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var row in people)
            {
                Write(copy, row, now);
            }

            await copy.CompleteAsync();
        }

        // Doses are recorded session by session across the province, so on disk they interleave by date, not by child.
        doseRows.Sort((x, y) => x.Dose.Date.CompareTo(y.Dose.Date));
        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY immunization_doses (id, province_code, org_unit_id, person_id, vaccine, dose_number, given_on, lot_number, place, created_at) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (person, station, dose) in doseRows)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(station.ProvinceCode, NpgsqlDbType.Varchar);
                await copy.WriteAsync(station.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(person, NpgsqlDbType.Uuid);
                await copy.WriteAsync(dose.Vaccine, NpgsqlDbType.Varchar);
                await copy.WriteAsync(dose.Dose, NpgsqlDbType.Integer);
                await copy.WriteAsync(dose.Date, NpgsqlDbType.Date);
                await copy.WriteAsync("L-BENCH", NpgsqlDbType.Varchar);
                await copy.WriteAsync((int)DosePlace.ThisStation, NpgsqlDbType.Integer);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
            doses = doseRows.Count;
        }

        // What autovacuum does on a live database: statistics, and the visibility map that index-only scans need.
        foreach (var table in new[] { "people", "households", "immunization_doses" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", conn) { CommandTimeout = 600 };
            await vacuum.ExecuteNonQueryAsync();
        }

        return new Loaded(children, adults, households, doses);
    }

    // Visits when something falls due (evaluated on the visit day); at each visit every due dose is given with the
    // family's compliance; the next visit is the next recommended date plus a delay that grows for late families.
    private sealed record PersonRow(Guid Id, Station Station, Guid Village, Guid? Household, int? Relationship, string Name, DateOnly Birth, int Sex, string? Phone);

    private static void Person(List<PersonRow> rows, Guid id, Station station, Guid village, Guid? household, int? relationship, string name, DateOnly birth, int sex, string? phone)
    {
        rows.Add(new PersonRow(id, station, village, household, relationship, name, birth, sex, phone));
    }

    private static void Write(NpgsqlBinaryImporter copy, PersonRow r, DateTimeOffset now)
    {
        var (id, station, village, household, relationship, name, birth, sex, phone) = (r.Id, r.Station, r.Village, r.Household, r.Relationship, r.Name, r.Birth, r.Sex, r.Phone);
        copy.StartRow();
        copy.Write(id, NpgsqlDbType.Uuid);
        copy.Write(station.ProvinceCode, NpgsqlDbType.Varchar);
        copy.Write(station.Id, NpgsqlDbType.Uuid);
        copy.Write(village, NpgsqlDbType.Uuid);
        Nullable(copy, station.CommuneCode, NpgsqlDbType.Varchar);
        Nullable(copy, household, NpgsqlDbType.Uuid);
        Nullable(copy, relationship, NpgsqlDbType.Integer);
        copy.Write(name, NpgsqlDbType.Varchar);
        copy.Write(Core.Common.TextFolding.Fold(name), NpgsqlDbType.Varchar);
        copy.Write(birth, NpgsqlDbType.Date);
        copy.Write(birth.Year, NpgsqlDbType.Integer);
        copy.Write(sex, NpgsqlDbType.Integer);
        Nullable(copy, phone, NpgsqlDbType.Varchar);
        copy.Write(false, NpgsqlDbType.Boolean);
        copy.Write(false, NpgsqlDbType.Boolean);
        copy.Write(false, NpgsqlDbType.Boolean);
        copy.Write(now, NpgsqlDbType.TimestampTz);
        copy.Write(now, NpgsqlDbType.TimestampTz);
        copy.Write(1, NpgsqlDbType.Integer);
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static async Task<List<Station>> StationsAsync(NpgsqlConnection conn)
    {
        var units = new List<(Guid Id, int Kind, Guid? Parent, string Province, string? Admin)>();
        await using (var cmd = new NpgsqlCommand("SELECT id, kind, parent_id, province_code, admin_unit_code FROM org_units", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                units.Add((reader.GetGuid(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        return units.Where(u => u.Kind == (int)Core.Organisation.OrgUnitKind.CommuneHealthStation)
            .Select(s => new Station(s.Id, s.Province, s.Admin, units.Where(v => v.Parent == s.Id && v.Kind == (int)Core.Organisation.OrgUnitKind.Village).Select(v => v.Id).ToArray()))
            .Where(s => s.Villages.Length > 0)
            .ToList();
    }
}
